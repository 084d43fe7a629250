package org.ddor.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Request parameters read with bounds: a bad value is a 400 that says what was expected. */
final class Params {

    /** Dates outside these years are refused: no release covers them, and they bound every query. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    /** The most rows one API page returns. */
    static final int MAX_LIMIT = 500;

    private Params() {
    }

    static LocalDate date(String text, String name) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw WebException.badRequest(name + " '" + shorten(text) + "' is not a date of the form 2025-04-02");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw WebException.badRequest(name + " " + day + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return day;
    }

    static int year(String text, String name) {
        int year = integer(text, name);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw WebException.badRequest(name + " " + year + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    /** An optional integer query parameter, clamped to [min, max]. */
    static int clamped(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        return Math.max(min, Math.min(max, integer(text, name)));
    }

    /** An optional query parameter that must be one of {@code choices} (case-insensitive); lower case. */
    static String choice(Context ctx, String name, String defaultValue, List<String> choices) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw WebException.badRequest(name + " must be one of " + String.join(", ", choices) + ", got '"
                    + shorten(text) + "'");
        }
        return value;
    }

    /** An optional free-text query parameter, at most {@code max} characters, or "" when absent. */
    static String text(Context ctx, String name, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return "";
        }
        if (text.length() > max) {
            throw WebException.badRequest(name + " is longer than " + max + " characters");
        }
        return text.strip();
    }

    static int integer(String text, String name) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw WebException.badRequest(name + " '" + shorten(text) + "' is not a whole number");
        }
    }

    /** Echoes a bad value back without echoing a whole attack string. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
