package org.ddor.web;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.store.Query;

/** Jurisdictions as the site lists and profiles them; queries are resources beside this class. */
final class Jurisdictions {

    static final Pattern FIPS = Pattern.compile("\\d{2}|\\d{5}");
    static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD);

    record Row(String fips, String kind, String name, String state, String aor, long policies, long facilities) {
    }

    /** One page of a list: {@code total} matches, of which {@code items} from {@code offset}. */
    record Listing<T>(long total, int limit, int offset, List<T> items) {
    }

    record Policy(String fips, String jurisdiction, LocalDate enacted, String enactedRaw, String instrument,
                  String title, String criteria, String category, LocalDate effectiveFrom, LocalDate effectiveTo,
                  String source) {
    }

    record Facility(long id, String name, String city, String state, String operator, String resolution,
                    String evidence, long records) {
    }

    /** A month's figures; counts follow the public edition's suppression. */
    record Month(LocalDate month, Count issued, Count declined) {
    }

    record Profile(Row jurisdiction, List<Policy> policies, List<Facility> facilities, List<Month> months) {
    }

    private Jurisdictions() {
    }

    /** Per FIPS code, {policies, facilities}: jurisdictions without either are absent. */
    static Map<String, long[]> counts(Connection connection) throws SQLException {
        Map<String, long[]> counts = new HashMap<>();
        Query.list(connection, Jurisdictions.class, "jurisdiction_counts.sql",
                row -> counts.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}));
        return Map.copyOf(counts);
    }

    /** A page of the jurisdictions matching {@code search}, with {@code counts} as {@link #counts} read them. */
    static Listing<Row> list(Connection connection, Map<String, long[]> counts, String search, int limit, int offset)
            throws SQLException {
        long[] matching = {0};
        long[] none = new long[2];
        List<Row> rows = Query.list(connection, Jurisdictions.class, "jurisdiction_list.sql", row -> {
            matching[0] = row.getLong(6);
            long[] counted = counts.getOrDefault(row.getString(1), none);
            return new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                    counted[0], counted[1]);
        }, search, limit, offset);
        long total = rows.isEmpty() && offset > 0
                ? Query.one(connection, Jurisdictions.class, "jurisdiction_count.sql", row -> row.getLong(1), search)
                : matching[0];
        return new Listing<>(total, limit, offset, rows);
    }

    static Optional<Profile> profile(Connection connection, String fips) throws SQLException {
        if (!FIPS.matcher(fips).matches()) {
            throw WebException.badRequest("a jurisdiction is named by its 2-digit state or 5-digit county FIPS code, got '"
                    + Params.shorten(fips) + "'");
        }
        List<Row> found = Query.list(connection, Jurisdictions.class, "jurisdiction.sql",
                row -> new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), 0, 0), fips);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Policy> policies = Query.list(connection, Jurisdictions.class, "jurisdiction_policies.sql",
                row -> new Policy(row.getString(1), row.getString(2), day(row.getDate(3)), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), day(row.getDate(9)),
                        day(row.getDate(10)), row.getString(11)), fips);
        List<Facility> facilities = Query.list(connection, Jurisdictions.class, "jurisdiction_facilities.sql",
                row -> new Facility(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getLong(8)), fips);
        List<Month> months = Query.list(connection, Jurisdictions.class, "jurisdiction_months.sql", row -> {
            LocalDate month = row.getObject(1, java.time.LocalDateTime.class).toLocalDate();
            return new Month(month, Count.of(row.getLong(2), "jurisdiction/" + fips + "/" + month + "/issued", PUBLIC),
                    Count.of(row.getLong(3), "jurisdiction/" + fips + "/" + month + "/declined", PUBLIC));
        }, fips);
        Row jurisdiction = found.get(0);
        Row counted = new Row(jurisdiction.fips(), jurisdiction.kind(), jurisdiction.name(), jurisdiction.state(),
                jurisdiction.aor(), policies.size(), facilities.size());
        return Optional.of(new Profile(counted, policies, facilities, months));
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
