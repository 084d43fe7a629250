package org.ddor.web;

import io.javalin.http.Context;

/**
 * What the upload routes share: the admin token, the size limit and the import jobs. Accepting an upload
 * stores the file beside the store and queues its import; the job's id is how both the API and the pages
 * follow it.
 */
final class Uploads {

    private final ImportJobs jobs;
    private final AdminToken token;
    private final long maxBytes;

    Uploads(ImportJobs jobs, Config config) {
        this.jobs = jobs;
        this.token = new AdminToken(config.adminToken());
        this.maxBytes = config.maxUploadBytes();
    }

    /** Checks and stores the upload, then queues its import. */
    ImportJob accept(Context ctx, boolean formToken) {
        UploadRequest.Received upload = UploadRequest.read(ctx, maxBytes, token, jobs.uploadFolder(), formToken);
        return jobs.submit(upload.fileName(), upload.file(), upload.options(), upload.rowsEstimated());
    }

    /** The job a path's {@code {id}} names: 400 when it is not a number, 404 when no such job is kept. */
    ImportJob job(Context ctx) {
        String text = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw WebException.badRequest("an import job's id is a whole number, got '" + Params.shorten(text) + "'");
        }
        return jobs.job(id).orElseThrow(() -> WebException.notFound("there is no import job " + id
                + " (jobs are kept in memory until the server restarts; imported releases are on the Data page)"));
    }

    ImportJobs jobs() {
        return jobs;
    }

    boolean enabled() {
        return token.configured();
    }

    long maxBytes() {
        return maxBytes;
    }
}
