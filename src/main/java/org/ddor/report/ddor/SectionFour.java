package org.ddor.report.ddor;

import static org.ddor.report.ddor.DdorReportBuilder.date;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorReport.Burst;
import org.ddor.report.ddor.DdorReport.DataFidelity;
import org.ddor.report.ddor.DdorReport.Exclusion;
import org.ddor.report.ddor.DdorReport.Placement;
import org.ddor.report.ddor.DdorReport.SourceCoverage;
import org.ddor.store.Query;

/** Section IV — scope and data fidelity, computed from the data, never boilerplate. */
final class SectionFour {

    /** A day with this many declines recorded for one jurisdiction is flagged. */
    static final int BURST_MINIMUM = 10;

    /** A release read: as the header lists it, and with its coverage (sources.sql). */
    record Source(DdorReport.Input input, SourceCoverage coverage) {
    }

    private final DdorParameters parameters;

    SectionFour(DdorParameters parameters) {
        this.parameters = parameters;
    }

    /** Every release read, with the issued dates it covers. */
    static List<Source> sources(Connection connection) throws SQLException {
        return Query.list(connection, DdorReportBuilder.class, "sources.sql", row -> new Source(
                new DdorReport.Input(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getBoolean(5)),
                new SourceCoverage(row.getLong(1), row.getString(2), row.getString(3), date(row, 6), date(row, 7),
                        row.getLong(8), row.getBoolean(9), row.getBoolean(5))));
    }

    DataFidelity build(PeriodFigures figures, List<Source> read) {
        Suppression suppression = parameters.suppression();
        List<SourceCoverage> sources = read.stream().map(Source::coverage).toList();
        List<Exclusion> exclusions = new ArrayList<>();
        for (PeriodFigures.Row row : figures.part("exclusion")) {
            String key = "section4/excluded/" + row.key();
            exclusions.add(new Exclusion(row.name(), Count.of(row.n1(), key + "/issued", suppression),
                    Count.of(row.n2(), key + "/declined", suppression)));
        }
        List<Placement> placements = new ArrayList<>();
        for (PeriodFigures.Row row : figures.part("placement")) {
            placements.add(new Placement(row.name(), Count.of(row.n1(), "section4/placed/" + row.key(), suppression)));
        }
        List<Burst> bursts = new ArrayList<>();
        for (PeriodFigures.Row row : figures.part("burst")) {
            bursts.add(new Burst(row.day(), row.key(), row.name(),
                    Count.of(row.n1(), "section4/burst/" + row.key() + "/" + row.day(), suppression), row.n2()));
        }
        PeriodFigures.Row counts = figures.single("fidelity");
        return new DataFidelity(sources, exclusions, placements, bursts,
                Count.of(counts.n1(), "section4/old", suppression),
                Count.of(counts.n2(), "section4/transferred", suppression), counts.n3(), caveats(sources));
    }

    private static List<String> caveats(List<SourceCoverage> sources) {
        List<String> caveats = new ArrayList<>();
        caveats.add("Law enforcement agencies do not generally tell ICE when they decline a detainer; a decline is"
                + " counted only where ICE recorded one.");
        if (sources.stream().anyMatch(source -> source.records() > 0 && !source.hasDeclinedDates())) {
            caveats.add("Some releases record no declined dates; their declines are placed in a period by the"
                    + " outcome date or, failing that, the issued date, as Section IV's placement table shows.");
        }
        caveats.add("A jurisdiction's figures count only facilities its own agencies run: state, federal, private"
                + " and ICE facilities located in a county are not the county's.");
        if (sources.stream().anyMatch(SourceCoverage::generated)) {
            caveats.add("This report is built from DDOR's generated sample data: it describes no real person,"
                    + " facility or policy.");
        }
        return caveats;
    }
}
