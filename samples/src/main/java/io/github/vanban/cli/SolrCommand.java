package io.github.vanban.cli;

import io.github.vanban.solr.SolrSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vanban solr}: prepares a SolrCloud cluster to hold vanban's documents. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prepare a SolrCloud cluster for vanban (docs/SOLR.md).",
    subcommands = {SolrCommand.Setup.class})
final class SolrCommand extends CommandGroup {

  /** {@code vanban solr setup URL}: uploads the configset and creates the collection. */
  @Command(
      name = "setup",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Upload the vanban configset and create a collection with it.",
        "The nodes need vanban-analysis and vanban-core in their lib folder (docs/SOLR.md)."
      })
  static final class Setup extends ClusterSetupCommand {

    @Parameters(paramLabel = "URL", description = "A node's base URL: http://localhost:8983/solr.")
    String url;

    @Option(
        names = "--collection",
        paramLabel = "NAME",
        defaultValue = "vanban",
        description = "The collection and configset name (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(
        names = "--shards",
        paramLabel = "N",
        defaultValue = "1",
        description = "Shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(
        names = "--replicas",
        paramLabel = "N",
        defaultValue = "1",
        description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas;

    @ParentCommand SolrCommand parent;

    @Override
    Requests prepare() {
      SolrSetup setup = new SolrSetup(collection, shards, replicas);
      return () -> setup.run(url);
    }

    @Override
    String done() {
      return "Created collection "
          + collection
          + " ("
          + shards
          + " shards, "
          + replicas
          + " replicas each) on "
          + url
          + " with the vanban configset.";
    }
  }
}
