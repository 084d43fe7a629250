package org.ddor.report.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.StoreCoverage;
import org.ddor.report.TracedFigures;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.ddor.FigureRows.Listing;

/**
 * The records behind a figure of the follow-up report (DESIGN.md §5). A group's figures count
 * subjects: each is listed by the detainer that put it in the group (its index event). The record
 * counts list the records themselves; the subjects in both groups, each by its first decline of the
 * period. The report is built first: the key must be one of its figures, and a figure it
 * suppresses is not listed. Stateless.
 */
public final class FollowupFigureRows {

    /** The forms of figure key, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("followup/GROUP/subjects", "followup/GROUP/censored",
            "followup/GROUP/censored/later", "followup/GROUP/observed", "followup/GROUP/observed/later",
            "followup/GROUP/index-from-issued", "followup/GROUP/records", "followup/without-subject/GROUP",
            "followup/both-groups");

    private FollowupFigureRows() {
    }

    /**
     * Lists the records behind figure {@code key} of the follow-up report with {@code parameters}.
     *
     * @throws IllegalArgumentException             no figure of the report has the key
     * @throws FigureRows.SuppressedFigureException the report suppresses the figure
     */
    public static Listing list(Connection connection, String key, FollowupParameters parameters) throws SQLException {
        String text = key == null ? "" : key.strip();
        Count count = TracedFigures.find(new FollowupReportBuilder(connection).build(parameters), text, KEY_FORMS);
        if (count.suppressed()) {
            throw new FigureRows.SuppressedFigureException(text);
        }
        String figure = text.substring("followup/".length());
        String[] part = figure.split("/", 2);
        if (List.of("declined", "comparison").contains(part[0]) && !part[1].equals("records")) {
            return FigureRows.query(connection, text, FollowupFigureRows.class, "rows/subjects.sql",
                    Arrays.asList(parameters.period().from(), parameters.period().to(), parameters.windowDays(),
                            StoreCoverage.read(connection).lastIssued(), part[0], part[1]));
        }
        return FigureRows.query(connection, text, FollowupFigureRows.class, "rows/records.sql",
                Arrays.asList(parameters.period().from(), parameters.period().to(), figure));
    }
}
