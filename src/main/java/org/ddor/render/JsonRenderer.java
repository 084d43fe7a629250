package org.ddor.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import org.ddor.report.Count;

/**
 * Renders any report model as JSON (schema: docs/report-schema.md). Keys follow the model's
 * component order, dates are ISO strings, figures are numbers. A suppressed count is written as
 * {@code {"value": null, "suppressed": true, "display": "<5", "trace": ...}}: its value never leaves
 * the process. Thread-safe.
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(Count.class, new CountSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public void render(Object model, OutputStream out) throws IOException {
        MAPPER.writeValue(out, model);
    }

    public String render(Object model) throws IOException {
        return MAPPER.writeValueAsString(model);
    }

    private static final class CountSerializer extends JsonSerializer<Count> {
        @Override
        public void serialize(Count count, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            if (count.suppressed()) {
                json.writeNullField("value");
            } else {
                json.writeNumberField("value", count.value());
            }
            json.writeBooleanField("suppressed", count.suppressed());
            json.writeStringField("display", count.display());
            json.writeStringField("trace", count.trace());
            json.writeEndObject();
        }
    }
}
