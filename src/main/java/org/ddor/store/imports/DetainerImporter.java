package org.ddor.store.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.DetainerField;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputFormat;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.xlsx.XlsxStager;
import org.ddor.store.SqlResource;

/**
 * Imports a detainer release (foia-2015 or ero-lesa, csv or xlsx) in one transaction:
 * the database parses the CSV (xlsx is first streamed to a staging CSV), then validation,
 * normalisation, facility resolution, duplicate marking and storing run as set-based SQL.
 * A failure anywhere rolls everything back; rejects are written before the decision to commit.
 * Not thread-safe; one import at a time per store.
 */
final class DetainerImporter {

    private final Connection connection;
    private final Gazetteer gazetteer;
    private final InputLimits limits;

    DetainerImporter(Connection connection, Gazetteer gazetteer, InputLimits limits) {
        this.connection = connection;
        this.gazetteer = gazetteer;
        this.limits = limits;
    }

    /** Runs inside the caller's open transaction; the caller commits or rolls back. */
    ImportResult run(ProbedInput input, SourceKind kind, ImportOptions options, String releaseName, String sha256,
                     Path rejectsFile, ImportProgress progress) throws SQLException {
        HeaderMatch match = HeaderMatch.of(input.header());
        requireFields(input, kind, match);
        LookupTables.ProbedHeader header = new LookupTables.ProbedHeader(input.header(), match);
        LookupTables.create(connection, gazetteer, header);
        progress.phase("reading " + input.path().getFileName());
        long structuralRejects = stage(input, header, progress);
        progress.phase("validating");
        runScript("parse.sql");
        // Each step's table is dropped once the next exists: DuckDB holds temporary tables in
        // memory, and three copies of a large release would triple the import's peak memory.
        execute("drop table ddor_staged");
        String file = input.path().getFileName().toString();
        long rowRejects = insertRowRejects(releaseName, file, input);
        long rowsRead = count("select count(*) from ddor_parsed") + structuralRejects;
        long rejected = rowRejects + structuralRejects;
        if (rejected > 0) {
            RejectsFile.write(connection, releaseName, rejectsFile);
        }
        refuseIfTooManyRejects(input, rowsRead, rejected, options, rejectsFile);
        progress.phase("resolving facilities");
        FacilityStep.Outcome facilities = new FacilityStep(connection, gazetteer).run();
        long releaseId = Releases.nextId(connection);
        runScript("record_keys.sql");
        long alreadyStored = count("select count(*) from ddor_record_keys where stored");
        progress.phase("storing detainers");
        long imported = insertDetainers(releaseId, input.sheet());
        execute("drop table ddor_parsed");
        execute("drop table ddor_record_keys");
        progress.phase("marking duplicates");
        long duplicates = markDuplicates(releaseId);
        progress.phase("recording the release");
        boolean generated = options.generated() || input.saysGenerated();
        Releases.insert(connection, releaseId, releaseName, kind, sha256, file, rowsRead, imported, rejected,
                generated, input.layout().describe());
        long unattributed = count("select count(*) from detainer d join facility f on f.id = d.facility_id "
                + "where d.release_id = " + releaseId + " and f.resolution in ('AMBIGUOUS', 'UNRESOLVED')");
        dropTemporaryTables();
        return new ImportResult(releaseId, releaseName, input.layout().describe(), false, rowsRead, imported, rejected,
                alreadyStored, duplicates, facilities.created(), facilities.unresolved(), facilities.ambiguous(),
                unattributed, match.unknownColumns(), rejected > 0 ? rejectsFile : null, List.of());
    }

