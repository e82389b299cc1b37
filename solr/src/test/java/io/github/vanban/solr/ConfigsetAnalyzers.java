package io.github.vanban.solr;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The analyzers of the configset's field types, built as Solr builds them: from the tokenizer and
 * filter SPI names and attributes of {@code schema.xml}, looked up by Lucene in this class's own
 * class loader. {@link ConfigsetClassPathTest} loads it in a class loader holding only Lucene and
 * the jars docs/SOLR.md tells users to install, so the lookups find only what a node would have.
 *
 * <p>{@link #apply} takes a field type's name and a text and returns the terms; only JDK types
 * cross the class loaders.
 */
public final class ConfigsetAnalyzers implements BiFunction<String, String, List<String>> {

  private final Map<String, Analyzer> analyzers = new HashMap<>();

  /**
   * Builds the analyzer of every field type of {@code schema} that declares one.
   *
   * @param schema the configset's schema.xml
   */
  public ConfigsetAnalyzers(Path schema) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      NodeList types =
          factory.newDocumentBuilder().parse(schema.toFile()).getElementsByTagName("fieldType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        NodeList analyzer = type.getElementsByTagName("analyzer");
        if (analyzer.getLength() == 1) {
          analyzers.put(type.getAttribute("name"), build((Element) analyzer.item(0)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + schema, e);
    }
  }

  private static Analyzer build(Element analyzer) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder();
    Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
    b.withTokenizer(tokenizer.getAttribute("name"), params(tokenizer));
    NodeList filters = analyzer.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element filter = (Element) filters.item(i);
      b.addTokenFilter(filter.getAttribute("name"), params(filter));
    }
    return b.build();
  }

  /** The component's attributes but its name, as the factory's arguments. */
  private static Map<String, String> params(Element component) {
    Map<String, String> out = new HashMap<>();
    NamedNodeMap attributes = component.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      if (!name.equals("name")) {
        out.put(name, attributes.item(i).getNodeValue());
      }
    }
    return out;
  }

  /**
   * Returns the terms the analyzer of {@code fieldType} makes of {@code text}.
   *
   * @param fieldType a field type of the schema with an analyzer
   * @param text the text to analyse
   * @return its terms, in order
   */
  @Override
  public List<String> apply(String fieldType, String text) {
    Analyzer a = analyzers.get(fieldType);
    if (a == null) {
      throw new IllegalArgumentException("no analyzed field type " + fieldType);
    }
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
