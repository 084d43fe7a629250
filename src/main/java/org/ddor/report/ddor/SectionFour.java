package org.ddor.report.ddor;

import static org.ddor.report.ddor.DdorReportBuilder.date;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
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

    private final Connection connection;
    private final DdorParameters parameters;

    SectionFour(Connection connection, DdorParameters parameters) {
        this.connection = connection;
        this.parameters = parameters;
    }

    DataFidelity build() throws SQLException {
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        Suppression suppression = parameters.suppression();
        List<SourceCoverage> sources = Query.list(connection, DdorReportBuilder.class, "sources.sql",
                row -> new SourceCoverage(row.getLong(1), row.getString(2), row.getString(3), date(row, 6),
                        date(row, 7), row.getLong(8), row.getBoolean(9), row.getBoolean(5)));
        List<Exclusion> exclusions = Query.list(connection, DdorReportBuilder.class, "exclusions.sql",
                row -> new Exclusion(row.getString(1),
                        Count.of(row.getLong(3), "section4/excluded/" + row.getString(2) + "/issued", suppression),
                        Count.of(row.getLong(4), "section4/excluded/" + row.getString(2) + "/declined", suppression)),
                from, to);
        List<Placement> placements = Query.list(connection, DdorReportBuilder.class, "placement.sql",
                row -> new Placement(row.getString(1), Count.of(row.getLong(3),
                        "section4/placed/" + row.getString(2), suppression)), from, to);
        List<Burst> bursts = Query.list(connection, DdorReportBuilder.class, "bursts.sql",
                row -> new Burst(date(row, 1), row.getString(2), row.getString(3),
                        Count.of(row.getLong(4), "section4/burst/" + row.getString(2) + "/" + date(row, 1), suppression),
                        DdorReportBuilder.nullableLong(row, 5)), from, to, BURST_MINIMUM);
        long[] counts = Query.one(connection, DdorReportBuilder.class, "fidelity_counts.sql",
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}, from, to, parameters.oldDetainerDays());
        return new DataFidelity(sources, exclusions, placements, bursts,
                Count.of(counts[0], "section4/old", suppression),
                Count.of(counts[1], "section4/transferred", suppression), counts[2], caveats(sources));
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
