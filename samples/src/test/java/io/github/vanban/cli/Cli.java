package io.github.vanban.cli;

import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the vanban command in tests and keeps what it printed. */
final class Cli {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code args} and returns the exit status. */
  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return VanbanCommand.run(args, new PrintWriter(out), new PrintWriter(err, true));
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  /** Writes the search module's test corpus under {@code dir} and indexes it into its "index". */
  static Path indexTestCorpus(Path dir) throws IOException {
    Path docs = dir.resolve("docs");
    TestCorpus.write(docs);
    Path index = dir.resolve("index");
    new Indexer(TestCorpus.config()).index(docs, index, ProgressListener.NONE);
    return index;
  }
}
