package io.github.vanban.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Prepares a SolrCloud cluster for vanban: uploads the vanban configset (the files of {@code
 * configsets/vanban/conf}, shipped in this jar) under a name and creates a collection with it. The
 * nodes must have vanban-analysis and vanban-core on their class path (docs/SOLR.md).
 *
 * <p>Immutable and thread-safe.
 *
 * @param collection the collection to create, and the configset's name
 * @param shards the number of shards, at least 1
 * @param replicas the replicas of each shard, at least 1
 */
public record SolrSetup(String collection, int shards, int replicas) {

  /** The configset's files, at the root of the uploaded zip. */
  static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml");

  private static final String CONFIG_RESOURCES = "configset/conf/";

  /**
   * Checks the values.
   *
   * @param collection the collection to create, and the configset's name
   * @param shards the number of shards, at least 1
   * @param replicas the replicas of each shard, at least 1
   */
  public SolrSetup {
    Objects.requireNonNull(collection, "collection");
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "shards " + shards + " and replicas " + replicas + " must be >= 1");
    }
  }

  /**
   * Uploads the configset (replacing one of the same name) and creates the collection on the
   * cluster of the node at {@code url} (or of the nodes, separated by commas), waiting until every
   * replica is active.
   *
   * @param url one or more node base URLs, separated by commas
   * @throws IOException when the cluster refuses (the collection exists already...) or cannot be
   *     reached
   */
  public void run(String url) throws IOException {
    try (SolrClient client = SolrIndex.client(url)) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(collection);
      upload.setOverwrite(true);
      upload.setUploadStream(new ContentStreamBase.ByteArrayStream(zip(), collection + ".zip"));
      upload.process(client);
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(collection, collection, shards, replicas);
      create.setWaitForFinalState(true);
      create.process(client);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("setting up collection " + collection + ": " + e.getMessage(), e);
    }
  }

  /** Returns the configset as the zip Solr's configset API takes. */
  static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : CONFIG_FILES) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = SolrSetup.class.getResourceAsStream(CONFIG_RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks the configset file " + name);
          }
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("zipping in memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
