package io.github.vanban.samples;

import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchHit;
import io.github.vanban.search.query.SearchQuery;
import java.nio.file.Path;

/** Indexes a folder, then searches it and looks up a document number: vanban embedded. */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Arguments: the folder of documents, the index folder, a query, a document number. */
  public static void main(String[] args) throws Exception {
    Indexer indexer = new Indexer(IndexerConfig.DEFAULT);
    IndexReport report = indexer.index(Path.of(args[0]), Path.of(args[1]), ProgressListener.NONE);
    System.out.println("indexed " + (report.added() + report.updated()) + " new or changed files");
    try (Index index = Index.open(Path.of(args[1]))) {
      for (SearchHit hit : index.search(SearchQuery.of(args[2])).hits()) {
        System.out.println(hit.source() + ": " + hit.snippet());
      }
      index
          .number(args[3])
          .documents()
          .forEach(d -> System.out.println(d.source() + " is " + d.number()));
    }
  }
}
