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
        "runs: DuckDB lets no other process open the file, so 'ddor import' hands its file to the server",
        "(found through STORE.server, written beside the store while the server runs). Uploads in the",
        "browser (/upload) and POST /api/imports need the admin token. Stop with Ctrl-C. See docs/web.md."})
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
            description = "Token that uploads must present (default: $" + TOKEN_VARIABLE + "; without one, uploads are disabled).")
    String adminToken;

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "2GB",
            description = "Largest upload accepted: bytes, or a number with KB, MB or GB (default: ${DEFAULT-VALUE}).")
    String maxUpload;

    @Override
    public Integer call() throws InterruptedException {
        String token = adminToken != null ? adminToken : System.getenv(TOKEN_VARIABLE);
        serveUntilStopped(new Config(host, port, store.path(), token, size(maxUpload)));
        return 0;
    }

    /** Serves until the process is asked to stop (Ctrl-C, SIGTERM), then stops the server and closes the store. */
    static void serveUntilStopped(Config config) throws InterruptedException {
        App app = App.create(config).start();
        String local = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host().contains(":") ? "[" + config.host() + "]"
                : config.host();
        ServerFile.write(config.db(), "http://" + local + ":" + app.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping: closing the store " + config.db());
            ServerFile.delete(config.db());
            app.close();
            stopped.countDown();
        }, "ddor-serve-shutdown"));
        String shown = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        System.out.println("DDOR is serving " + describe(config.db()) + " at http://" + shown + ":" + app.port() + "/");
        System.out.println("API: http://" + shown + ":" + app.port() + "/api   Stop with Ctrl-C.");
        stopped.await();
    }

    /** "2GB", "500MB", "64KB" or a number of bytes. */
    static long size(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (value.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                value = value.substring(0, value.length() - suffix[0].length());
                break;
            }
        }
        try {
            long number = Long.parseLong(value);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(number, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-upload must be a size such as 500MB or 2GB, got '" + text + "'");
        }
    }

    private static String describe(Path db) {
        return "store " + db;
    }
}
