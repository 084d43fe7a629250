package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.domain.PublishedReport;
import org.ddor.render.publish.Publisher;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor publish}: freezes reports as numbered, immutable versions. */
@Command(name = "publish", description = "Freeze a report as a numbered version that is never rewritten.",
        subcommands = PublishCommand.Ddor.class)
final class PublishCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code ddor publish ddor}: the public edition of the Declined Detainer Outcome Report for a period. */
    @Command(name = "ddor", description = {
            "Publish the public Declined Detainer Outcome Report for a period as version N: its content,",
            "the releases it read (with checksums), its parameters and a content hash are stored.",
            "Unchanged content makes no new version; a changed report needs --note saying why."})
    static final class Ddor implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Mixin
        PeriodOptions period;

        @Option(names = "--note", description = "Why this version exists (required from version 2 on).")
        String note;

        @Option(names = "--top", defaultValue = "10", description = "Rows in Section I (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--threshold", defaultValue = "5", description = "Small-cell threshold (default: ${DEFAULT-VALUE}).")
        int threshold;

        @Override
        public Integer call() throws SQLException, IOException {
            DdorParameters parameters = new DdorParameters(period.period(), top,
                    new Suppression(Edition.PUBLIC, threshold), DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
            try (Store opened = store.open()) {
                Publisher.Outcome outcome = new Publisher(opened.connection()).publish(parameters, note);
                PublishedReport version = outcome.version();
                System.out.printf(outcome.created() ? "published %s %s as version %d (content sha256 %s)%n"
                                : "nothing changed: %s %s is still version %d (content sha256 %s)%n",
                        version.kind(), version.period(), version.version(), version.contentHash());
            }
            return 0;
        }
    }
}
