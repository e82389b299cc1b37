package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.recognize.structure.StructureLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry of layer mappings, and end to end a layer of the test's own (the laws a text names,
 * {@code Luật Thống kê}) made searchable by registering its mapping, without editing the mapper.
 */
class LayerMappingsTest {

  /** The names of the laws a text cites: {@code Luật} and its words up to a date or a number. */
  static final LayerKey<List<Law>> LAWS = LayerKey.ofList("LAWS");

  /** The field of each distinct law name on the file's document, searched as one keyword. */
  static final String LAW = "law";

  /**
   * The stored law of a law document: a field name of its own, as Lucene wants one kind of field
   * per name across the index.
   */
  static final String LAW_NAME = "law_name";

  /** The kind of the document of each law mention. */
  static final String KIND_LAW = "law";

  @TempDir Path dir;

  @Test
  void theStandardMappingsRunInTheOrderTheIndexWritesThem() {
    assertEquals(
        List.of(
            Layer.HEADER,
            Layer.DATES,
            Layer.FIGURES,
            Layer.METRICS,
            Layer.REFERENCES,
            StructureLayer.STRUCTURE),
        LayerMappings.STANDARD.keys());
  }

  @Test
  void withReplacesAMappingInPlaceAndAddsANewOneLast() {
    LayerFields<List<io.github.vanban.core.model.DateMention>> dates = (v, f, d) -> {};
    LayerFields<List<Law>> laws = new LawFields();
    LayerMappings next = LayerMappings.STANDARD.with(Layer.DATES, dates).with(LAWS, laws);
    assertEquals(Layer.DATES, next.keys().get(1));
    assertSame(dates, next.fieldsOf(Layer.DATES).orElseThrow());
    assertEquals(LAWS, next.keys().get(next.keys().size() - 1));
    assertSame(laws, next.fieldsOf(LAWS).orElseThrow());
    assertTrue(LayerMappings.STANDARD.fieldsOf(LAWS).isEmpty(), "the standard one is unchanged");
    assertEquals(6, LayerMappings.STANDARD.keys().size());
  }

  @Test
  void aRegisteredLayerOfTheUsersOwnIsIndexedAndFound() throws IOException {
    Path index = index(LayerMappings.STANDARD.with(LAWS, new LawFields()));
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      assertEquals(List.of("qd-ubnd-2025-quyche.docx"), sources(s, fileWith("Luật Thống kê")));
      assertEquals(
          List.of("nq-12-2024-hdnd-tinh.docx", "qd-ubnd-2025-quyche.docx"),
          sources(s, fileWith("Luật Tổ chức chính quyền địa phương")));
      assertEquals(List.of(), sources(s, fileWith("Luật Đất đai")));
      assertEquals(
          List.of("Luật Tổ chức chính quyền địa phương", "Luật Thống kê"),
          lawDocuments(s, "qd-ubnd-2025-quyche.docx"));
    }
  }

  @Test
  void aLayerWithoutAMappingIsNotIndexed() throws IOException {
    Path index = index(LayerMappings.STANDARD);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      assertEquals(List.of(), sources(s, fileWith("Luật Thống kê")));
      assertEquals(0, s.count(new TermQuery(new Term(IndexFields.KIND, KIND_LAW))));
    }
  }

  /** Indexes two sample documents with the pipeline giving {@link #LAWS} and the mappings. */
  private Path index(LayerMappings mappings) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path samples = Path.of("..", "samples", "docs");
    for (String name : List.of("qd-ubnd-2025-quyche.docx", "nq-12-2024-hdnd-tinh.docx")) {
      Files.copy(samples.resolve(name), docs.resolve(name));
    }
    IndexerConfig config =
        IndexerConfig.DEFAULT
            .withPipeline(DefaultPipeline.create().with(new LawStage()))
            .withMappings(mappings)
            .withThreads(1);
    IndexReport report =
        new Indexer(config).index(docs, dir.resolve("index"), ProgressListener.NONE);
    assertEquals(2, report.added(), report.toString());
    return dir.resolve("index");
  }

  private static Query fileWith(String law) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)), Occur.FILTER)
        .add(new TermQuery(new Term(LAW, law)), Occur.FILTER)
        .build();
  }

  private static List<String> sources(IndexSearcher s, Query q) throws IOException {
    List<String> out = new ArrayList<>();
    StoredFields stored = s.storedFields();
    for (ScoreDoc hit : s.search(q, 10).scoreDocs) {
      out.add(stored.document(hit.doc).get(IndexFields.SOURCE));
    }
    return out.stream().sorted().toList();
  }

  /** Returns the laws of a file's law documents, in the order of the text. */
  private static List<String> lawDocuments(IndexSearcher s, String source) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.KIND, KIND_LAW)), Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.SOURCE, source)), Occur.FILTER)
            .build();
    List<String> out = new ArrayList<>();
    StoredFields stored = s.storedFields();
    Sort inIndexOrder = new Sort(SortField.FIELD_DOC);
    for (ScoreDoc hit : s.search(q, 10, inIndexOrder).scoreDocs) {
      out.add(stored.document(hit.doc).get(LAW_NAME));
    }
    return out;
  }

  /** A law cited by the text: its name as written and where it stands. */
  record Law(String name, TextSpan span) {}

  /** Gives {@link #LAWS}: each {@code Luật} followed by words up to a date, a number or a mark. */
  static final class LawStage implements Stage {

    private static final Pattern NAME = Pattern.compile("Luật(?: (?!ngày|năm|số|và)\\p{L}+)+");

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.NORMALIZED_TEXT);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(LAWS);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument doc) {
      List<Law> laws = new ArrayList<>();
      Matcher m = NAME.matcher(doc.text());
      while (m.find()) {
        laws.add(new Law(m.group(), new TextSpan(m.start(), m.end())));
      }
      return doc.with(LAWS, laws);
    }
  }

  /** Maps {@link #LAWS}: each distinct name on the file's document, and a document per mention. */
  static final class LawFields implements LayerFields<List<Law>> {

    @Override
    public void addFields(List<Law> laws, MappedFile file, Document target) {
      Set<String> names = new LinkedHashSet<>();
      laws.forEach(l -> names.add(l.name()));
      names.forEach(n -> target.add(new StringField(LAW, n, Store.NO)));
    }

    @Override
    public List<Document> documents(List<Law> laws, MappedFile file) {
      List<Document> out = new ArrayList<>();
      for (Law l : laws) {
        Document d = file.newDocument(KIND_LAW);
        d.add(new StoredField(LAW_NAME, l.name()));
        d.add(new StoredField(IndexFields.START, l.span().start()));
        out.add(d);
      }
      return out;
    }
  }
}