    private static void requireFields(ProbedInput input, SourceKind kind, HeaderMatch match) {
        List<String> missing = new ArrayList<>();
        for (DetainerField field : List.of(DetainerField.ISSUED, DetainerField.FACILITY)) {
            if (!match.has(field)) {
                missing.add(field.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(input.path() + ": header row " + input.headerRow() + " has no column for "
                    + String.join(", ", missing) + " (layout " + kind.layoutName() + ")");
        }
    }

    /**
     * Loads the data rows into {@code ddor_staged}, each with its 1-based source row; returns the number of
     * records the CSV reader rejected. Rows without a single value are left out, as a spreadsheet's empty rows.
     */
    private long stage(ProbedInput input, LookupTables.ProbedHeader header, ImportProgress progress) throws SQLException {
        execute("drop table if exists ddor_csv_rejects");
        execute("drop table if exists ddor_csv_scan");
        if (input.format() == InputFormat.XLSX) {
            return stageXlsx(input, header.match(), progress::rows);
        }
        CsvTable csv = new CsvTable(connection, limits, progress::share);
        csv.read(input.path(), input.headerRow(), header.stagingNames(),
                stagedColumns(header.match(), "cast(null as bigint)"), "ddor_staged");
        csv.findEmptyLines(input.path(), input.headerRow());
        runScript("source_rows.sql", input.headerRow(), input.headerRow());
        execute("drop table ddor_empty_lines");
        return dropEmptyRows();
    }

    /** Loads the sheet's parts into {@code ddor_staged} as they are read (see {@link XlsxLoading}). */
    private long stageXlsx(ProbedInput input, HeaderMatch match, LongConsumer rows) throws SQLException {
        CsvTable csv = new CsvTable(connection, limits);
        List<String> names = XlsxStager.stagingHeader(match);
        List<String> columns = stagedColumns(match, "cast(" + XlsxStager.SOURCE_ROW + " as bigint)");
        XlsxLoading.load(input, match, XlsxLoading.ROWS_PER_PART, rows, (part, first) -> {
            if (first) {
                csv.read(part, 1, names, columns, "ddor_staged");
            } else {
                csv.append(part, 1, names, columns, "ddor_staged");
            }
        });
        return dropEmptyRows();
    }

    /**
     * The staged table's columns: the source row ({@code sourceRow}, or null until {@code source_rows.sql} numbers
     * the rows) and every field (null where the file lacks it), with NA and blanks as missing.
     */
    private static List<String> stagedColumns(HeaderMatch match, String sourceRow) {
        List<String> columns = new ArrayList<>();
        columns.add(sourceRow + " as source_row");
        for (DetainerField field : DetainerField.values()) {
            columns.add((match.has(field) ? "nullif(nullif(trim(" + field.column() + "), ''), 'NA')"
                    : "cast(null as varchar)") + " as " + field.column());
        }
        return columns;
    }

    /** Removes rows with no value at all (a spreadsheet's empty rows saved as commas); returns the reader's rejects. */
    private long dropEmptyRows() throws SQLException {
        execute("delete from ddor_staged where empty_row");
        execute("alter table ddor_staged drop column empty_row");
        return count("select count(distinct (scan_id, line)) from ddor_csv_rejects");
    }

    private long insertRowRejects(String releaseName, String file, ProbedInput input) throws SQLException {
        try (var insert = connection.prepareStatement(SqlResource.load(DetainerImporter.class, "/org/ddor/store/imports/rejects_from_rows.sql"))) {
            insert.setString(1, releaseName);
            insert.setString(2, file);
            insert.setString(3, input.sheet());
            insert.executeUpdate();
        }
        boolean xlsx = input.format() == InputFormat.XLSX;
        runScript("rejects_from_csv.sql", releaseName, file, input.sheet(), xlsx, xlsx);
        return count("select count(*) from ddor_parsed where reject_reason is not null");
    }

    private static void refuseIfTooManyRejects(ProbedInput input, long read, long rejected, ImportOptions options,
                                               Path rejectsFile) {
        double share = read == 0 ? 0 : (double) rejected / read;
        if (read == 0) {
            throw new InputException(input.path() + ": no data rows below the header (row " + input.headerRow() + ")");
        }
        if (share > options.maxRejectShare()) {
            throw new ImportRefusedException(String.format(
                    "%s: %,d of %,d rows rejected (%.1f%%), over the limit of %.1f%%; nothing was imported; reasons in %s",
                    input.path(), rejected, read, 100 * share, 100 * options.maxRejectShare(), rejectsFile), rejectsFile);
        }
    }

    private long insertDetainers(long releaseId, String sheet) throws SQLException {
        long firstId = count("select coalesce(max(id), 0) from detainer");
        try (var insert = connection.prepareStatement(SqlResource.load(DetainerImporter.class, "/org/ddor/store/imports/insert_detainers.sql"))) {
            insert.setLong(1, firstId);
            insert.setLong(2, releaseId);
            insert.setString(3, sheet);
            return insert.executeUpdate();
        }
    }

    private long markDuplicates(long releaseId) throws SQLException {
        try (var update = connection.prepareStatement(SqlResource.load(DetainerImporter.class, "/org/ddor/store/imports/mark_duplicates.sql"))) {
            update.setLong(1, releaseId);
            update.executeUpdate();
        }
        return count("select count(*) from detainer where release_id = " + releaseId + " and duplicate_of is not null");
    }

    private void runScript(String name, Object... parameters) throws SQLException {
        String script = SqlResource.load(DetainerImporter.class, "/org/ddor/store/imports/" + name);
        int next = 0;
        for (String sql : SqlResource.statements(script)) {
            try (var statement = connection.prepareStatement(sql)) {
                int placeholders = SqlResource.placeholders(sql);
                for (int i = 1; i <= placeholders; i++) {
                    statement.setObject(i, parameters[next++]);
                }
                statement.execute();
            }
        }
    }

    private void dropTemporaryTables() throws SQLException {
        for (String table : List.of("ddor_staged", "ddor_parsed", "ddor_record_keys", "ddor_gap_offsets",
                "ddor_csv_rejects", "ddor_csv_scan", "ddor_empty_lines", "ddor_facility_lookup", "ddor_state_lookup",
                "ddor_outcome_lookup", "ddor_charge_category", "ddor_field_header")) {
            execute("drop table if exists " + table);
        }
    }

    private long count(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
