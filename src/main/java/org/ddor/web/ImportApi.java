package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/imports} (an upload, with the admin token), {@code GET /api/imports} (recent jobs) and
 * {@code GET /api/imports/{id}} (a job's state, progress and summary). Answers are never cached.
 */
final class ImportApi {

    /** What {@code GET /api/imports} answers: whether uploads are enabled, the size limit and the jobs kept. */
    record Jobs(boolean uploadsEnabled, long maxUploadBytes, List<ImportJob.Status> jobs) {
    }

    private final Uploads uploads;

    ImportApi(Uploads uploads) {
        this.uploads = uploads;
    }

    void routes(RoutesConfig routes) {
        routes.post("/api/imports", this::upload);
        routes.get("/api/imports", this::list);
        routes.get("/api/imports/{id}", ctx -> respond(ctx, uploads.job(ctx).status()));
    }

    private void upload(Context ctx) {
        ImportJob job = uploads.accept(ctx, false);
        ctx.status(202).header("Location", "/api/imports/" + job.id());
        respond(ctx, job.status());
    }

    private void list(Context ctx) {
        respond(ctx, new Jobs(uploads.enabled(), uploads.maxBytes(),
                uploads.jobs().recent().stream().map(ImportJob::status).toList()));
    }

    private static void respond(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        Json.respond(ctx, body);
    }
}
