package io.github.vanban.search.index;

import io.github.vanban.extract.NoFollowFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Computes the SHA-256 of a file's bytes, in hex. Stateless and thread-safe. */
public final class ContentHash {

  private ContentHash() {}

  /**
   * Returns the lower-case hex SHA-256 of the bytes of {@code file}, found under {@code root}; no
   * symbolic link between them is followed ({@link NoFollowFiles}).
   *
   * @param root the folder the file was found under
   * @param file the file to hash, under {@code root}
   * @return 64 lower-case hexadecimal digits
   * @throws IOException when the file cannot be read, or is reached through a link
   */
  public static String sha256(Path root, Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = NoFollowFiles.open(root, file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
