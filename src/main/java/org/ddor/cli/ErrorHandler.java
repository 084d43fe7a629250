package org.ddor.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception into one line on stderr and a non-zero exit: "ddor: what went wrong".
 * The stack trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** Exit code for a failure the user can act on (bad input, store in use, ...). */
    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (isDebug(parseResult)) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().println("ddor: " + oneLine(e));
        return USER_ERROR;
    }

    private static boolean isDebug(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The most useful single line: an I/O error's cause names the file; others speak for themselves. */
    static String oneLine(Throwable e) {
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return shown.getClass().getSimpleName() + " (run again with --debug for details)";
        }
        return message.lines().findFirst().orElse(message);
    }
}
