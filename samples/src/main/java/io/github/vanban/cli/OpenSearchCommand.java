package io.github.vanban.cli;

import io.github.vanban.opensearch.client.OpenSearchConnection;
import io.github.vanban.opensearch.client.OpenSearchIndex;
import io.github.vanban.opensearch.client.OpenSearchSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vanban opensearch}: prepares an OpenSearch cluster (docs/OPENSEARCH.md). */
@Command(
    name = "opensearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prepare an OpenSearch cluster for vanban (docs/OPENSEARCH.md).",
    subcommands = {OpenSearchCommand.Setup.class})
final class OpenSearchCommand extends CommandGroup {

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
  static final class Setup extends ClusterSetupCommand {

    @Parameters(paramLabel = "URL", description = "The cluster: http(s)://host:9200.")
    String url;

    @Option(
        names = "--opensearch-index",
        paramLabel = "NAME",
        defaultValue = OpenSearchIndex.DEFAULT_INDEX,
        description = "The index the template applies to (default: ${DEFAULT-VALUE}).")
    String index;

    @Override
    Requests prepare() {
      OpenSearchConnection os = OpenSearchConnection.of(url, System.getenv());
      return () -> OpenSearchSetup.install(os, index);
    }

    @Override
    String done() {
      return "Installed the index template for "
          + index
          + " and the ingest pipeline "
          + OpenSearchSetup.PIPELINE
          + " on "
          + url
          + ".";
    }
  }
}
