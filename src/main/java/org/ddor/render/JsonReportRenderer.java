package org.ddor.render;

import java.io.IOException;
import java.io.OutputStream;

/** Any report model as JSON, through {@link JsonRenderer}. */
public final class JsonReportRenderer<M> implements ReportRenderer<M> {

    private final JsonRenderer json = new JsonRenderer();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(M model, OutputStream out) throws IOException {
        json.render(model, out);
    }
}
