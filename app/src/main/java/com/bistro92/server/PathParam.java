package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The typed path parameters, parsed in this one place: each names its segment in the route's
 * path ({@code {id}} or {@code {line}}), the digits it takes, and what a client is told when a path
 * holds something else: 404, as nothing can be there. A number that is well formed but names
 * nothing (or a line the order does not have) is the feature's to answer.
 */
enum PathParam {

    TABLE("id", "\\d{1,9}", (value, path) -> "There is no table " + value),
    PAD("id", "\\d{1,9}", (value, path) -> "There is no pad " + value),
    DISPLAY("id", "\\d{1,9}", (value, path) -> "There is no display " + value),
    PRINTER("id", "\\d{1,9}", (value, path) -> "There is no printer " + value),
    STOCK("id", "\\d{1,9}", (value, path) -> "There is no stock " + value),
    INTEGRATION("id", "\\d{1,9}", (value, path) -> "There is no integration " + value),
    SERVICE_CALL("id", "\\d{1,9}", (value, path) -> "There is nothing with id " + value),
    MENU_ITEM("id", "[1-9]\\d{0,8}", (value, path) -> "There is no item " + value),
    ORDER("id", "\\d{1,18}", (value, path) -> "There is no order " + value),
    /** A line of the order in {@code {id}}, numbered from 1. */
    LINE("line", "\\d{1,3}", (value, path) -> "Order " + path.get("id") + " has no line " + value),
    /** A file of the API's documentation page, by name. */
    DOCS_FILE("file", "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", (value, path) -> "There is no " + value
            + " in the API's documentation"),
    /** A table's one-time opening code, as a pad's QR code links to it. */
    OPENING_CODE("token", "[A-Za-z0-9_-]{22}", (value, path) -> "There is no such code"),
    /** A file of the web pad, by name, in the version that names its folder. */
    PAD_FILE("file", "[a-z0-9][a-z0-9.-]{0,63}", (value, path) -> "The web pad has no " + value),
    /** The web pad's version: a release's files never change under one. */
    PAD_VERSION("version", "[0-9a-f]{1,32}", (value, path) -> "The web pad has no version " + value);

    private final String name;
    private final Pattern digits;
    private final BiFunction<String, Map<String, String>, String> notFound;

    PathParam(String name, String digits, BiFunction<String, Map<String, String>, String> notFound) {
        this.name = name;
        this.digits = Pattern.compile(digits);
        this.notFound = notFound;
    }

    /** The segment's name in a route's path, without braces. */
    String segment() {
        return name;
    }

    /**
     * This parameter's value among a request's {@code path} parameters.
     *
     * @throws Problem 404 when it is not a number this parameter takes
     */
    long parse(Map<String, String> path) {
        return Long.parseLong(text(path));
    }

    /**
     * This parameter's value among a request's {@code path} parameters, as the text it is.
     *
     * @throws Problem 404 when it is not text this parameter takes
     */
    String text(Map<String, String> path) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no {" + name + "} segment");
        }
        if (!digits.matcher(value).matches()) {
            throw Problem.notFound(notFound.apply(value, path));
        }
        return value;
    }
}
