package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ddor.store.Query;

/** Source releases with their import summaries and rejected rows. */
final class Releases {

    record Release(long id, String name, String kind, String fileName, String sha256, Instant importedAt, long rowsRead,
                   long rowsImported, long rowsRejected, boolean generated, String notes, LocalDate firstIssued,
                   LocalDate lastIssued) {
    }

    record RejectReason(String release, String reason, long rows) {
    }

    record Summary(List<Release> releases, List<RejectReason> rejects) {
    }

    private Releases() {
    }

    static Summary of(Connection connection) throws SQLException {
        List<Release> releases = Query.list(connection, Releases.class, "releases.sql", row -> new Release(
                row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getTimestamp(6).toInstant(), row.getLong(7), row.getLong(8), row.getLong(9), row.getBoolean(10),
                row.getString(11), Jurisdictions.day(row.getDate(12)), Jurisdictions.day(row.getDate(13))));
        List<RejectReason> rejects = Query.list(connection, Releases.class, "reject_reasons.sql",
                row -> new RejectReason(row.getString(1), row.getString(2), row.getLong(3)));
        return new Summary(releases, rejects);
    }
}
