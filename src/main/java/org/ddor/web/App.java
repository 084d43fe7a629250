package org.ddor.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import org.ddor.store.Store;

/**
 * The web site and JSON API over one store. {@link #create(Config)} builds the whole application; the
 * {@code serve} command and the tests call it alike. The application owns its store: it opens it once
 * and closes it on {@link #close()} (DuckDB admits one process per file, so imports must go through
 * the server, not beside it).
 */
public final class App implements AutoCloseable {

    /** Every request body but an upload's: the site takes no other input of any size. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final Config config;
    private final Store store;
    private final Javalin javalin;
    private final ImportJobs imports;
    private final Site site;

    private App(Config config, Store store, Javalin javalin, ImportJobs imports, Site site) {
        this.site = site;
        this.config = config;
        this.store = store;
        this.javalin = javalin;
        this.imports = imports;
    }

    /** Opens the store and builds the routes; {@link #start()} starts listening. */
    public static App create(Config config) {
        Store store = Store.open(config.db());
        try {
            Site site = new Site(store);
            ImportJobs imports = new ImportJobs(site);
            Uploads uploads = new Uploads(imports, config);
            Javalin javalin = Javalin.create(javalinConfig -> {
                javalinConfig.startup.showJavalinBanner = false;
                javalinConfig.http.maxRequestSize = MAX_REQUEST_BYTES;
                // Only the upload routes read multipart bodies, and they set their own (larger) limits.
                javalinConfig.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
                javalinConfig.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
                javalinConfig.router.ignoreTrailingSlashes = true;
                routes(javalinConfig.routes, site, uploads);
            });
            return new App(config, store, javalin, imports, site);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void routes(RoutesConfig routes, Site site, Uploads uploads) {
        routes.before(SecurityHeaders::apply);
        StaticFiles.routes(routes);
        new HomePage(site).routes(routes);
        new ReportPages(site).routes(routes);
        new PublishedPages(site).routes(routes);
        new JurisdictionPages(site).routes(routes);
        new MapPage(site).routes(routes);
        new FacilitiesPage(site).routes(routes);
        new DataPage(site).routes(routes);
        new Api(site).routes(routes);
        new ImportApi(uploads).routes(routes);
        new UploadPages(site, uploads).routes(routes);
        ApiPage.routes(routes);
        routes.exception(WebException.class, Errors::webException);
        routes.exception(Exception.class, Errors::unexpected);
        routes.error(404, Errors::status);
        routes.error(405, Errors::status);
    }

    /** Starts listening on the configured host and port. */
    public App start() {
        javalin.start(config.host(), config.port());
        return this;
    }

    /** The port listened on (the chosen one when the configuration said 0). */
    public int port() {
        return javalin.port();
    }

    /** How many imports have changed the store since the server started ({@code Site#generation()}). */
    public long generation() {
        return site.generation();
    }

    public Store store() {
        return store;
    }

    /** Stops listening, lets a running import end (up to a minute), then closes the store. */
    @Override
    public void close() {
        try {
            javalin.stop();
            imports.close();
        } finally {
            store.close();
        }
    }
}
