package com.bistro92.print;

import com.bistro92.menu.Stations;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A printer as staff set it up in Settings.
 *
 * @param host            its LAN address or name, e.g. {@code 192.168.1.40}
 * @param port            its raw port, usually 9100
 * @param paperMm         58 or 80
 * @param stations        the stations whose lines it prints ({@code GRILL}); none for a receipt printer
 * @param receipts        whether it prints guests' receipts from the Bill panel
 * @param screensDownOnly whether it prints its stations' tickets only while the kitchen screens are not following
 * @param fallbackId      the printer its tickets go to while it is offline or out of paper, or null
 * @param fallbackAfterS  how many seconds it is down before its tickets go to the fallback (20 unless set)
 */
public record PrinterSetup(String name, String host, Integer port, Integer paperMm, List<String> stations,
                           boolean receipts, boolean screensDownOnly, Integer fallbackId, Integer fallbackAfterS) {

    public static final int DEFAULT_PORT = 9100;
    public static final int MAX_NAME = 60;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]{2,45}]?");

    public PrinterSetup {
        name = name == null ? "" : CleanText.nfc(name).strip();
        host = host == null ? "" : host.strip();
        port = port == null ? DEFAULT_PORT : port;
        paperMm = paperMm == null ? 80 : paperMm;
        fallbackAfterS = fallbackAfterS == null ? 20 : fallbackAfterS;
        stations = stations == null ? List.of()
                : stations.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().toUpperCase(Locale.ROOT))
                        .distinct().toList();
    }

    /** Whether it prints lines of {@code station}. */
    public boolean prints(String station) {
        return station != null && stations.contains(station.toUpperCase(Locale.ROOT));
    }

    /** @throws Problem 422 naming every field that is wrong */
    void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "is required, at most " + MAX_NAME + " characters"));
        } else if (CleanText.problem(name, false) != null) {
            errors.add(new FieldError("name", CleanText.problem(name, false)));
        }
        if (!HOST.matcher(host).matches()) {
            errors.add(new FieldError("host", "must be the printer's LAN address or name, e.g. 192.168.1.40"));
        }
        if (port < 1 || port > 65535) {
            errors.add(new FieldError("port", "must be between 1 and 65535 (network printers use 9100)"));
        }
        if (paperMm != 58 && paperMm != 80) {
            errors.add(new FieldError("paper_mm", "must be 58 or 80"));
        }
        if (fallbackAfterS < 1 || fallbackAfterS > 600) {
            errors.add(new FieldError("fallback_after_s", "must be between 1 and 600 seconds"));
        }
        if (stations.size() > 20) {
            errors.add(new FieldError("stations", "must name at most 20 stations"));
        } else {
            try {
                if (!stations.isEmpty() && Stations.parse(String.join(",", stations)).names().isEmpty()) {
                    errors.add(new FieldError("stations", "must name kitchen stations, not ALL or EXPO"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("stations", e.getMessage()));
            }
        }
        if (stations.isEmpty() && !receipts) {
            errors.add(new FieldError("stations", "name a station, or let it print receipts: it would print nothing"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("Invalid printer", errors);
        }
    }
}
