package org.ddor.cli;

import picocli.CommandLine;

/** Entry point: only wires the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs DDOR's command line and returns its exit code; used by the tests too. */
    public static int run(String... args) {
        return DdorCommand.commandLine().execute(args);
    }
}
