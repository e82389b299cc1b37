package io.github.vanban.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a test's main class in a child JVM on the test class path, so a test can bound its heap,
 * kill it, run two processes at once, or give it a temp folder of its own ({@code java.io.tmpdir}
 * is read once per JVM, and other processes share the machine's {@code /tmp}).
 */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * Starts {@code main} with {@code jvmOptions} (such as {@code -Xmx256m}) and {@code args}; its
   * output is discarded and its error stream written to {@code errorLog}.
   *
   * @throws IOException when the JVM cannot be started
   */
  public static Process start(Class<?> main, List<String> jvmOptions, Path errorLog, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errorLog.toFile())
        .start();
  }

  /**
   * Runs {@code main} with {@code args} and {@code tmp} as its {@code java.io.tmpdir}, and waits up
   * to ten minutes (a hang guard) for it to end with status 0, as {@link #awaitSuccess} checks.
   */
  public static void run(Class<?> main, Path tmp, Path errorLog, String... args)
      throws IOException, InterruptedException {
    Process child = start(main, List.of("-Djava.io.tmpdir=" + tmp), errorLog, args);
    awaitSuccess(child, Duration.ofMinutes(10), errorLog);
  }

  /**
   * Waits up to {@code limit} for {@code child} (killed when it has not ended by then), failing the
   * test unless it ended with status 0; the end of {@code errorLog} is the message.
   */
  public static void awaitSuccess(Process child, Duration limit, Path errorLog)
      throws IOException, InterruptedException {
    boolean ended = child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    String errors = Files.readString(errorLog);
    assertTrue(ended, "the child did not end within " + limit);
    assertEquals(0, child.exitValue(), errors.substring(Math.max(0, errors.length() - 3000)));
  }

  /** Fails the test when {@code folder} holds anything, naming what was left behind. */
  public static void assertEmpty(Path folder) throws IOException {
    try (Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of(), left.toList(), "temp files left behind");
    }
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path")
            .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }
}
