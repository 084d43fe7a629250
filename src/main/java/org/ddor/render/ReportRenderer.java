package org.ddor.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders one kind of report model to one output format. Implementations are stateless and
 * thread-safe; they write to {@code out} and do not close it.
 *
 * @param <M> the report model
 */
public interface ReportRenderer<M> {

    /** The format's name as users type it: "html", "pdf", "csv", "json". */
    String format();

    /** The file extension for an output of this format, without the dot ("zip" for multi-table CSV). */
    String extension();

    void render(M model, OutputStream out) throws IOException;
}
