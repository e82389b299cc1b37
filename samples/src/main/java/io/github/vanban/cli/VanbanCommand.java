package io.github.vanban.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top {@code vanban} command: lists the subcommands. Exit status 0 ok, 1 some inputs failed
 * (for {@code index}: the run itself failed), 2 bad usage, 3 ({@code index} only) files failed that
 * had not failed with the same content before.
 */
@Command(
    name = "vanban",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads Vietnamese government documents and makes what is inside them findable.",
    subcommands = {
      ExtractCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      NumberCommand.class,
      MetricCommand.class,
      IndicatorsCommand.class,
      StatsCommand.class,
      EvalCommand.class,
      SolrCommand.class,
      ServeCommand.class,
      OpenSearchCommand.class,
      TrainSentencesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VanbanCommand implements Runnable {

  /** Exit status when every input was handled. */
  public static final int OK = 0;

  /** Exit status when some inputs failed. */
  public static final int SOME_FAILED = 1;

  /** Exit status for bad usage. */
  public static final int USAGE = 2;

  /**
   * Exit status of {@code index} when the run completed but files failed that no earlier run had
   * reported with the same content; failures reported before alone exit {@link #OK}.
   */
  public static final int NEW_FAILURES = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      description = "Print stack traces of errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Runs the command line without exiting, so tests and embedders can call it. Control characters
   * from documents and file names are dropped from everything printed ({@link TerminalSafeWriter}).
   *
   * @param args the arguments
   * @param stdout where results go
   * @param stderr where errors and progress go
   * @return the exit status
   */
  public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
    // Documents and file names may hold escape sequences: nothing printed may pass them on.
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(stdout));
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(stderr), true);
    try {
      return execute(args, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new VanbanCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? USAGE : SOME_FAILED);
    cl.setParameterExceptionHandler(
        (e, a) -> {
          err.println("vanban: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          err.println("vanban: " + e.getMessage());
          if (c.getCommandSpec().root().userObject() instanceof VanbanCommand root && root.debug) {
            e.printStackTrace(err);
          }
          return SOME_FAILED;
        });
    int code = cl.execute(args);
    out.flush();
    return code;
  }
}
