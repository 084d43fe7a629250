package org.ddor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ddor.web.App;
import org.ddor.web.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor serve}: the public site and JSON API over one store, until stopped (Ctrl-C). */
@Command(name = "serve", description = {
        "Serve the store as a web site and JSON API (pages, reports, published versions, jurisdictions,",
        "county map, facilities, data; /api and /api/openapi.json). The server owns the store while it",
        "runs: DuckDB lets no other process open the file. Stop with Ctrl-C. See docs/web.md."})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable that gives the admin token when --admin-token is not given. */
    static final String TOKEN_VARIABLE = "DDOR_ADMIN_TOKEN";

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Interface to listen on (default: ${DEFAULT-VALUE}, all).")
    String host;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Token for administrative requests (default: $" + TOKEN_VARIABLE + "; none are served yet).")
    String adminToken;

    @Override
    public Integer call() throws InterruptedException {
        String token = adminToken != null ? adminToken : System.getenv(TOKEN_VARIABLE);
        serveUntilStopped(new Config(host, port, store.path(), token));
        return 0;
    }

    /** Serves until the process is asked to stop (Ctrl-C, SIGTERM), then stops the server and closes the store. */
    static void serveUntilStopped(Config config) throws InterruptedException {
        App app = App.create(config).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping: closing the store " + config.db());
            app.close();
            stopped.countDown();
        }, "ddor-serve-shutdown"));
        String shown = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        System.out.println("DDOR is serving " + describe(config.db()) + " at http://" + shown + ":" + app.port() + "/");
        System.out.println("API: http://" + shown + ":" + app.port() + "/api   Stop with Ctrl-C.");
        stopped.await();
    }

    private static String describe(Path db) {
        return "store " + db;
    }
}
