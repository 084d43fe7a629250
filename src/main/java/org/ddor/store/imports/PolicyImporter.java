package org.ddor.store.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.ddor.domain.Policy;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.policy.PolicyRow;
import org.ddor.ingest.policy.PolicyTable;
import org.ddor.ingest.policy.PolicyTableReader;
import org.ddor.ingest.policy.RejectedRow;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Imports a policy table (DDOR Section III layout). Policy tables are small, so rows are read
 * in Java by {@link PolicyTableReader}, which resolves locations and derives categories; this
 * class stores the result inside the caller's transaction.
 */
final class PolicyImporter {

    private final Connection connection;
    private final Gazetteer gazetteer;

    PolicyImporter(Connection connection, Gazetteer gazetteer) {
        this.connection = connection;
        this.gazetteer = gazetteer;
    }

    ImportResult run(ProbedInput input, ImportOptions options, String releaseName, String sha256, Path rejectsFile)
            throws SQLException {
        PolicyTable table = read(input.path());
        long releaseId = Releases.nextId(connection);
        insertRejects(releaseName, input.sheet(), table.rejects());
        if (!table.rejects().isEmpty()) {
            RejectsFile.write(connection, releaseName, rejectsFile);
        }
        long firstId = count("select coalesce(max(id), 0) from policy");
        try (var insert = connection.prepareStatement(
                "insert into policy values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = firstId;
            for (PolicyRow row : table.policies()) {
                bind(insert, ++id, row, releaseId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        boolean generated = options.generated() || table.generated() || input.saysGenerated();
        Releases.insert(connection, releaseId, releaseName, SourceKind.POLICY, sha256,
                input.path().getFileName().toString(), table.rowsRead(), table.policies().size(),
                table.rejects().size(), generated, input.layout().describe());
        return new ImportResult(releaseId, releaseName, input.layout().describe(), false, table.rowsRead(),
                table.policies().size(), table.rejects().size(), 0, 0, 0, 0, 0, 0, table.unknownColumns(),
                table.rejects().isEmpty() ? null : rejectsFile, table.notes());
    }

    private PolicyTable read(Path file) {
        try {
            return new PolicyTableReader(gazetteer).read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void bind(java.sql.PreparedStatement insert, long id, PolicyRow row, long releaseId) throws SQLException {
        Policy policy = row.policy();
        insert.setLong(1, id);
        insert.setString(2, policy.jurisdictionFips());
        insert.setDate(3, date(policy.enacted()));
        insert.setString(4, policy.enactedRaw());
        insert.setString(5, policy.instrument());
        insert.setString(6, row.rawLocation());
        insert.setString(7, policy.criteria());
        insert.setString(8, policy.category().name());
        insert.setString(9, policy.source());
        insert.setDate(10, date(policy.effectiveFrom()));
        insert.setDate(11, date(policy.effectiveTo()));
        insert.setLong(12, releaseId);
        insert.setLong(13, row.sourceRow());
    }

    private void insertRejects(String releaseName, String sheet, List<RejectedRow> rejects) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into import_reject values (?, ?, ?, ?, ?, ?, ?, current_timestamp)")) {
            for (RejectedRow reject : rejects) {
                insert.setString(1, releaseName);
                insert.setString(2, reject.fileName());
                insert.setString(3, sheet);
                insert.setLong(4, reject.row());
                insert.setString(5, reject.column());
                insert.setString(6, reject.reason());
                insert.setString(7, reject.rawValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private long count(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
