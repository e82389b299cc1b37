package io.github.vanban.opensearch.client;

import io.github.vanban.search.index.Failure;
import io.github.vanban.search.sync.FileSink;
import io.github.vanban.search.sync.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An OpenSearch index whose ingest nodes read the files: the write side {@link
 * io.github.vanban.search.sync.FolderSync} fills when the cluster does the extraction and analysis.
 * Each file is sent as {@code {"source", "hash", "data"}} ({@code data} the file's bytes in base64)
 * through the {@code vanban} pipeline {@link OpenSearchSetup} installs, which replaces {@code data}
 * by the fields under {@code vanban}; so a document holds what {@link OpenSearchIndex} would have
 * put for the same file, analysed on the cluster instead (with OCR off: a scan yields no text).
 *
 * <p>Puts and deletes are sent as bulk requests (at the latest on {@link #commit()}, which also
 * refreshes the index). A file the processor cannot read comes back from {@link #commit()} with the
 * processor's reason code and message, and its neighbours in the bulk are indexed; any other
 * rejected document fails the request that sent it, and a rerun sends it again.
 *
 * <p>Thread-safe.
 */
public final class OpenSearchFiles implements FileSink {

  private final OpenSearchConnection os;
  private final String index;
  private final Bulk bulk;

  private OpenSearchFiles(OpenSearchConnection os, String index, String pipeline) {
    this.os = os;
    this.index = Objects.requireNonNull(index, "index");
    this.bulk = new Bulk(os, index, Objects.requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Opens {@code index} on the cluster {@code os} answers for, sending the files through the
   * pipeline {@value OpenSearchSetup#PIPELINE}; closing it closes {@code os}.
   *
   * @param os the connection to the cluster; closed with the returned sink
   * @param index the index's name
   * @return the write side of the index, for {@link io.github.vanban.search.sync.FolderSync}
   */
  public static OpenSearchFiles open(OpenSearchConnection os, String index) {
    return new OpenSearchFiles(os, index, OpenSearchSetup.PIPELINE);
  }

  @Override
  public String location() {
    return bulk.location();
  }

  @Override
  public Map<String, String> held() throws IOException {
    return OpenSearchIndex.held(os, index);
  }

  @Override
  public void put(SourceFile file) throws IOException {
    ByteBuffer base64 = Base64.getEncoder().encode(file.bytes());
    CharBuffer chars = StandardCharsets.ISO_8859_1.decode(base64);
    StringBuilder data =
        new StringBuilder(chars.length() + 2).append('"').append(chars).append('"');
    bulk.indexFile(file.source(), file.hash(), OpenSearchSetup.DATA_FIELD, data);
  }

  @Override
  public void delete(String source) throws IOException {
    bulk.delete(source);
  }

  @Override
  public List<Failure> commit() throws IOException {
    return bulk.flush();
  }

  @Override
  public void close() throws IOException {
    os.close();
  }
}
