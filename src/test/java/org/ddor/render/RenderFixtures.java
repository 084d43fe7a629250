package org.ddor.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.DayOfWeek;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.Importer;

/**
 * A tiny store for the renderer tests, built from committed fixtures: a policy table (with '&lt;' and
 * '&amp;' in a policy's words) and a foia-2015 extract whose week of 2015-01-03 to 2015-01-09 has 3 declines
 * by Montgomery County, PA (a small group: "&lt;5") and 7 by Santa Clara County, CA.
 */
public final class RenderFixtures {

    /** A day of the fixture's week. */
    public static final String WEEK_DAY = "2015-01-05";

    private RenderFixtures() {
    }

    /** The public edition's report of the fixture week, from a store of generated (or real-marked) data. */
    public static DdorReport weeklyReport(Path folder, boolean generated) {
        return weeklyReport(folder, generated, Edition.PUBLIC);
    }

    public static DdorReport weeklyReport(Path folder, boolean generated, Edition edition) {
        try (Store store = Store.open(folder.resolve("render-test.duckdb"))) {
            Importer importer = new Importer(store);
            ImportOptions options = ImportOptions.defaults().withGenerated(generated)
                    .withRejectsFile(folder.resolve("rejects.csv"));
            importer.importFile(copy("policies.csv", folder), options, ImportProgress.SILENT);
            importer.importFile(copy("foia-2015-week.csv", folder), options, ImportProgress.SILENT);
            DdorParameters parameters = new DdorParameters(Period.week(Period.day(WEEK_DAY), DayOfWeek.SATURDAY),
                    DdorParameters.DEFAULT_TOP, new Suppression(edition, Suppression.DEFAULT_THRESHOLD),
                    DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
            return new DdorReportBuilder(store.connection()).build(parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(String name, Path folder) {
        try {
            Path source = Path.of(RenderFixtures.class.getResource(name).toURI());
            return Files.copy(source, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
