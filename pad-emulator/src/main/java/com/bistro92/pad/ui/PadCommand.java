package com.bistro92.pad.ui;

import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.BuildVersion;
import com.bistro92.pad.cli.Transport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pad-emulator pad [options]}: a table pad's window. */
@Command(name = "pad", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false,
        description = "Opens a table pad's window, a 480x320 screen with four buttons.",
        footer = """
                %nThe first start pairs with the link under the QR code in Tables & Pads
                (https://HOST:8093/pad/#code=...&fp=...), or with http://127.0.0.1:8092
                and the code on the server's own computer; without --server it asks for
                them on screen. Later starts reuse the pairing, and its pinned
                certificate, saved under the pad's name.
                The exit status is 0 when the window was closed, 1 when pairing failed,
                2 for bad arguments.""")
public final class PadCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "LINK",
            description = "the pairing link under the QR code, or the server's address with --code")
    private String server;

    @Option(names = "--code", paramLabel = "CODE", description = "the pairing code, with --server URL")
    private String code;

    @Option(names = "--fp", paramLabel = "FINGERPRINT",
            description = "the certificate's fingerprint, with an https --server URL and --code")
    private String fingerprint;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Pad",
            description = "the pad's name; its pairing is kept under it (default: ${DEFAULT-VALUE})")
    private String name;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "${sys:user.home}/.bistro92-pad",
            description = "where pairings are kept (default: ${DEFAULT-VALUE})")
    private Path state;

    private final PrintStream out;

    /** @param out where pairing problems are reported */
    public PadCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Transport transport;
        try {
            transport = Transport.start();
        } catch (Exception e) {
            out.println("pad: cannot start the HTTP client: " + e.getMessage());
            return 1;
        }
        try (transport) {
            return PadWindow.run(new PadWindow.Flags(server, code, fingerprint, name, state), out, transport,
                    Json.newMapper());
        }
    }
}
