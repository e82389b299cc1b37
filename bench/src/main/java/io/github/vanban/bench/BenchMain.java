package io.github.vanban.bench;

import io.github.vanban.bench.generate.GenerateBench;
import io.github.vanban.bench.index.IndexBench;
import io.github.vanban.bench.process.ProcessBench;
import io.github.vanban.bench.process.TikaTextCommand;
import io.github.vanban.bench.profile.ProfileBench;
import io.github.vanban.bench.query.QueryBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vanban-bench} command: end-to-end timings that the test command never runs. Results
 * are printed as Markdown tables for {@code docs/BENCHMARKS.md}.
 */
@Command(
    name = "vanban-bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks for vanban; results as Markdown tables.",
    subcommands = {
      ExtractBench.class,
      PipelineBench.class,
      GenerateBench.class,
      IndexBench.class,
      QueryBench.class,
      ProcessBench.class,
      TikaTextCommand.class,
      ProfileBench.class
    })
public final class BenchMain implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /**
   * Runs the bench command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }
}
