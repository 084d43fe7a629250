package org.ddor.report.accuracy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.report.Edition;
import org.ddor.report.ReportFixtures;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.Exclusion;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;
import org.ddor.report.ddor.FigureRows;
import org.ddor.store.Store;

/**
 * One accuracy case: a store built from the case's own fixture files (in {@code accuracy/}) and the
 * official edition of the report for the week 2017-02-04 to 2017-02-10, with lookups by FIPS code.
 * Closing it closes the store.
 */
final class AccuracyFixture implements AutoCloseable {

    static final String WEEK = "2017-02-08";

    private final Store store;

    private AccuracyFixture(Store store) {
        this.store = store;
    }

    /** Imports the files (names in {@code /org/ddor/report/accuracy/}) in order into a fresh store. */
    static AccuracyFixture of(Path folder, String... files) {
        String[] resources = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            resources[i] = "/org/ddor/report/accuracy/" + files[i];
        }
        return new AccuracyFixture(ReportFixtures.storeWith(folder, resources));
    }

    Store store() {
        return store;
    }

    DdorReport report() throws SQLException {
        return report(WEEK);
    }

    DdorReport report(String dayOfWeek) throws SQLException {
        return ReportFixtures.build(store, parameters(dayOfWeek));
    }

    static DdorParameters parameters(String dayOfWeek) {
        return ReportFixtures.week(dayOfWeek, Edition.OFFICIAL);
    }

    /** Section I rows by FIPS code. */
    static Map<String, RestrictedJurisdiction> sectionI(DdorReport report) {
        Map<String, RestrictedJurisdiction> rows = new LinkedHashMap<>();
        report.sectionI().forEach(row -> rows.put(row.fips(), row));
        return rows;
    }

    /** Section II groups by FIPS code. */
    static Map<String, DeclineGroup> sectionII(DdorReport report) {
        Map<String, DeclineGroup> groups = new LinkedHashMap<>();
        report.sectionII().forEach(group -> groups.put(group.fips(), group));
        return groups;
    }

    /** Section IV exclusions by reason, as "issued/declined" values. */
    static Map<String, String> exclusions(DdorReport report) {
        Map<String, String> exclusions = new LinkedHashMap<>();
        for (Exclusion exclusion : report.sectionIV().exclusions()) {
            exclusions.put(exclusion.reason(), exclusion.issued().value() + "/" + exclusion.declined().value());
        }
        return exclusions;
    }

    /** One column of the rows behind a figure of the week's report. */
    List<String> listed(String figure, String column) throws SQLException {
        FigureRows.Listing listing = FigureRows.list(store.connection(), figure, parameters(WEEK));
        int index = listing.columns().indexOf(column);
        return listing.rows().stream().map(row -> row.get(index)).toList();
    }

    /**
     * The records behind a figure of the week's report, each named by its record key (a canonical
     * fixture's own key) or, for an ERO-LESA fixture, its unique_identifier; sorted.
     */
    List<String> records(String figure) throws SQLException {
        List<String> ids = listed(figure, "detainer_id");
        List<String> names = new ArrayList<>();
        try (var select = store.connection().prepareStatement(
                "select case when r.kind = 'CANONICAL' then d.record_key else d.subject_key end"
                        + " from detainer d join source_release r on r.id = d.release_id where d.id = ?")) {
            for (String id : ids) {
                select.setLong(1, Long.parseLong(id));
                try (var rows = select.executeQuery()) {
                    rows.next();
                    names.add(rows.getString(1));
                }
            }
        }
        return names.stream().sorted().toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
