package io.github.vanban.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code setup} subcommand that prepares a cluster: its options checked first (a wrong one is a
 * usage error), then the requests to the cluster (a failure is {@link VanbanCommand#SOME_FAILED}),
 * then one line saying what was done.
 */
abstract class ClusterSetupCommand implements Callable<Integer> {

  /** The requests that prepare the cluster. */
  @FunctionalInterface
  interface Requests {

    /**
     * Sends the requests.
     *
     * @throws IOException when the cluster is unreachable or refuses
     */
    void send() throws IOException;
  }

  @Spec CommandSpec spec;

  /**
   * Checks the options and returns the requests they ask for.
   *
   * @return the requests to send
   * @throws IllegalArgumentException when an option is wrong, with a message for the user
   */
  abstract Requests prepare();

  /**
   * Returns the line printed once the setup succeeded.
   *
   * @return what was prepared, and where
   */
  abstract String done();

  @Override
  public final Integer call() {
    Requests requests;
    try {
      requests = prepare();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("vanban: " + e.getMessage());
      return VanbanCommand.USAGE;
    }
    try {
      requests.send();
    } catch (IOException e) {
      spec.commandLine().getErr().println("vanban: " + e.getMessage());
      return VanbanCommand.SOME_FAILED;
    }
    spec.commandLine().getOut().println(done());
    return VanbanCommand.OK;
  }
}
