package org.ddor.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ddor.domain.Operator;
import org.ddor.report.Period;

/** Parameters of the companion reports' pages and API, bounded: a bad value is a 400 saying what to give. */
final class CompanionParams {

    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern AOR = Pattern.compile("[A-Za-z]{2,8}");
    static final java.util.List<String> OPERATORS = java.util.Arrays.stream(Operator.values())
            .map(o -> o.name().toLowerCase(Locale.ROOT)).toList();

    private CompanionParams() {
    }

    /** from= and to= (both or neither): the period, or null for all the data. */
    static Period optionalPeriod(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return null;
        }
        if (noFrom || noTo) {
            throw WebException.badRequest("give both from= and to= (e.g. from=2025-10-01&to=2025-12-31), or neither"
                    + " for all the data");
        }
        return Periods.range(from, to);
    }

    /** An optional jurisdiction=: a 2-digit state or 5-digit county FIPS code, or null. */
    static String fips(Context ctx, String name) {
        String text = Params.text(ctx, name, 20);
        if (text.isEmpty()) {
            return null;
        }
        if (!Jurisdictions.FIPS.matcher(text).matches()) {
            throw WebException.badRequest(name + " must be a 2-digit state or 5-digit county FIPS code (e.g. 42091),"
                    + " got '" + Params.shorten(text) + "'");
        }
        return text;
    }

    /** An optional state=: a USPS code, upper case, or null. */
    static String state(Context ctx) {
        String text = Params.text(ctx, "state", 20);
        if (text.isEmpty()) {
            return null;
        }
        if (!STATE.matcher(text).matches()) {
            throw WebException.badRequest("state must be a two-letter USPS code such as PA, got '"
                    + Params.shorten(text) + "'");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** An optional aor=: an ICE Area of Responsibility code, upper case, or null. */
    static String aor(Context ctx) {
        String text = Params.text(ctx, "aor", 20);
        if (text.isEmpty()) {
            return null;
        }
        if (!AOR.matcher(text).matches()) {
            throw WebException.badRequest("aor must be an ICE Area of Responsibility code of 2 to 8 letters such as"
                    + " PHI, got '" + Params.shorten(text) + "'");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** An optional operator=, or null. */
    static Operator operator(Context ctx) {
        String value = Params.choice(ctx, "operator", null, OPERATORS);
        return value == null ? null : Operator.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
