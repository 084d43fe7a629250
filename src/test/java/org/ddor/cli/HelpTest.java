package org.ddor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command, at every depth, answers --help with its usage and exit code 0 (README: "Every command has --help"). */
class HelpTest {

    static Stream<String> everyCommand() {
        List<String> paths = new ArrayList<>();
        collect(DdorCommand.commandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine commandLine, String prefix, List<String> paths) {
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                String path = (prefix + " " + name).strip();
                paths.add(path);
                collect(sub, path, paths);
            }
        });
    }

    @ParameterizedTest(name = "ddor {0} --help")
    @MethodSource("everyCommand")
    void helpPrintsUsageAndSucceeds(String command) {
        CommandLine commandLine = DdorCommand.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        int exit = commandLine.execute(args.toArray(String[]::new));
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Usage: ddor " + command);
    }

    @org.junit.jupiter.api.Test
    void anUnknownOptionIsOneLineAndAFailure() {
        CommandLine commandLine = DdorCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("import", "--no-such-option", "x.csv")).isNotZero();
        assertThat(err.toString()).startsWith("Unknown option: '--no-such-option'");
    }
}
