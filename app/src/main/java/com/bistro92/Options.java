package com.bistro92;

import com.bistro92.menu.Stations;
import com.bistro92.store.DataFolder;
import com.bistro92.store.PostgresAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command-line flags of the app.
 *
 * @param headless server only, no window
 * @param kitchen  open straight into the full-screen kitchen view (the kitchen PC's set-up)
 * @param port     the HTTP/WebSocket port on every interface; 0 picks a free one
 * @param tlsPort  the HTTPS/WSS port on every interface, for pads on the LAN; 0 picks a free one
 * @param data      the folder holding the database
 * @param verifyLog verify the event log's hash chain, print the result and exit (0 intact, 1 broken)
 * @param portsGiven whether {@code --port} or {@code --tls-port} was given; if not, the ports come from
 *                   the settings, and {@code port}/{@code tlsPort} are only the first start's defaults
 * @param demoHistory days of made-up past trade to write into a new data folder at start-up, for
 *                    training and the dashboard; 0 for none
 * @param warmUp    warm the order path with practice orders on a throwaway database once serving
 *                  ({@code --no-warm-up} turns it off, to measure what it brings)
 * @param readyBoard the only window is the guests' "order ready" board, full screen, without sign-in
 * @param display   the main PC's address ({@code http://host:8092}) when this PC is a display of it: a
 *                  second kitchen screen (or, with {@code readyBoard}, the guests' board) fed over the
 *                  LAN, with no database or server of its own; {@code data} then holds only its pairing.
 *                  Null for the suite itself
 * @param stations  what this PC's kitchen view shows ({@code --stations GRILL,FRY} or {@code EXPO}), or
 *                  null when not given: then the choice remembered on this PC
 * @param pairCode  with {@code display}, the twelve digits made on the main PC, to pair without the pairing
 *                  screen when this display is not paired yet (set-up scripts, the kitchen benchmark); null
 *                  when not given
 * @param database  the PostgreSQL database the suite keeps its data in ({@code --database}), its password
 *                  read from a file; null for the H2 database in {@code data} (the default)
 * @param migrate   copy the H2 database in {@code data} into {@code database}, check the copy and exit
 *                  ({@code --migrate-to})
 */
public record Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                      boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard, URI display,
                      Stations stations, String pairCode, PostgresAddress database, boolean migrate) {

    /** Options that run the suite (or check its log) on {@code database}. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard, URI display,
                   Stations stations, String pairCode, PostgresAddress database) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp, readyBoard, display,
                stations, pairCode, database, false);
    }

    /** The file in the data folder the database password is read from when no other is named. */
    public static final String PASSWORD_FILE = "database.password";

    /** Options on the H2 database in the data folder. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard, URI display,
                   Stations stations, String pairCode) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp, readyBoard, display,
                stations, pairCode, null);
    }

    /** The same options, on the PostgreSQL database at {@code address}. */
    public Options onDatabase(PostgresAddress address) {
        return new Options(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp,
                readyBoard, display, stations, pairCode, address, migrate);
    }

    /** Options without {@code --pair-code}. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard, URI display,
                   Stations stations) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp, readyBoard, display,
                stations, null);
    }

    /** Options without {@code --stations}. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard, URI display) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp, readyBoard, display,
                null);
    }

    /** Options for the suite itself, not a display. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory, boolean warmUp, boolean readyBoard) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, warmUp, readyBoard, null);
    }

    /** Options that warm up once serving, with the suite's window. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven, int demoHistory) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, demoHistory, true, false);
    }

    /** The most days {@code --demo-history} writes: ten years. */
    public static final int MAX_HISTORY_DAYS = 3650;

    /** Options without demo history. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog,
                   boolean portsGiven) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, portsGiven, 0);
    }

    public static final int DEFAULT_PORT = 8092;
    public static final int DEFAULT_TLS_PORT = 8093;

    /** The HTTP port as given, and HTTPS on a free port: how tests and tools start a server beside others. */
    public Options(boolean headless, boolean kitchen, int port, Path data) {
        this(headless, kitchen, port, 0, data, false, true);
    }

    /** Options to run the suite (not to verify the log). */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data) {
        this(headless, kitchen, port, tlsPort, data, false, true);
    }

    /** Options to verify the log, or to run the suite on the ports given. */
    public Options(boolean headless, boolean kitchen, int port, int tlsPort, Path data, boolean verifyLog) {
        this(headless, kitchen, port, tlsPort, data, verifyLog, true);
    }

    /** The same options on these ports, as given: how a restore starts the suite again where it was. */
    public Options onPorts(int httpPort, int httpsPort) {
        return new Options(headless, kitchen, httpPort, httpsPort, data, false, true, demoHistory, warmUp,
                readyBoard, display, stations, pairCode, database, false);
    }

    static final String USAGE = """
            Usage: bistro92 [--headless | --kitchen | --ready-board] [--port N] [--tls-port N] [--data DIR] [--demo-history DAYS]
                           [--no-warm-up] [--stations LIST]
                   bistro92 --display http://MAIN-PC:8092 [--ready-board | --stations LIST] [--data DIR]
                                    [--pair-code DIGITS]
                   bistro92 --verify-log [--data DIR]
                   bistro92 --migrate-to postgresql://USER@HOST[:PORT]/DATABASE [--data DIR]
                   the suite and --verify-log also with [--database postgresql://USER@HOST[:PORT]/DATABASE]
                   --database and --migrate-to also with [--database-password-file FILE]
              --headless     run the order server only, without a window
              --kitchen      open straight into the full-screen kitchen view
              --ready-board  show only the guests' "order ready" board, full screen, without sign-in
              --port N       HTTP/WebSocket port on every network interface (default: the settings', 8092)
              --tls-port N   HTTPS/WSS port for pads on every network interface (default: the settings', 8093)
              --data DIR     folder for the database (default: the user's data folder)
              --demo-history DAYS
                             first fill a new data folder with DAYS past days of made-up trade (tables
                             seated, orders, ticket times, bills paid; up to 3650), and mark it as
                             training data
              --no-warm-up   do not warm the order path with practice orders on a throwaway database
                             once serving (the warm-up stops by itself at the first real order)
              --display URL  be a second kitchen screen of the main PC at URL (its address and HTTP port),
                             fed over the LAN; with --ready-board, the guests' board. Pairs once with a
                             code made on the main PC (Tables & Pads, Displays), then keeps its pairing
                             in --data (default: the user's data folder, under display)
              --pair-code DIGITS
                             with --display, pair with these twelve digits instead of asking for them
                             (used only while this display is not paired yet)
              --stations LIST
                             the kitchen view shows these stations only, e.g. GRILL,FRY, or EXPO for the
                             pass (default: the choice last made on this PC, else every station)
              --verify-log   check the event log's hash chain, print the result and exit:
                             0 intact, 1 broken, 2 could not check (no database, or it is in use)
              --database postgresql://USER@HOST[:PORT]/DATABASE
                             keep the data in this PostgreSQL database (15 or newer) instead of the
                             H2 database in --data; several PCs may share it. The password is read
                             from --database-password-file, else from database.password in --data,
                             else from the user's .pgpass
              --database-password-file FILE
                             the file whose first line is the database password
              --migrate-to postgresql://USER@HOST[:PORT]/DATABASE
                             copy the data in --data (H2) into this empty PostgreSQL database, check
                             the copy (rows of every table, the event log's hash chain) and exit:
                             0 copied and checked, 1 the copy differs, 2 could not copy. Stop the
                             suite first; then start it with --database
            """;

    /** Thrown for flags that make no sense; its message says which. */
    static final class BadFlags extends IllegalArgumentException {
        BadFlags(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args) {
        boolean headless = false;
        boolean kitchen = false;
        int port = DEFAULT_PORT;
        int tlsPort = DEFAULT_TLS_PORT;
        boolean portGiven = false;
        boolean verifyLog = false;
        Path data = null;
        int demoHistory = 0;
        boolean warmUp = true;
        boolean readyBoard = false;
        URI display = null;
        Stations stations = null;
        String pairCode = null;
        PostgresAddress database = null;
        boolean migrate = false;
        boolean databaseGiven = false;
        Path passwordFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--headless" -> headless = true;
                case "--kitchen" -> kitchen = true;
                case "--port" -> {
                    port = port(value(args, ++i, arg), arg);
                    portGiven = true;
                }
                case "--tls-port" -> {
                    tlsPort = port(value(args, ++i, arg), arg);
                    portGiven = true;
                }
                case "--verify-log" -> verifyLog = true;
                case "--no-warm-up" -> warmUp = false;
                case "--ready-board" -> readyBoard = true;
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--display" -> display = mainPc(value(args, ++i, arg));
                case "--stations" -> stations = stations(value(args, ++i, arg));
                case "--pair-code" -> pairCode = pairCode(value(args, ++i, arg));
                case "--demo-history" -> demoHistory = days(value(args, ++i, arg));
                case "--database" -> {
                    database = database(value(args, ++i, arg));
                    databaseGiven = true;
                }
                case "--migrate-to" -> {
                    database = database(value(args, ++i, arg));
                    migrate = true;
                }
                case "--database-password-file" -> passwordFile = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--port=")) {
                        port = port(arg.substring(7), "--port");
                        portGiven = true;
                    } else if (arg.startsWith("--tls-port=")) {
                        tlsPort = port(arg.substring(11), "--tls-port");
                        portGiven = true;
                    } else if (arg.startsWith("--demo-history=")) {
                        demoHistory = days(arg.substring(15));
                    } else if (arg.startsWith("--stations=")) {
                        stations = stations(arg.substring(11));
                    } else if (arg.startsWith("--display=")) {
                        display = mainPc(arg.substring(10));
                    } else if (arg.startsWith("--database=")) {
                        database = database(arg.substring(11));
                        databaseGiven = true;
                    } else if (arg.startsWith("--database-password-file=")) {
                        passwordFile = Path.of(arg.substring(25));
                    } else if (arg.startsWith("--data=")) {
                        data = Path.of(arg.substring(7));
                    } else {
                        throw new BadFlags("Unknown flag: " + arg);
                    }
                }
            }
        }
        if (headless && kitchen) {
            throw new BadFlags("--kitchen shows a window; it cannot go with --headless");
        }
        if (readyBoard && (headless || kitchen)) {
            throw new BadFlags("--ready-board shows its own window; it cannot go with --headless or --kitchen");
        }
        if (display != null && (headless || kitchen || portGiven || verifyLog || demoHistory > 0 || !warmUp)) {
            throw new BadFlags("--display shows the main PC's kitchen (or, with --ready-board, its board); it goes"
                    + " with --ready-board and --data only");
        }
        if (pairCode != null && display == null) {
            throw new BadFlags("--pair-code pairs a display; it goes with --display");
        }
        if (stations != null && (headless || readyBoard)) {
            throw new BadFlags("--stations chooses what the kitchen view shows; it needs the window");
        }
        if (port == tlsPort && port != 0) {
            throw new BadFlags("--port and --tls-port must differ");
        }
        if (verifyLog && (headless || kitchen || readyBoard || portGiven || demoHistory > 0 || stations != null)) {
            throw new BadFlags("--verify-log only checks the log; it goes with --data alone");
        }
        if (display != null && database != null) {
            throw new BadFlags("--display has no database of its own; --database goes with the suite");
        }
        if (passwordFile != null && database == null) {
            throw new BadFlags("--database-password-file goes with --database");
        }
        if (migrate && (headless || kitchen || readyBoard || portGiven || verifyLog || demoHistory > 0
                || stations != null || display != null || databaseGiven)) {
            throw new BadFlags("--migrate-to copies the data and exits; it goes with --data and"
                    + " --database-password-file only");
        }
        Path folder = data != null ? data
                : display != null ? DataFolder.defaultFolder().resolve("display") : DataFolder.defaultFolder();
        return new Options(headless, kitchen, port, tlsPort, folder, verifyLog, portGiven, demoHistory, warmUp,
                readyBoard, display, stations, pairCode, withPassword(database, passwordFile, folder), migrate);
    }

    private static PostgresAddress database(String text) {
        try {
            return PostgresAddress.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadFlags("--database: " + e.getMessage());
        }
    }

    /** The address with the password from the file named, else from the data folder's, else none (.pgpass). */
    private static PostgresAddress withPassword(PostgresAddress database, Path named, Path folder) {
        if (database == null) {
            return null;
        }
        Path file = named != null ? named : folder.resolve(PASSWORD_FILE);
        if (named == null && !Files.isRegularFile(file)) {
            return database;
        }
        try {
            return database.withPasswordFrom(file);
        } catch (java.io.UncheckedIOException e) {
            throw new BadFlags(e.getMessage());
        }
    }

    /** The twelve digits made on the main PC, as shown there (spaces and dashes are dropped). */
    private static String pairCode(String text) {
        String digits = text.replaceAll("[\\s\\-–]", "");
        if (!digits.matches("\\d{12}")) {
            throw new BadFlags("--pair-code needs the twelve digits shown on the main PC, e.g. 123456789012");
        }
        return digits;
    }

    private static Stations stations(String text) {
        try {
            return Stations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadFlags("--stations: " + e.getMessage());
        }
    }

    /** The main PC's address as given: {@code http://host:port}, nothing after it. */
    private static URI mainPc(String text) {
        String bad = "--display needs the main PC's address and HTTP port, e.g. http://192.168.1.20:8092, not " + text;
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new BadFlags(bad);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BadFlags(bad);
        }
        return URI.create("http://" + uri.getRawAuthority());
    }

    private static int days(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            if (days < 1 || days > MAX_HISTORY_DAYS) {
                throw new BadFlags("--demo-history must be between 1 and " + MAX_HISTORY_DAYS + " days");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new BadFlags("--demo-history must be a number of days, not " + text);
        }
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadFlags(flag + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String text, String flag) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65_535) {
                throw new BadFlags(flag + " must be between 0 and 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new BadFlags(flag + " must be a number, not " + text);
        }
    }
}
