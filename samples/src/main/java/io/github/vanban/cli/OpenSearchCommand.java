package io.github.vanban.cli;

import io.github.vanban.opensearch.client.OpenSearchConnection;
import io.github.vanban.opensearch.client.OpenSearchIndex;
import io.github.vanban.opensearch.client.OpenSearchSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban opensearch}: prepares an OpenSearch cluster (docs/OPENSEARCH.md). */
@Command(
    name = "opensearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prepare an OpenSearch cluster for vanban (docs/OPENSEARCH.md).",
    subcommands = {OpenSearchCommand.Setup.class})
final class OpenSearchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required");
  }

  /** {@code vanban opensearch setup URL}: installs the index template and the ingest pipeline. */
  @Command(
      name = "setup",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Install the vanban index template and the 'vanban' ingest pipeline.",
        "The nodes need the vanban-opensearch plugin (docs/OPENSEARCH.md).",
        "Credentials from VANBAN_OPENSEARCH_USER/_PASSWORD or _API_KEY."
      })
  static final class Setup implements Callable<Integer> {

    @Parameters(paramLabel = "URL", description = "The cluster: http(s)://host:9200.")
    String url;

    @Option(
        names = "--opensearch-index",
        paramLabel = "NAME",
        defaultValue = OpenSearchIndex.DEFAULT_INDEX,
        description = "The index the template applies to (default: ${DEFAULT-VALUE}).")
    String index;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      OpenSearchConnection os;
      try {
        os = OpenSearchConnection.of(url, System.getenv());
      } catch (IllegalArgumentException e) {
        err.println("vanban: " + e.getMessage());
        return VanbanCommand.USAGE;
      }
      try {
        OpenSearchSetup.install(os, index);
      } catch (IOException e) {
        err.println("vanban: " + e.getMessage());
        return VanbanCommand.SOME_FAILED;
      }
      out.println(
          "Installed the index template for "
              + index
              + " and the ingest pipeline "
              + OpenSearchSetup.PIPELINE
              + " on "
              + url
              + ".");
      return VanbanCommand.OK;
    }
  }
}
