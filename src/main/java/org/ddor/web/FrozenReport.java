package org.ddor.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Optional;
import org.ddor.report.Count;
import org.ddor.report.ddor.DdorReport;

/**
 * A published version's frozen JSON read back as a report model, so its page shows the very figures that
 * were frozen. A suppressed count was frozen without its value; it comes back with value 0 and
 * {@code suppressed} true, and pages show only {@link Count#display()}.
 */
final class FrozenReport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addDeserializer(Count.class, new CountDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FrozenReport() {
    }

    /** The model, or empty when the frozen JSON is of a layout this build cannot read (then show the JSON). */
    static Optional<DdorReport> read(String json) {
        try {
            return Optional.of(MAPPER.readValue(json, DdorReport.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final class CountDeserializer extends JsonDeserializer<Count> {
        @Override
        public Count deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            boolean suppressed = node.path("suppressed").asBoolean(false);
            long value = suppressed || node.path("value").isNull() ? 0 : node.path("value").asLong();
            return new Count(value, suppressed, node.path("display").asText(), node.path("trace").asText());
        }
    }
}
