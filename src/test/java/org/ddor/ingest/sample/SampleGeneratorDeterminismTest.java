package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.ingest.sample.GeneratorOptions.Format;
import org.ddor.ingest.sample.GeneratorOptions.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleGeneratorDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        GeneratorOptions options = new GeneratorOptions(5_000, 7, Layout.ERO_LESA, Format.CSV, 0.01, null);
        SampleFixtures.generate(options, dir.resolve("a.csv"));
        SampleFixtures.generate(options, dir.resolve("b.csv"));

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
    }

    @Test
    void sameSeedGivesTheSameBytesFromAFreshGenerator() throws IOException {
        GeneratorOptions options = GeneratorOptions.of(2_000, 11, Layout.FOIA_2015, Format.CSV);
        SampleFixtures.generate(options, dir.resolve("a.csv"));
        new SampleGenerator().generate(options, dir.resolve("b.csv"), written -> { });

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
    }

    @Test
    void differentSeedGivesDifferentRows() throws IOException {
        SampleFixtures.generate(GeneratorOptions.of(2_000, 1, Layout.ERO_LESA, Format.CSV), dir.resolve("a.csv"));
        SampleFixtures.generate(GeneratorOptions.of(2_000, 2, Layout.ERO_LESA, Format.CSV), dir.resolve("b.csv"));

        List<String> a = Files.readAllLines(dir.resolve("a.csv"));
        List<String> b = Files.readAllLines(dir.resolve("b.csv"));
        assertThat(a.get(0)).isEqualTo(b.get(0));
        assertThat(a.subList(1, 50)).isNotEqualTo(b.subList(1, 50));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 4_321})
    void writesExactlyTheRowsAskedFor(long rows) throws IOException {
        for (Layout layout : Layout.values()) {
            Path file = dir.resolve(layout + ".csv");
            GeneratorSummary summary = SampleFixtures.generate(
                    new GeneratorOptions(rows, 3, layout, Format.CSV, 0.02, null), file);

            assertThat(physicalLines(file)).as(layout.cliName()).isEqualTo(rows + 1);
            assertThat(summary.rows()).isEqualTo(rows);
        }
    }

    @Test
    void reportsProgressAndLeavesNoPartialFile() throws IOException {
        List<Long> reported = new ArrayList<>();
        Path file = dir.resolve("p.csv");
        SampleFixtures.generator().generate(GeneratorOptions.of(25_000, 5, Layout.FOIA_2015, Format.CSV), file,
                reported::add);

        assertThat(reported).containsExactly(10_000L, 20_000L, 25_000L);
        reported.clear();
        SampleFixtures.generator().generate(GeneratorOptions.of(20_000, 5, Layout.FOIA_2015, Format.CSV), file,
                reported::add);
        assertThat(reported).containsExactly(10_000L, 20_000L);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("p.csv");
        }
    }

    @Test
    void firstDayDefaultsByLayout() {
        assertThat(GeneratorOptions.of(1, 1, Layout.ERO_LESA, Format.CSV).firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(GeneratorOptions.of(1, 1, Layout.FOIA_2015, Format.CSV).firstDay()).isEqualTo(LocalDate.of(2007, 10, 1));
    }

    @Test
    void defaultFileNameSaysSample() {
        assertThat(new GeneratorOptions(50_000, 42, Layout.ERO_LESA, Format.XLSX, 0.01, null).defaultFileName())
                .isEqualTo("ddor-sample-ero-lesa-50000-seed42-dirty.xlsx");
        assertThat(GeneratorOptions.of(10, 1, Layout.FOIA_2015, Format.CSV).defaultFileName())
                .isEqualTo("ddor-sample-foia-2015-10-seed1.csv");
    }

    @Test
    void rejectsImpossibleOptionsWithActionableMessages() {
        assertThatThrownBy(() -> GeneratorOptions.of(-1, 1, Layout.ERO_LESA, Format.CSV))
                .hasMessage("rows must be 0 or more, got -1");
        assertThatThrownBy(() -> new GeneratorOptions(1, 1, Layout.ERO_LESA, Format.CSV, 1.5, null))
                .hasMessage("the dirty share must be between 0 and 1 (e.g. 0.01), got 1.5");
        assertThatThrownBy(() -> Layout.ofCliName("ero"))
                .hasMessage("unknown layout 'ero'; expected ero-lesa or foia-2015");
        assertThatThrownBy(() -> Format.ofCliName("xls"))
                .hasMessage("unknown format 'xls'; expected csv or xlsx");
        assertThatThrownBy(() -> SampleFixtures.generator().generate(
                GeneratorOptions.of(2_000_000, 1, Layout.ERO_LESA, Format.XLSX), dir.resolve("big.xlsx"), n -> { }))
                .hasMessage("an xlsx sheet holds at most 1048571 data rows, 2000000 were asked for; "
                        + "use --format csv or fewer rows");
    }

    private static long physicalLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long lines = 0;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines;
    }
}
