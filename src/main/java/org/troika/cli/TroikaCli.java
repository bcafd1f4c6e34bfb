package org.troika.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code troika} command line. Each subcommand is a small class over the same facades the web uses. */
@Command(name = "troika", mixinStandardHelpOptions = true, version = "Troika 0.1.0",
        description = "Tracks human-rights recommendations (UN Universal Periodic Review and others) from the moment "
                + "they are made to the evidence of whether they were carried out.",
        subcommands = {
                DemoCommand.class,
                ServeCommand.class,
                ExtractCommand.class,
                ImportCommand.class,
                ImportsCommand.class,
                StatsCommand.class,
                ExportCommand.class,
                SearchCommand.class,
                ReindexCommand.class,
                CommandLine.HelpCommand.class
        })
public class TroikaCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TroikaCli());
        // Names such as "Côte d’Ivoire" must reach the terminal whatever the locale's default charset is.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(TroikaCli::reportFailure);
        cli.setParameterExceptionHandler(TroikaCli::reportBadUsage);
        return cli;
    }

    /** One clear line on stderr; a stack trace only when TROIKA_DEBUG is set. */
    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("troika " + cli.getCommandName() + ": error: " + ErrorMessages.describe(e));
        if (System.getenv("TROIKA_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UserException || ErrorMessages.isBadInput(e) ? 2 : 1;
    }

    private static int reportBadUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("troika " + cli.getCommandName() + ": " + e.getMessage());
        err.println("Try 'troika " + (cli.getParent() == null ? "" : cli.getCommandName() + " ") + "--help' for usage.");
        err.flush();
        return 2;
    }
}
