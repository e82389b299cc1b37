package io.github.vanban.solr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.LayerMappings;
import io.github.vanban.search.sync.SourceDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The registry of Solr layer mappings on a sample file: the built-in layers are those the local
 * index maps, the metric and reference children come from their layers' mappings, and a layer of
 * the test's own reaches the block by registering its mapping.
 */
public class SolrMappingsTest {

  /** A layer of the test's own: a note on the file, {@code "none"} when a document has none. */
  static final LayerKey<String> NOTE = LayerKey.of("NOTE", "none");

  private static SourceDocument sample;

  @BeforeClass
  public static void analyseASample() throws Exception {
    AnalyzedDocument doc =
        DefaultPipeline.create()
            .analyze(
                Extractors.standard()
                    .extract(
                        Samples.folder().resolve("bc-ubnd-kinhte-2024.docx"),
                        ExtractContext.DEFAULT.withOcr(OcrMode.OFF)));
    sample = new SourceDocument("bc-ubnd-kinhte-2024.docx", "hash", doc);
    assertFalse("the sample has metrics", doc.metrics().isEmpty());
    assertFalse("the sample has references", doc.references().isEmpty());
  }

  @Test
  public void theStandardLayersAreTheLocalIndexsInItsOrder() {
    assertEquals(LayerMappings.STANDARD.keys(), SolrMappings.STANDARD.keys());
  }

  @Test
  public void theChildrenComeFromTheirLayersMappings() {
    SolrInputDocument block = new SolrDocuments(SolrMappings.STANDARD).block(sample);
    List<SolrInputDocument> metrics = children(block, SolrDocuments.METRICS);
    assertEquals(sample.document().metrics().size(), metrics.size());
    assertEquals("bc-ubnd-kinhte-2024.docx#m000000", metrics.get(0).getFieldValue("id"));
    assertEquals(IndexFields.KIND_METRIC, metrics.get(0).getFieldValue(IndexFields.KIND));
    assertEquals(
        sample.document().metrics().get(0).indicator(),
        metrics.get(0).getFieldValue(IndexFields.INDICATOR));
    List<SolrInputDocument> refs = children(block, SolrDocuments.REFS);
    DocumentNumber first = sample.document().references().get(0);
    assertEquals(first.number(), refs.get(0).getFieldValue(IndexFields.REF_NUMBER));
    assertEquals(IndexFields.KIND_REF, refs.get(0).getFieldValue(IndexFields.KIND));

    SolrInputDocument without =
        new SolrDocuments(SolrMappings.STANDARD.with(Layer.METRICS, (m, file, d) -> {}))
            .block(sample);
    assertNull(without.getField(SolrDocuments.METRICS));
    assertNull(without.getField(IndexFields.COUNT_METRICS));
    assertEquals(refs.size(), children(without, SolrDocuments.REFS).size());
  }

  @Test
  public void aLayerOfItsOwnIsSentByRegisteringItsMapping() {
    SolrMappings mappings =
        SolrMappings.STANDARD.with(NOTE, (note, file, d) -> d.setField("note_s", note));
    assertEquals(NOTE, mappings.keys().get(mappings.keys().size() - 1));
    assertFalse("the standard registry is unchanged", SolrMappings.STANDARD.keys().contains(NOTE));
    SolrDocuments documents = new SolrDocuments(mappings);
    assertEquals("none", documents.block(sample).getFieldValue("note_s"));
    SourceDocument noted =
        new SourceDocument(
            sample.source(), sample.hash(), sample.document().with(NOTE, "Luật Thống kê"));
    SolrInputDocument block = documents.block(noted);
    assertEquals("Luật Thống kê", block.getFieldValue("note_s"));
    assertEquals(sample.document().metrics().size(), children(block, SolrDocuments.METRICS).size());
    assertNull(new SolrDocuments(SolrMappings.STANDARD).block(noted).getField("note_s"));
  }

  private static List<SolrInputDocument> children(SolrInputDocument block, String field) {
    List<SolrInputDocument> out = new ArrayList<>();
    for (Object child : (Collection<?>) block.getField(field).getValue()) {
      out.add((SolrInputDocument) child);
    }
    return out;
  }
}
