package org.ddor.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ddor.render.JsonRenderer;

/**
 * Writes API answers with the report's own JSON rules ({@link JsonRenderer}): a suppressed count's value
 * is null and never leaves the server.
 */
final class Json {

    private static final JsonRenderer RENDERER = new JsonRenderer();

    private Json() {
    }

    static String write(Object value) {
        try {
            return RENDERER.render(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void respond(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(write(value));
    }
}
