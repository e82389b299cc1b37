package io.github.vanban.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code vanban} command: runs {@link VanbanCommand} and exits with its code.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = VanbanCommand.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
