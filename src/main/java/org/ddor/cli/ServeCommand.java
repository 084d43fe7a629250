package org.ddor.cli;

import picocli.CommandLine.Command;

/** {@code ddor serve}: the public site and JSON API (issue 5). */
@Command(name = "serve", description = {
        "Serve the store as a web site and JSON API.",
        "Not in this build yet: the site arrives after the reports (see docs/architecture.md)."})
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        throw new UnsupportedOperationException("the web site is not in this build yet; use 'ddor facilities' and 'ddor import'");
    }
}
