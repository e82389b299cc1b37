package io.github.vanban.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens a file for reading without following a symbolic link between a root folder and the file, so
 * that a link swapped in after the folder was listed cannot make vanban read a file outside it
 * under an inside name. The file itself is opened with {@code O_NOFOLLOW}; the folders between the
 * root and the file are checked to be no link before the file is opened and again after. Stateless
 * and thread-safe.
 */
public final class NoFollowFiles {

  /** What a refused link is reported as. */
  public static final String LINK = "a symbolic link, not followed";

  private NoFollowFiles() {}

  /**
   * Opens {@code file}, which lies under {@code root}, for reading; the caller closes the stream.
   * Links above {@code root} (the user's own choice of path) are followed.
   *
   * @param root the folder the file was found under
   * @param file the file to open, under {@code root}
   * @return an open stream over the file's bytes
   * @throws FileSystemException with reason {@link #LINK} when the file or a folder between the
   *     root and it is a symbolic link, or "not a regular file..." for a folder, pipe or device
   * @throws java.nio.file.NoSuchFileException when it does not exist
   * @throws IOException when it cannot be opened
   */
  public static InputStream open(Path root, Path file) throws IOException {
    check(root, file);
    SeekableByteChannel channel;
    try {
      channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    } catch (FileSystemException e) {
      check(root, file);
      throw e;
    }
    try {
      check(root, file);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return Channels.newInputStream(channel);
  }

  /** Fails unless {@code file} is a regular file reached from {@code root} through no link. */
  private static void check(Path root, Path file) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    Path target = file.toAbsolutePath().normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw new IllegalArgumentException(file + " is not under " + root);
    }
    for (Path p = target.getParent(); !p.equals(base); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new FileSystemException(file.toString(), null, "a folder on its path is " + LINK);
      }
    }
    BasicFileAttributes attrs =
        Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isSymbolicLink()) {
      throw new FileSystemException(file.toString(), null, LINK);
    }
    if (!attrs.isRegularFile()) {
      throw new FileSystemException(
          file.toString(), null, "not a regular file (a folder, named pipe or device)");
    }
  }
}
