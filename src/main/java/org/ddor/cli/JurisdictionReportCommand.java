package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.ProfileTables;
import org.ddor.report.Rate;
import org.ddor.report.profile.JurisdictionProfile;
import org.ddor.report.profile.JurisdictionProfileBuilder;
import org.ddor.report.profile.ProfileParameters;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddor report jurisdiction FIPS}: one jurisdiction's profile. */
@Command(name = "jurisdiction", description = {
        "One jurisdiction's profile: figures, months, outcomes, policies, facilities.",
        "Its and its state's policies over time, the facilities it runs, and the unattributed",
        "facilities near it. No period option: all the data. CSV is a zip of its tables (--out FILE.zip)."})
final class JurisdictionReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FIPS", description = "5-digit county (e.g. 42091) or 2-digit state (e.g. 42) FIPS code.")
    String fips;

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutputOptions output;

    @Option(names = "--min-denominator", defaultValue = "" + Rate.DEFAULT_MINIMUM_DENOMINATOR,
            description = "Withhold the decline rate over fewer detainers issued than this (default: ${DEFAULT-VALUE}).")
    int minimumDenominator;

    @Override
    public Integer call() throws SQLException, IOException {
        ProfileParameters parameters = new ProfileParameters(fips.strip(), OptionalPeriod.of(period),
                output.suppression(), minimumDenominator);
        ReportRenderer<JurisdictionProfile> renderer = output.renderer(new ProfileTables(), true);
        JurisdictionProfile profile;
        try (Store opened = store.open()) {
            profile = new JurisdictionProfileBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, profile);
        return 0;
    }
}
