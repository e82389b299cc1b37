package io.github.vanban.extract.ocr;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program with a time limit, its output going to temporary files (so no pipe can
 * fill up and block it), and returns what it printed.
 *
 * <p>Stateless and thread-safe; the temporary files are always deleted.
 */
final class ProcessRunner {

  /** What a finished program returned. */
  record Result(int exitCode, String stdout, String stderr) {}

  private ProcessRunner() {}

  /**
   * Runs {@code command} with {@code OMP_THREAD_LIMIT=1} (callers parallelise themselves).
   *
   * @throws IOException if the program cannot be started
   * @throws ExtractionException {@code TIMEOUT} if it runs longer than {@code timeout} (it is then
   *     killed) or the calling thread is interrupted
   */
  static Result run(List<String> command, Duration timeout)
      throws IOException, ExtractionException {
    Path out = Files.createTempFile("vanban-ocr-", ".out");
    Path err = Files.createTempFile("vanban-ocr-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      Process process = builder.start();
      await(process, command, timeout);
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void await(Process process, List<String> command, Duration timeout)
      throws ExtractionException {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new ExtractionException(
            Reason.TIMEOUT, command.get(0) + " took longer than " + timeout + " and was stopped");
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new ExtractionException(
          Reason.TIMEOUT, command.get(0) + " was stopped: the thread was interrupted", e);
    }
  }

  private static void kill(Process process) {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
