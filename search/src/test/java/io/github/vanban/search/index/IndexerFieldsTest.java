package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.analysis.AnalyzedText;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.IndexField;
import io.github.vanban.core.pipeline.LayerKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class IndexerFieldsTest {

  private static final LayerKey<List<String>> TAGS =
      LayerKey.<String>ofList("TAGS")
          .indexedAs(tags -> tags.stream().map(t -> new IndexField("tag", t)).toList());

  @Test
  void eachValueIsStoredAsWrittenAndIndexedAsFoldedWords() throws IOException {
    AnalyzedDocument doc =
        AnalyzedDocument.of(ExtractedDocument.ofText("Văn bản"))
            .with(TAGS, List.of("Kinh tế số", "Du lịch"));
    Document d = new Document();
    IndexerFields.of(TAGS).orElseThrow().addFields(new MappedFile("a.txt", doc), d);
    assertArrayEquals(new String[] {"Kinh tế số", "Du lịch"}, d.getValues("tag"));
    List<String> indexed = new ArrayList<>();
    for (IndexableField f : d.getFields("tag")) {
      if (f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE) {
        indexed.add(terms(((Field) f).tokenStreamValue()));
      }
    }
    assertEquals(List.of("kinh te so", "du lich"), indexed);
    assertEquals(
        terms(AnalyzedText.of("Kinh tế số").stream(Mode.FOLDED)), indexed.get(0), "as analysed");
  }

  @Test
  void aKeyWithoutIndexerHasNoMapping() {
    assertTrue(IndexerFields.of(LayerKey.ofList("PLAIN")).isEmpty());
  }

  private static String terms(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    ts.close();
    return String.join(" ", out);
  }
}
