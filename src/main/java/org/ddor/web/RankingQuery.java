package org.ddor.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddor.domain.Operator;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;
import org.ddor.report.ranking.RankingFilter;
import org.ddor.report.ranking.RankingMeasure;
import org.ddor.report.ranking.RankingParameters;
import org.ddor.report.ranking.RankingReport.RankedUnit;
import org.ddor.report.ranking.RankingUnit;

/**
 * What a ranking request asks for, read from its query string with bounds, and written back as one so
 * that every choice on the page (filters, column sort) is a link that keeps the others.
 *
 * @param period null for all the data
 * @param top    rows ranked and shown, 1..{@link #MAX_TOP}
 * @param sort   the column the shown rows are ordered by ({@link #SORTS})
 * @param dir    "asc" or "desc"
 */
record RankingQuery(Period period, String by, String measure, String state, String aor, Operator operator, int top,
                    String sort, String dir) {

    static final int DEFAULT_TOP = 25;
    static final int MAX_TOP = 1000;
    static final List<String> UNITS = List.of("jurisdiction", "facility", "state", "aor");
    static final List<String> MEASURES = List.of("issued", "declined", "decline-rate", "booked");
    static final List<String> SORTS = List.of("rank", "name", "state", "aor", "issued", "declined",
            "declined-of-issued", "rate", "booked");
    private static final List<String> TEXT_SORTS = List.of("rank", "name", "state", "aor");

    static RankingQuery read(Context ctx) {
        String by = Params.choice(ctx, "by", "jurisdiction", UNITS);
        Operator operator = CompanionParams.operator(ctx);
        if (operator != null && !by.equals("facility")) {
            throw WebException.badRequest("operator= applies to facility rankings only (by=facility): a " + by
                    + "'s figures come only from the facilities its own agencies run");
        }
        String sort = Params.choice(ctx, "sort", "rank", SORTS);
        return new RankingQuery(CompanionParams.optionalPeriod(ctx), by, Params.choice(ctx, "measure", "issued", MEASURES),
                CompanionParams.state(ctx), CompanionParams.aor(ctx), operator,
                Params.clamped(ctx, "top", DEFAULT_TOP, 1, MAX_TOP), sort,
                Params.choice(ctx, "dir", defaultDirection(sort), List.of("asc", "desc")));
    }

    /** Text columns and rank read first-to-last; figures largest first. */
    static String defaultDirection(String sort) {
        return TEXT_SORTS.contains(sort) ? "asc" : "desc";
    }

    RankingParameters parameters() {
        return new RankingParameters(period, RankingUnit.parse(by), RankingMeasure.parse(measure), top,
                new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD), Rate.DEFAULT_MINIMUM_DENOMINATOR,
                new RankingFilter(state, aor, operator));
    }

    /** This query with one column sorted: the same column again turns the order round. */
    RankingQuery sortedBy(String column) {
        String direction = column.equals(sort) ? (dir.equals("asc") ? "desc" : "asc") : defaultDirection(column);
        return new RankingQuery(period, by, measure, state, aor, operator, top, column, direction);
    }

    /** The query string, without the parameters at their defaults: "?by=state&measure=declined". */
    String queryString() {
        Map<String, String> parts = new LinkedHashMap<>();
        if (period != null) {
            parts.put("from", period.from().toString());
            parts.put("to", period.to().toString());
        }
        parts.put("by", by.equals("jurisdiction") ? null : by);
        parts.put("measure", measure.equals("issued") ? null : measure);
        parts.put("state", state);
        parts.put("aor", aor);
        parts.put("operator", operator == null ? null : operator.name().toLowerCase(Locale.ROOT));
        parts.put("top", top == DEFAULT_TOP ? null : String.valueOf(top));
        parts.put("sort", sort.equals("rank") ? null : sort);
        parts.put("dir", dir.equals(defaultDirection(sort)) ? null : dir);
        List<String> pairs = new ArrayList<>();
        parts.forEach((name, value) -> {
            if (value != null) {
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /**
     * The ranked rows in the order asked for. A suppressed count sorts as 0.5, equal to every other suppressed
     * count (as the ranking itself orders them), and a withheld rate below every shown one, so no order tells
     * two hidden figures apart; ties keep their rank order.
     */
    List<RankedUnit> sorted(List<RankedUnit> rows) {
        Comparator<RankedUnit> order = switch (sort) {
            case "name" -> Comparator.comparing(row -> text(row.name()));
            case "state" -> Comparator.comparing(row -> text(row.state()));
            case "aor" -> Comparator.comparing(row -> text(row.aor()));
            case "issued" -> Comparator.comparingDouble(row -> value(row.issued()));
            case "declined" -> Comparator.comparingDouble(row -> value(row.declined()));
            case "declined-of-issued" -> Comparator.comparingDouble(row -> value(row.declinedOfIssued()));
            case "booked" -> Comparator.comparingDouble(row -> value(row.booked()));
            case "rate" -> Comparator.comparingDouble(row -> row.declineRate().shown() ? row.declineRate().value() : -1);
            default -> Comparator.comparingInt(RankedUnit::rank);
        };
        if (dir.equals("desc")) {
            order = order.reversed();
        }
        List<RankedUnit> sorted = new ArrayList<>(rows);
        sorted.sort(order.thenComparingInt(RankedUnit::rank));
        return sorted;
    }

    private static String text(String value) {
        return value == null ? "\uffff" : value.toLowerCase(Locale.ROOT);
    }

    private static double value(Count count) {
        return count.suppressed() ? 0.5 : count.value();
    }
}
