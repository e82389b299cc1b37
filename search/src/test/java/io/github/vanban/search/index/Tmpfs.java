package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs mounted on a test's folder, to give an index a full or read-only disk. Needs root
 * and {@code mount}, as the tests run here and in CI; a test that cannot mount fails with a message
 * saying so rather than skipping.
 */
final class Tmpfs implements AutoCloseable {

  private final Path mountPoint;

  private Tmpfs(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** Mounts a tmpfs of {@code size} (such as {@code 512k}) on {@code dir}, creating it. */
  static Tmpfs mount(Path dir, String size) throws IOException {
    Files.createDirectories(dir);
    run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
    return new Tmpfs(dir);
  }

  /** Remounts with other options ({@code ro}, {@code rw,size=64m}). */
  void remount(String options) throws IOException {
    run("mount", "-o", "remount," + options, mountPoint.toString());
  }

  @Override
  public void close() throws IOException {
    run("umount", mountPoint.toString());
  }

  private static void run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException(
            String.join(" ", command)
                + " failed ("
                + out.strip()
                + "): these tests need root and mount to simulate a full or read-only disk");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
  }
}
