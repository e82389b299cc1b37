package io.github.vanban.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --index PATH} option every index command shares. The default is the environment
 * variable {@code VANBAN_INDEX} when set, else {@code vanban-index} in the current folder.
 */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "PATH",
      defaultValue = "${env:VANBAN_INDEX:-vanban-index}",
      description = "The index folder (default: $VANBAN_INDEX, else ./vanban-index).")
  Path path;

  /** The error line for an index folder that holds no index, with the command that makes one. */
  String missing() {
    return "vanban: no index at "
        + path
        + "; create it with 'vanban index FOLDER --index "
        + path
        + "'";
  }
}
