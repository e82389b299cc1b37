package io.github.vanban.extract;

/**
 * The test that recognises a file format from a file's first bytes (up to {@link
 * FormatDetector#HEAD_BYTES} of them, fewer for a short file). {@link HeadSniffer} has the pieces
 * the built-in formats are made of. Implementations are stateless and thread-safe and never throw.
 */
@FunctionalInterface
public interface Signature {

  /**
   * Tells whether a file starting with {@code head} is of this format.
   *
   * @param head the file's first bytes, not empty; not to be modified
   * @return true when the file is of this format
   */
  boolean matches(byte[] head);

  /**
   * Returns the signature of a format whose files start with fixed bytes (a magic number).
   *
   * @param magic the bytes every file of the format starts with
   * @return a signature matching heads that start with {@code magic}
   */
  static Signature startsWith(byte... magic) {
    byte[] copy = magic.clone();
    return head -> HeadSniffer.startsWith(head, copy);
  }
}
