package com.bistro92.pad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, written into {@code pad-emulator-version.properties} by Maven. */
public final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("/pad-emulator-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"Bistro92 pad-emulator " + properties.getProperty("version", "(development build)")};
    }
}
