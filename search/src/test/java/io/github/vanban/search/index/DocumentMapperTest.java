package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.analysis.VietnameseAnalyzer;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.search.testing.FixtureStage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

  private static final String TEXT =
      "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 205/2024/NQ-HĐND\n"
          + "Nghị quyết về kinh tế số; tăng trưởng GRDP đạt 7,5% so với năm 2023."
          + " Kinh te so (không dấu) và H\u00D0ND te\u0302\u0301.";

  @Test
  void textFieldsHoldTheTermsAndPositionsOfTheirAnalyzers() throws IOException {
    AnalyzedDocument doc = AnalyzedDocument.of(ExtractedDocument.ofText(TEXT));
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexFields.analyzer()))) {
        w.addDocuments(new DocumentMapper().map("a.txt", "00", doc));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        assertEquals(expected(Mode.EXACT), indexed(leaf, IndexFields.TEXT));
        assertEquals(expected(Mode.FOLDED), indexed(leaf, IndexFields.TEXT_FOLDED));
        assertEquals(expected(Mode.FOLDED_BIGRAMS), indexed(leaf, IndexFields.TEXT_BIGRAMS));
        assertEquals(TEXT, r.storedFields().document(0).get(IndexFields.TEXT));
      }
    }
  }

  /** The structure layer's indexer gives the headings: stored as written, indexed folded. */
  @Test
  void sectionsHoldTheHeadingsOfTheStructure() throws IOException {
    String text = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 5. Phạm vi\n1. Khoản một.\nĐiều 6\nNội dung.";
    AnalyzedDocument doc = DefaultPipeline.create().analyze(text);
    List<Document> mapped = new DocumentMapper().map("a.txt", "00", doc);
    assertArrayEquals(
        new String[] {"Chương I. QUY ĐỊNH CHUNG", "Điều 5. Phạm vi", "Điều 6"},
        mapped.get(0).getValues(IndexFields.SECTIONS));
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexFields.analyzer()))) {
        w.addDocuments(mapped);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        Map<String, List<Integer>> terms =
            indexed(r.leaves().get(0).reader(), IndexFields.SECTIONS);
        assertEquals(
            List.of("5", "6", "chung", "chuong", "dieu", "dinh", "i", "pham", "quy", "vi"),
            List.copyOf(terms.keySet()));
      }
    }
  }

  @Test
  void aTextWithoutStructureHasNoSections() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze("Bản tin ngắn, không có điều nào.");
    assertEquals(
        0,
        new DocumentMapper().map("a.txt", "00", doc).get(0).getValues(IndexFields.SECTIONS).length);
  }

  /** The layers' own documents follow the file's, metrics before references. */
  @Test
  void theFilesDocumentComesFirstThenItsMetricsThenItsReferences() {
    AnalyzedDocument doc =
        DefaultPipeline.create()
            .with(new FixtureStage())
            .analyze(
                "Số: 205/NQ-HĐND\nCăn cứ Nghị quyết số 176/NQ-HĐND và 06-NQ/TU.\n"
                    + "Thu hút FDI đạt trên 2,8 tỷ USD năm 2023.\n");
    List<Document> mapped = new DocumentMapper().map("nq.txt", "00", doc);
    assertEquals(
        List.of("doc", "metric", "ref", "ref"),
        mapped.stream().map(d -> d.getField(IndexFields.KIND).stringValue()).toList());
    assertEquals(
        List.of("176/NQ-HĐND", "06-NQ/TU"),
        mapped.subList(2, 4).stream().map(d -> d.get(IndexFields.REF_NUMBER)).toList());
    assertEquals("205/NQ-HĐND", mapped.get(1).get(IndexFields.SOURCE_NUMBER));
  }

  /** Returns each term the analyzer of {@code mode} gives, with its positions. */
  private static Map<String, List<Integer>> expected(Mode mode) throws IOException {
    Map<String, List<Integer>> out = new TreeMap<>();
    try (TokenStream ts = new VietnameseAnalyzer(mode).tokenStream("f", TEXT)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.computeIfAbsent(term.toString(), k -> new ArrayList<>()).add(position);
      }
      ts.end();
    }
    return out;
  }

  /** Returns each term of {@code field} in document 0, with its positions. */
  private static Map<String, List<Integer>> indexed(LeafReader leaf, String field)
      throws IOException {
    Map<String, List<Integer>> out = new TreeMap<>();
    TermsEnum terms = leaf.terms(field).iterator();
    while (terms.next() != null) {
      PostingsEnum p = terms.postings(null, PostingsEnum.POSITIONS);
      if (p.nextDoc() == 0) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < p.freq(); i++) {
          positions.add(p.nextPosition());
        }
        out.put(terms.term().utf8ToString(), positions);
      }
      assertEquals(true, p.docID() == 0 || p.docID() == DocIdSetIterator.NO_MORE_DOCS);
    }
    return out;
  }
}
