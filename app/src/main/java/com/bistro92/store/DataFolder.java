package com.bistro92.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Bistro92 keeps its data when no {@code --data} folder is given: the user's data folder. */
public final class DataFolder {

    private DataFolder() {
    }

    /** The platform's per-user data folder for Bistro92. */
    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Bistro92");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Bistro92");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("bistro92");
    }
}
