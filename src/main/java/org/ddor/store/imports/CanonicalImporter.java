package org.ddor.store.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.CanonicalColumn;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputFormat;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.resolve.FacilityEvidence;
import org.ddor.ingest.resolve.FacilityResolver;

/**
 * Imports a DDOR canonical CSV (docs/formats-canonical.md): detainers and custody events exactly
 * as a DDOR store held them, facilities with the decisions made before. The database parses and
 * checks the file (set-based SQL in {@code canonical/}); only the facility key is computed in Java,
 * by the same function every import uses. Runs inside the caller's transaction; not thread-safe.
 *
 * <p>What the store already holds wins: a detainer whose record key is stored is skipped and
 * counted, a facility already stored keeps its stored decision, a custody event already stored is
 * not stored twice.
 */
final class CanonicalImporter {

    private static final String SCRIPTS = "/org/ddor/store/imports/canonical/";
    private static final List<String> TEMPORARY_TABLES = List.of("ddor_canon_raw", "ddor_canon_rows",
            "ddor_canon_csv_rejects", "ddor_canon_csv_scan", "ddor_canon_reject_offsets", "ddor_canon_parsed",
            "ddor_canon_vocabulary", "ddor_canon_state", "ddor_canon_facility_tuple", "ddor_canon_facility_key",
            "ddor_canon_facility", "ddor_canon_row_facility", "ddor_canon_new_facility");

    private final Connection connection;
    private final Gazetteer gazetteer;
    private final InputLimits limits;
    private final ImportSql sql;

    CanonicalImporter(Connection connection, Gazetteer gazetteer, InputLimits limits) {
        this.connection = connection;
        this.gazetteer = gazetteer;
        this.limits = limits;
        this.sql = new ImportSql(connection, SCRIPTS);
    }

    /** Runs inside the caller's open transaction; the caller commits or rolls back. */
    ImportResult run(ProbedInput input, ImportOptions options, String releaseName, String sha256, Path rejectsFile,
                     ImportProgress progress) throws SQLException {
        if (input.format() != InputFormat.CSV) {
            throw new InputException(input.path() + ": a canonical file is a CSV file, not " + input.format()
                    + "; export it again with 'ddor export'");
        }
        Map<CanonicalColumn, Integer> columns = CanonicalColumn.locate(input.path(), input.headerRow(), input.header());
        progress.phase("reading " + input.path().getFileName());
        long unreadable = new CanonicalStaging(connection, sql, gazetteer, limits).stage(input, columns);
        progress.phase("validating");
        check();
        String file = input.path().getFileName().toString();
        long rowsRead = sql.count("select count(*) from ddor_canon_rows") + unreadable;
        long rejected = sql.count("select count(*) from ddor_canon_parsed where reject_reason is not null") + unreadable;
        sql.script("rejects.sql", releaseName, file, releaseName, file);
        if (rejected > 0) {
            RejectsFile.write(connection, releaseName, rejectsFile);
        }
        refuseIfTooManyRejects(input, rowsRead, rejected, options, rejectsFile);
        progress.phase("storing");
        long releaseId = Releases.nextId(connection);
        Stored stored = store(releaseId);
        boolean generated = options.generated() || input.saysGenerated()
                || sql.count("select count(*) from ddor_canon_parsed where generated_value") > 0;
        Releases.insert(connection, releaseId, releaseName, SourceKind.CANONICAL, sha256, file, rowsRead,
                stored.imported(), rejected, generated, input.layout().describe());
        dropTemporaryTables();
        return new ImportResult(releaseId, releaseName, input.layout().describe(), false, rowsRead, stored.imported(),
                rejected, stored.alreadyStored(), stored.duplicates(), stored.facilities().created(),
                stored.facilities().unresolved(), stored.facilities().ambiguous(), stored.unattributed(), List.of(),
                rejected > 0 ? rejectsFile : null, stored.notes());
    }

    /** Names each row's first problem: its own values first, then what spans rows. */
    private void check() throws SQLException {
        sql.script("parse.sql");
        sql.script("checks_record.sql");
        requireOtherKindEmpty("detainer", CanonicalColumn.Use.CUSTODY_EVENT, "custody event");
        requireOtherKindEmpty("custody_event", CanonicalColumn.Use.DETAINER, "detainer");
        sql.script("checks_values.sql");
        sql.script("facility_tuples.sql");
        computeFacilityKeys();
        sql.script("facility_decisions.sql");
        sql.script("cross_checks.sql");
    }

    /**
     * A value in a column of the other record kind would be lost on import: say so. The SQL is
     * built from the canonical column names (DDOR's identifiers), never from file text.
     */
    private void requireOtherKindEmpty(String recordKind, CanonicalColumn.Use foreign, String foreignWords)
            throws SQLException {
        List<String> names = Arrays.stream(CanonicalColumn.values()).filter(column -> column.use() == foreign)
                .map(CanonicalColumn::column).toList();
        String firstColumn = names.stream().map(name -> "when " + name + " is not null then '" + name + "'")
                .collect(Collectors.joining(" ", "case ", " end"));
        String firstValue = "coalesce(" + String.join(", ", names) + ")";
        sql.execute("update ddor_canon_parsed set reject_column = " + firstColumn + ", reject_value = " + firstValue
                + ", reject_reason = 'a " + recordKind + " row leaves the " + foreignWords + " columns empty'"
                + " where reject_reason is null and record_kind = '" + recordKind + "' and " + firstValue + " is not null");
    }

