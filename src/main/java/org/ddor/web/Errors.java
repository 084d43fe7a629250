package org.ddor.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a short answer: HTML for pages, JSON for {@code /api}. A bad parameter is a
 * 400 and a missing thing a 404, both with a message that says what to change; anything else is a 500
 * whose details go to the log, never to the reader.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String HANDLED = "ddor.error.handled";

    private Errors() {
    }

    static void webException(WebException e, Context ctx) {
        respond(ctx, e.status(), e.getMessage());
    }

    static void unexpected(Exception e, Context ctx) {
        if (e instanceof IllegalArgumentException) {
            respond(ctx, 400, e.getMessage());
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "the server could not answer this request; the error is in the server's log");
    }

    /** Javalin's own 404 (no route) and 405; answers it unless a handler already did. */
    static void status(Context ctx) {
        if (ctx.attribute(HANDLED) != null) {
            return;
        }
        int status = ctx.statusCode();
        respond(ctx, status, status == 404 ? "there is no page at " + Params.shorten(ctx.path())
                : "this request cannot be answered (HTTP " + status + ")");
    }

    static void respond(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "inline");
        if (ctx.path().startsWith("/api")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            Json.respond(ctx, body);
        } else {
            ctx.contentType("text/html; charset=utf-8").result(errorPage(status, message));
        }
    }

    private static String errorPage(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Admin token needed";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 304 -> "Not modified";
            default -> status >= 500 ? "Server error" : "Cannot answer";
        };
        Page page = Page.start(title + " (" + status + ")", false, null);
        page.html().element("h1", title);
        page.html().element("p", message + ".", "class", "error-message");
        page.html().open("p").text("Start again from the ");
        page.html().element("a", "home page", "href", "/").text(", the ");
        page.html().element("a", "reports", "href", "/reports/ddor").text(" or the ");
        page.html().element("a", "API description", "href", "/api").text(".").close();
        return page.finish();
    }
}
