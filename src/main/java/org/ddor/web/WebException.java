package org.ddor.web;

/**
 * A request that cannot be answered, with the status and a one-line message the reader can act on.
 * Pages show it as an HTML error page, {@code /api} as JSON; never with a stack trace.
 */
public final class WebException extends RuntimeException {

    private final int status;

    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static WebException badRequest(String message) {
        return new WebException(400, message);
    }

    public static WebException notFound(String message) {
        return new WebException(404, message);
    }

    public int status() {
        return status;
    }
}
