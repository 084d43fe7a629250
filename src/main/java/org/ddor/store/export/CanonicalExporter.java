package org.ddor.store.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import org.ddor.ingest.CanonicalColumn;
import org.ddor.store.SqlResource;

/**
 * Writes the store's detainers with their custody events, facilities and provenance as a DDOR
 * canonical CSV (docs/formats-canonical.md): UTF-8, RFC 4180, one header row, each detainer
 * followed by its custody events. Importing the file into an empty store and exporting again
 * gives the same bytes.
 *
 * <p>Streams: detainers are read in id order a batch at a time, so memory does not grow with the
 * store. The file is written beside the target and moved into place when complete, so a failed
 * export leaves no half-written file. Not thread-safe; one export at a time per connection.
 */
public final class CanonicalExporter {

    /** Detainers per query; bounds the memory an export needs. */
    static final int BATCH_SIZE = 20_000;

    private static final String SCRIPTS = "/org/ddor/store/export/";

    /**
     * What an export wrote.
     *
     * @param detainers      detainer rows written
     * @param custodyEvents  custody event rows written
     * @param generated      true when the rows are marked as generated sample data
     */
    public record Summary(long detainers, long custodyEvents, boolean generated) {
    }

    private final Connection connection;

    public CanonicalExporter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Exports every detainer, or only those of release {@code releaseId}, to {@code target}
     * (replacing it).
     *
     * @param releaseId the release to export, or null for the whole store
     * @param progress  receives the number of detainers written so far
     * @throws IllegalArgumentException when the store has no such release
     * @throws UncheckedIOException     when the file cannot be written (the target is left as it was)
     */
    public Summary export(Long releaseId, Path target, LongConsumer progress) throws SQLException {
        if (releaseId != null) {
            requireRelease(releaseId);
        }
        boolean storeGenerated = storeHoldsGeneratedData();
        Path partial = partialFile(target);
        try {
            Summary summary;
            try (CsvWriter out = CsvWriter.builder().build(partial)) {
                out.writeRecord(CanonicalColumn.header());
                summary = writeBatches(out, releaseId, storeGenerated, progress);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private Summary writeBatches(CsvWriter out, Long releaseId, boolean storeGenerated, LongConsumer progress)
            throws SQLException {
        long detainers = 0;
        long events = 0;
        boolean generated = storeGenerated;
        long after = Long.MIN_VALUE;
        for (Long last = batchEnd(after, releaseId); last != null; last = batchEnd(after, releaseId)) {
            Batch batch = writeBatch(out, after, last, releaseId, storeGenerated);
            detainers += batch.detainers();
            events += batch.events();
            generated |= batch.generated();
            progress.accept(detainers);
            after = last;
        }
        return new Summary(detainers, events, generated);
    }

    private record Batch(long detainers, long events, boolean generated) {
    }

    /** One batch: each detainer row, then the rows of its custody events (both queries in detainer order). */
    private Batch writeBatch(CsvWriter out, long after, long last, Long releaseId, boolean storeGenerated)
            throws SQLException {
        try (var detainerQuery = prepare("canonical_detainers.sql", storeGenerated, after, last, releaseId);
             var eventQuery = prepare("canonical_custody_events.sql", storeGenerated, after, last, releaseId);
             var detainerRows = detainerQuery.executeQuery();
             var eventRows = eventQuery.executeQuery()) {
            CanonicalRows detainers = new CanonicalRows(detainerRows);
            CanonicalRows events = new CanonicalRows(eventRows);
            long detainerCount = 0;
            long eventCount = 0;
            boolean generated = false;
            boolean moreEvents = events.next();
            while (detainers.next()) {
                generated |= detainers.generated();
                out.writeRecord(detainers.record());
                detainerCount++;
                while (moreEvents && events.detainerId() == detainers.detainerId()) {
                    out.writeRecord(events.record());
                    eventCount++;
                    moreEvents = events.next();
                }
            }
            return new Batch(detainerCount, eventCount, generated);
        }
    }

    private PreparedStatement prepare(String script, boolean storeGenerated, long after, long last, Long releaseId)
            throws SQLException {
        String sql = SqlResource.load(CanonicalExporter.class, SCRIPTS + script);
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setBoolean(1, storeGenerated);
        statement.setLong(2, after);
        statement.setLong(3, last);
        statement.setObject(4, releaseId);
        statement.setObject(5, releaseId);
        return statement;
    }

    private Long batchEnd(long after, Long releaseId) throws SQLException {
        try (var select = connection.prepareStatement(SqlResource.load(CanonicalExporter.class,
                SCRIPTS + "canonical_batch_end.sql"))) {
            select.setLong(1, after);
            select.setObject(2, releaseId);
            select.setObject(3, releaseId);
            select.setInt(4, BATCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long last = rows.getLong(1);
                return rows.wasNull() ? null : last;
            }
        }
    }

    private void requireRelease(long releaseId) throws SQLException {
        try (var select = connection.prepareStatement("select count(*) from source_release where id = ?")) {
            select.setLong(1, releaseId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    throw new IllegalArgumentException("the store has no release " + releaseId
                            + "; the release ids are in the summary of each 'ddor import'");
                }
            }
        }
    }

    /** DESIGN.md §6 and the generator's contract: generated data never passes for real data. */
    private boolean storeHoldsGeneratedData() throws SQLException {
        try (var select = connection.prepareStatement(
                "select count(*) from store_meta where key = 'contains_generated_sample_data' and value = 'true'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /** Beside the target (so the final move is atomic), created with the same permissions as any new file. */
    private static Path partialFile(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover partial file; the export's own outcome is what the user needs to see.
        }
    }

    /** A result set of canonical columns, read as the record to write; not thread-safe. */
    private static final class CanonicalRows {

        private static final List<CanonicalColumn> COLUMNS = List.of(CanonicalColumn.values());

        private final ResultSet rows;
        private final int[] positions = new int[COLUMNS.size()];

        CanonicalRows(ResultSet rows) throws SQLException {
            this.rows = rows;
            var metaData = rows.getMetaData();
            java.util.Arrays.fill(positions, -1);
            for (int index = 1; index <= metaData.getColumnCount(); index++) {
                for (int column = 0; column < COLUMNS.size(); column++) {
                    if (COLUMNS.get(column).column().equals(metaData.getColumnLabel(index))) {
                        positions[column] = index;
                    }
                }
            }
        }

        boolean next() throws SQLException {
            return rows.next();
        }

        long detainerId() throws SQLException {
            return rows.getLong("detainer_id");
        }

        boolean generated() throws SQLException {
            return "TRUE".equals(rows.getString(CanonicalColumn.GENERATED_SAMPLE_DATA.column()));
        }

        /** Every canonical column in order; empty where the row has no value. */
        String[] record() throws SQLException {
            String[] record = new String[positions.length];
            for (int column = 0; column < positions.length; column++) {
                String value = positions[column] < 0 ? null : rows.getString(positions[column]);
                record[column] = value == null ? "" : value;
            }
            return record;
        }
    }
}
