package org.ddor.cli;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddor.domain.Operator;
import org.ddor.store.Store;
import org.ddor.store.imports.FacilityListing;
import org.ddor.store.imports.FacilityMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddor facilities}: review how facilities were resolved, and record people's decisions. */
@Command(name = "facilities", description = {
        "List receiving facilities with their operator, jurisdiction, resolution, record count and",
        "evidence. Ambiguous and unresolved facilities count for no jurisdiction until a person",
        "decides ('facilities map'). Rules: docs/resolution.md."},
        subcommands = {FacilitiesCommand.Map.class, FacilityMappingFiles.Export.class, FacilityMappingFiles.Import.class})
final class FacilitiesCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--status", description = "Only facilities resolved by: rule, manual, ambiguous or unresolved.")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many facilities (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws SQLException {
        String filter = status == null ? null : status.toUpperCase(Locale.ROOT);
        if (filter != null && !java.util.List.of("RULE", "MANUAL", "AMBIGUOUS", "UNRESOLVED").contains(filter)) {
            throw new IllegalArgumentException("--status must be rule, manual, ambiguous or unresolved, got '" + status + "'");
        }
        try (Store opened = store.open()) {
            for (FacilityListing.Totals totals : FacilityListing.totals(opened.connection())) {
                System.out.printf("%-10s %,7d facilities %,10d records%n", totals.resolution().toLowerCase(Locale.ROOT),
                        totals.facilities(), totals.records());
            }
            System.out.println();
            System.out.printf("%-40s %-14s %-3s %-8s %-30s %-10s %8s  %s%n",
                    "FACILITY", "CITY", "ST", "OPERATOR", "JURISDICTION", "RESOLUTION", "RECORDS", "EVIDENCE");
            for (FacilityListing.Row row : FacilityListing.list(opened.connection(), filter, limit)) {
                System.out.printf("%-40s %-14s %-3s %-8s %-30s %-10s %,8d  %s%n", cut(row.rawName(), 40),
                        cut(row.city(), 14), nz(row.state()), row.operator().toLowerCase(Locale.ROOT),
                        cut(row.jurisdiction() == null ? "—" : row.jurisdiction() + " (" + row.jurisdictionFips() + ")", 30),
                        row.resolution().toLowerCase(Locale.ROOT), row.records(), nz(row.evidence()));
            }
        }
        return 0;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value, int width) {
        String text = nz(value);
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** {@code ddor facilities map}: a person's decision, applied to stored and future records. */
    @Command(name = "map", description = {
            "Record a person's decision about a facility (who, when, why). It applies at once to the",
            "stored facility of that name and state, and to later imports."})
    static final class Map implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "RAW_NAME", description = "The facility's name exactly as the data spells it.")
        String rawName;

        @Option(names = "--state", required = true, description = "The facility's state (USPS code, e.g. PA).")
        String state;

        @Option(names = "--fips", description = "The jurisdiction running it (5-digit county or 2-digit state FIPS); omit for federal, private or ICE.")
        String fips;

        @Option(names = "--operator", required = true, description = "county, city, state, federal, private, ice or unknown.")
        Operator operator;

        @Option(names = "--why", required = true, description = "The evidence for the decision, in words.")
        String why;

        @Option(names = "--by", description = "Who decides (default: the user name).")
        String by;

        @Override
        public Integer call() throws SQLException {
            if (fips != null && !fips.matches("\\d{2}|\\d{5}")) {
                throw new IllegalArgumentException("--fips must be 2 or 5 digits, got '" + fips + "'");
            }
            if (operator.isLocal() && fips == null) {
                throw new IllegalArgumentException("a " + operator.name().toLowerCase(Locale.ROOT) + " facility needs --fips");
            }
            try (Store opened = store.open()) {
                requireJurisdiction(opened, fips);
                String who = by != null ? by : System.getProperty("user.name");
                int changed = FacilityMappings.record(opened.connection(), rawName, state.toUpperCase(Locale.ROOT),
                        fips, operator, who, why);
                System.out.printf("recorded: '%s' (%s) → %s %s; %d stored facility record(s) updated%n",
                        rawName, state, operator.name().toLowerCase(Locale.ROOT), fips == null ? "" : fips, changed);
            }
            return 0;
        }

        private static void requireJurisdiction(Store store, String fips) throws SQLException {
            if (fips == null) {
                return;
            }
            try (var select = store.connection().prepareStatement("select count(*) from jurisdiction where fips = ?")) {
                select.setString(1, fips);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        throw new IllegalArgumentException("no jurisdiction has FIPS " + fips);
                    }
                }
            }
        }
    }
}
