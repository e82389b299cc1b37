package io.github.vanban.search.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's main class in a child JVM on the test class path, so a test can bound its heap,
 * kill it, or run two processes at once.
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

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path")
            .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }
}
