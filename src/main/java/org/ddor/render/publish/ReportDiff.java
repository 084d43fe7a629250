package org.ddor.render.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two published versions of a Declined Detainer Outcome Report, in words:
 * inputs (releases added or removed), parameters, summary figures, Section I and II rows by
 * jurisdiction, Section II detainers added or removed, Section III policies, and exclusions.
 * Works on the frozen JSON, so it needs nothing but the two versions.
 */
public final class ReportDiff {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportDiff() {
    }

    /** The lines of the diff; empty when the two contents say the same. */
    public static List<String> lines(String fromJson, String toJson) throws IOException {
        JsonNode from = MAPPER.readTree(fromJson);
        JsonNode to = MAPPER.readTree(toJson);
        List<String> lines = new ArrayList<>();
        inputs(from, to, lines);
        parameters(from, to, lines);
        for (String figure : List.of("issued", "declined", "issuedToRestricted", "jurisdictions", "states")) {
            changed("summary " + figure, text(from.path("summary").path(figure)), text(to.path("summary").path(figure)), lines);
        }
        keyed("Section I", from.path("sectionI"), to.path("sectionI"), row -> row.path("fips").asText(),
                row -> row.path("name").asText() + ", " + row.path("state").asText(),
                row -> "rank " + row.path("rank").asText() + ", issued " + text(row.path("issued")), lines);
        keyed("Section II", from.path("sectionII"), to.path("sectionII"), row -> row.path("fips").asText(),
                row -> row.path("name").asText() + ", " + row.path("state").asText(),
                row -> "declines " + text(row.path("declines")), lines);
        detainers(from, to, lines);
        keyed("Section III", from.path("sectionIII"), to.path("sectionIII"),
                row -> row.path("fips").asText() + "|" + row.path("enactedRaw").asText() + "|" + row.path("instrument").asText(),
                row -> row.path("jurisdiction").asText() + " (" + row.path("enactedRaw").asText() + ")",
                row -> row.path("category").asText() + ", in effect " + row.path("effectiveFrom").asText()
                        + " to " + (row.path("effectiveTo").isNull() ? "now" : row.path("effectiveTo").asText()), lines);
        keyed("Section IV exclusions", from.path("sectionIV").path("exclusions"), to.path("sectionIV").path("exclusions"),
                row -> row.path("reason").asText(), row -> row.path("reason").asText(),
                row -> "issued " + text(row.path("issued")) + ", declined " + text(row.path("declined")), lines);
        return lines;
    }

    private static void inputs(JsonNode from, JsonNode to, List<String> lines) {
        Map<String, String> before = releases(from);
        Map<String, String> after = releases(to);
        after.forEach((sha, name) -> {
            if (!before.containsKey(sha)) {
                lines.add("input added: release '" + name + "' (sha256 " + sha.substring(0, 12) + "…)");
            }
        });
        before.forEach((sha, name) -> {
            if (!after.containsKey(sha)) {
                lines.add("input removed: release '" + name + "' (sha256 " + sha.substring(0, 12) + "…)");
            }
        });
    }

    private static Map<String, String> releases(JsonNode report) {
        Map<String, String> releases = new LinkedHashMap<>();
        report.path("header").path("inputs").forEach(input -> releases.put(input.path("sha256").asText(),
                input.path("name").asText()));
        return releases;
    }

    private static void parameters(JsonNode from, JsonNode to, List<String> lines) {
        JsonNode before = from.path("header").path("parameters");
        JsonNode after = to.path("header").path("parameters");
        if (!before.equals(after)) {
            lines.add("parameters changed: " + before + " → " + after);
        }
    }

    private static void keyed(String section, JsonNode from, JsonNode to, Function<JsonNode, String> key,
                              Function<JsonNode, String> name, Function<JsonNode, String> summary, List<String> lines) {
        Map<String, JsonNode> before = index(from, key);
        Map<String, JsonNode> after = index(to, key);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            JsonNode old = before.get(k);
            JsonNode now = after.get(k);
            if (old == null) {
                lines.add(section + ": added " + name.apply(now) + " — " + summary.apply(now));
            } else if (now == null) {
                lines.add(section + ": removed " + name.apply(old) + " — was " + summary.apply(old));
            } else if (!summary.apply(old).equals(summary.apply(now))) {
                lines.add(section + ": " + name.apply(now) + " — " + summary.apply(old) + " → " + summary.apply(now));
            }
        }
    }

    private static void detainers(JsonNode from, JsonNode to, List<String> lines) {
        Set<String> before = detainerIds(from);
        Set<String> after = detainerIds(to);
        long added = after.stream().filter(id -> !before.contains(id)).count();
        long removed = before.stream().filter(id -> !after.contains(id)).count();
        if (added + removed > 0) {
            lines.add("Section II detainers: " + added + " added, " + removed + " removed");
        }
    }

    private static Set<String> detainerIds(JsonNode report) {
        Set<String> ids = new LinkedHashSet<>();
        report.path("sectionII").forEach(group -> group.path("rows").forEach(row -> ids.add(row.path("detainerId").asText())));
        return ids;
    }

    private static Map<String, JsonNode> index(JsonNode rows, Function<JsonNode, String> key) {
        Map<String, JsonNode> index = new LinkedHashMap<>();
        rows.forEach(row -> index.put(key.apply(row), row));
        return index;
    }

    private static void changed(String label, String before, String after, List<String> lines) {
        if (!Objects.equals(before, after)) {
            lines.add(label + ": " + before + " → " + after);
        }
    }

    /** A figure's display text (suppressed counts stay "<5"), or the plain value. */
    private static String text(JsonNode node) {
        return node.has("display") ? node.path("display").asText() : node.asText();
    }
}
