package org.ddor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code ddor} command. */
@Command(name = "ddor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = {
                "DDOR records U.S. immigration detainers and their outcomes and publishes the",
                "Declined Detainer Outcome Report, with every figure traceable to its rows.",
                "",
                "Store: --db PATH, else $DDOR_DB, else ./data/ddor.duckdb."},
        subcommands = {
                DemoCommand.class,
                GenerateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                FacilitiesCommand.class,
                ReportCommand.class,
                PublishCommand.class,
                ServeCommand.class,
                VersionCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Run 'ddor COMMAND --help' for a command's options. Docs: docs/ in the repository."})
public final class DdorCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for reporting a bug).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Gives every subcommand, at any depth, -h/--help and -V/--version, as the top-level command has. */
    private static void addHelpOptions(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            addHelpOptions(sub);
        }
    }

    /** The configured command line: one-line errors, stack traces only with --debug. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DdorCommand());
        addHelpOptions(commandLine);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
