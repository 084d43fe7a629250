package org.ddor.render.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.Importer;
import org.ddor.store.publish.PublishedReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN.md §1.6: published versions are immutable, versioned and diffable. */
class PublishTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path detainers;
    private Store store;
    private final DdorParameters week = DdorParameters.of(Period.week(LocalDate.of(2025, 10, 15), java.time.DayOfWeek.SATURDAY));

    @org.junit.jupiter.api.BeforeAll
    static void generateOnce() throws Exception {
        detainers = shared.resolve("detainers.csv");
        new SampleGenerator().generate(new GeneratorOptions(6_000, 3, GeneratorOptions.Layout.ERO_LESA,
                GeneratorOptions.Format.CSV, 0, LocalDate.of(2025, 10, 1)), detainers, rows -> { });
    }

    @BeforeEach
    void detainersWithoutPolicies() throws Exception {
        store = Store.open(folder.resolve("store.duckdb"));
        new Importer(store).importFile(detainers, ImportOptions.defaults().withGenerated(true), ImportProgress.SILENT);
    }

    @Test
    void publishingTheSameReportTwiceMakesOneVersion() throws Exception {
        Publisher publisher = new Publisher(store.connection());
        Publisher.Outcome first = publisher.publish(week, null);
        Publisher.Outcome again = publisher.publish(week, null);
        assertThat(first.created()).isTrue();
        assertThat(first.version().version()).isEqualTo(1);
        assertThat(again.created()).isFalse();
        assertThat(again.version().version()).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewVersionThatSaysWhyAndLeavesVersionOneAsItWas() throws Exception {
        Publisher publisher = new Publisher(store.connection());
        publisher.publish(week, null);
        PublishedReports published = new PublishedReports(store.connection());
        String key = Publisher.periodKey(week);
        String versionOne = published.content(Publisher.KIND, key, 1).orElseThrow();

        importSamplePolicies();
        assertThatThrownBy(() -> publisher.publish(week, null))
                .hasMessage("version 1 of this report exists and the report has changed since;"
                        + " say why in a new version with --note \"...\"");
        Publisher.Outcome second = publisher.publish(week, "policy table added");

        assertThat(second.version().version()).isEqualTo(2);
        assertThat(second.version().supersedes()).isEqualTo(1);
        assertThat(second.version().changeNote()).isEqualTo("policy table added");
        assertThat(published.content(Publisher.KIND, key, 1).orElseThrow()).isEqualTo(versionOne);
        assertThat(second.version().inputs()).hasSize(2);
        assertThat(ReportDiff.lines(versionOne, published.content(Publisher.KIND, key, 2).orElseThrow()))
                .anyMatch(line -> line.startsWith("input added: release 'policies.csv'"))
                .anyMatch(line -> line.startsWith("summary issuedToRestricted: 0 → "))
                .anyMatch(line -> line.startsWith("Section III: added "));
    }

    @Test
    void theDiffOfAVersionWithItselfIsEmpty() throws Exception {
        new Publisher(store.connection()).publish(week, null);
        String content = new PublishedReports(store.connection()).content(Publisher.KIND, Publisher.periodKey(week), 1).orElseThrow();
        assertThat(ReportDiff.lines(content, content)).isEmpty();
    }

    private void importSamplePolicies() throws Exception {
        Path policies = folder.resolve("policies.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/ddor/sample/policies.csv")) {
            Files.copy(in, policies);
        }
        new Importer(store).importFile(policies, ImportOptions.defaults(), ImportProgress.SILENT);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }
}
