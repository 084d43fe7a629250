package org.ddor.render.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.ddor.domain.PublishedReport;
import org.ddor.render.JsonRenderer;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.publish.PublishedReports;

/**
 * Freezes a Declined Detainer Outcome Report as a numbered version: its JSON rendering, the
 * releases it read (id and checksum), its parameters and the SHA-256 of the content. Publishing
 * an unchanged report makes no new version; a changed one needs a note saying why.
 */
public final class Publisher {

    /** The report kind under which DDOR reports are published. */
    public static final String KIND = "ddor";

    /** What publishing did: the version now current, and whether it is new. */
    public record Outcome(PublishedReport version, boolean created) {
    }

    private final Connection connection;

    public Publisher(Connection connection) {
        this.connection = connection;
    }

    /** The period key versions are filed under, e.g. "2025-03-29..2025-04-04". */
    public static String periodKey(DdorParameters parameters) {
        return parameters.period().from() + ".." + parameters.period().to();
    }

    public Outcome publish(DdorParameters parameters, String changeNote) throws SQLException, IOException {
        DdorReport report = new DdorReportBuilder(connection).build(parameters);
        String content = new JsonRenderer().render(report);
        String hash = sha256(content);
        PublishedReports store = new PublishedReports(connection);
        List<PublishedReport> versions = store.versions(KIND, periodKey(parameters));
        if (!versions.isEmpty()) {
            PublishedReport latest = versions.get(versions.size() - 1);
            if (latest.contentHash().equals(hash)) {
                return new Outcome(latest, false);
            }
            if (changeNote == null || changeNote.isBlank()) {
                throw new IllegalArgumentException("version " + latest.version() + " of this report exists and the report"
                        + " has changed since; say why in a new version with --note \"...\"");
            }
        }
        List<String> inputs = report.header().inputs().stream()
                .map(input -> input.releaseId() + ":" + input.sha256()).toList();
        return new Outcome(store.insert(KIND, periodKey(parameters), inputs, parameters.canonical(), hash, content,
                changeNote), true);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
