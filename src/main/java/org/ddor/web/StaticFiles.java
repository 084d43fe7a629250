package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's stylesheets and icon, from the classpath (the CSP admits styles only from files of the site). */
final class StaticFiles {

    private static final String SITE_CSS = resource("/org/ddor/web/site.css");
    /** The HTML report's own stylesheets, so report pages look as the report's HTML file does. */
    private static final String REPORT_CSS = resource("/org/ddor/render/html/ddor-report.css") + "\n"
            + resource("/org/ddor/render/html/ddor-screen.css") + "\n" + resource("/org/ddor/web/report-page.css");
    private static final String FAVICON = resource("/org/ddor/web/favicon.svg");

    private StaticFiles() {
    }

    static void routes(RoutesConfig routes) {
        routes.get("/static/site.css", ctx -> serve(ctx, "text/css; charset=utf-8", SITE_CSS));
        routes.get("/static/report.css", ctx -> serve(ctx, "text/css; charset=utf-8", REPORT_CSS));
        routes.get("/static/favicon.svg", ctx -> serve(ctx, "image/svg+xml", FAVICON));
        routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
    }

    private static void serve(Context ctx, String contentType, String body) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(contentType).result(body);
    }

    static String resource(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
