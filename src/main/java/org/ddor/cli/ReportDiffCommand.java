package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddor.domain.PublishedReport;
import org.ddor.render.publish.Publisher;
import org.ddor.render.publish.ReportDiff;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.store.Store;
import org.ddor.store.publish.PublishedReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddor report diff ddor}: what changed between two published versions, and why. */
@Command(name = "diff", description = {
        "Print what changed between two published versions of a report and the note saying why.",
        "Example: ddor report diff ddor --week 2026-03-04 --from-version 1 --to-version 2"})
final class ReportDiffCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIND", description = "The report kind: ddor.")
    String kind;

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Option(names = "--from-version", required = true, description = "The earlier version.")
    int fromVersion;

    @Option(names = "--to-version", required = true, description = "The later version.")
    int toVersion;

    @Override
    public Integer call() throws SQLException, IOException {
        if (!Publisher.KIND.equals(kind)) {
            throw new IllegalArgumentException("unknown report kind '" + kind + "'; published kinds: ddor");
        }
        String key = Publisher.periodKey(DdorParameters.of(period.period()));
        try (Store opened = store.open()) {
            PublishedReports published = new PublishedReports(opened.connection());
            String before = content(published, key, fromVersion);
            String after = content(published, key, toVersion);
            PublishedReport target = published.versions(kind, key).get(toVersion - 1);
            System.out.printf("%s %s: version %d → version %d%n", kind, key, fromVersion, toVersion);
            System.out.println("why: " + (target.changeNote() == null ? "(no note: version 1)" : target.changeNote()));
            List<String> lines = ReportDiff.lines(before, after);
            if (lines.isEmpty()) {
                System.out.println("no figure changed");
            }
            lines.forEach(line -> System.out.println("  " + line));
        }
        return 0;
    }

    private String content(PublishedReports published, String key, int version) throws SQLException {
        return published.content(kind, key, version).orElseThrow(() -> new IllegalArgumentException(
                "no published version " + version + " of " + kind + " " + key + "; 'ddor publish ddor' makes one"));
    }
}