    /** The facility key of each distinct facility decision, by the function every import uses. */
    private void computeFacilityKeys() throws SQLException {
        sql.execute("create or replace temp table ddor_canon_facility_key (first_row bigint, facility_key varchar)");
        try (var select = connection.createStatement();
             var rows = select.executeQuery("select facility_raw, facility_city, facility_state, facility_code, first_row "
                     + "from ddor_canon_facility_tuple");
             var insert = connection.prepareStatement("insert into ddor_canon_facility_key values (?, ?)")) {
            while (rows.next()) {
                FacilityEvidence evidence = new FacilityEvidence(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4));
                insert.setLong(1, rows.getLong(5));
                insert.setString(2, FacilityResolver.facilityKey(evidence));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Stored store(long releaseId) throws SQLException {
        FacilityCounts facilities = storeFacilities();
        long detainers = sql.script("insert_detainers.sql",
                sql.count("select coalesce(max(id), 0) from detainer"), releaseId);
        sql.script("insert_origins.sql", releaseId);
        sql.script("link_duplicates.sql", releaseId);
        long events = sql.script("insert_custody_events.sql");
        long alreadyStored = valid("detainer") - detainers + valid("custody_event") - events;
        long unlinked = sql.count("select count(*) from detainer d join ddor_canon_parsed p on p.record_key = d.record_key "
                + "and p.record_kind = 'detainer' and p.reject_reason is null "
                + "where d.release_id = ? and p.duplicate_of_ref is not null and d.duplicate_of is null", releaseId);
        long duplicates = sql.count("select count(*) from detainer where release_id = ? and duplicate_of is not null",
                releaseId);
        long unattributed = sql.count("select count(*) from detainer d join facility f on f.id = d.facility_id "
                + "where d.release_id = ? and f.resolution in ('AMBIGUOUS', 'UNRESOLVED')", releaseId);
        return new Stored(detainers + events, alreadyStored, duplicates, facilities, unattributed,
                notes(detainers, events, facilities, unlinked));
    }

    /** New facilities with the file's decision (or a person's recorded in this store); stored ones stay. */
    private FacilityCounts storeFacilities() throws SQLException {
        long created = sql.script("new_facilities.sql");
        long mapped = sql.script("apply_mappings.sql");
        return new FacilityCounts(created, newFacilities("UNRESOLVED"), newFacilities("AMBIGUOUS"), mapped,
                sql.countScript("kept_facilities.sql"));
    }

    private static List<String> notes(long detainers, long events, FacilityCounts facilities, long unlinked) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format("stored %,d detainers and %,d custody events", detainers, events));
        if (facilities.keptDiffering() > 0) {
            notes.add(String.format("%,d facilities already in the store keep the store's decision, which differs "
                    + "from this file's (see 'ddor facilities')", facilities.keptDiffering()));
        }
        if (facilities.mapped() > 0) {
            notes.add(String.format("%,d new facilities take the decision a person recorded in this store "
                    + "instead of this file's", facilities.mapped()));
        }
        if (unlinked > 0) {
            notes.add(String.format("%,d duplicate_of_ref name no detainer in this file or the store; those detainers "
                    + "are stored without the link and count once", unlinked));
        }
        return notes;
    }

    private long newFacilities(String resolution) throws SQLException {
        return sql.count("select count(*) from facility where resolution = ? "
                + "and facility_key in (select facility_key from ddor_canon_new_facility)", resolution);
    }

    private long valid(String recordKind) throws SQLException {
        return sql.count("select count(*) from ddor_canon_parsed where reject_reason is null and record_kind = ?",
                recordKind);
    }

    private static void refuseIfTooManyRejects(ProbedInput input, long read, long rejected, ImportOptions options,
                                               Path rejectsFile) {
        if (read == 0) {
            throw new InputException(input.path() + ": no data rows below the header (row " + input.headerRow() + ")");
        }
        double share = (double) rejected / read;
        if (share > options.maxRejectShare()) {
            throw new ImportRefusedException(String.format(
                    "%s: %,d of %,d rows rejected (%.1f%%), over the limit of %.1f%%; nothing was imported; reasons in %s",
                    input.path(), rejected, read, 100 * share, 100 * options.maxRejectShare(), rejectsFile), rejectsFile);
        }
    }

    private void dropTemporaryTables() throws SQLException {
        for (String table : TEMPORARY_TABLES) {
            sql.execute("drop table if exists " + table);
        }
    }

    /**
     * Facilities new to the store (how many are unresolved, ambiguous, or took a person's decision),
     * and stored facilities whose decision differs from the file's.
     */
    private record FacilityCounts(long created, long unresolved, long ambiguous, long mapped, long keptDiffering) {
    }

    /** What storing did, for the result. */
    private record Stored(long imported, long alreadyStored, long duplicates, FacilityCounts facilities,
                          long unattributed, List<String> notes) {
    }
}
