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
    private final Site site;
    private final Javalin javalin;
    private final ImportJobs imports;

    private App(Config config, Store store, Site site, Javalin javalin, ImportJobs imports) {
        this.config = config;
        this.store = store;
        this.site = site;
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
            return new App(config, store, site, javalin, imports);
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
        new RankingPage(site).routes(routes);
        new CompanionPages(site).routes(routes);
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

    public Store store() {
        return store;
    }

    /** Says the store's contents changed (after an import through the server): built pages are built again. */
    public void storeChanged() {
        site.changed();
    }

    /** The site's store access and response cache (for the tests of this package). */
    Site site() {
        return site;
    }

    /**
     * The store's generation: how many times it has changed since the server started (an import through the
     * server, or {@link #storeChanged()}).
     */
    public long storeGeneration() {
        return site.generation();
    }

    /** Stops listening, lets a running import end (up to a minute), then closes the store. */
    @Override
    public void close() {
        try {
            javalin.stop();
            imports.close();
        } finally {
            site.close();
            store.close();
        }
    }
}
