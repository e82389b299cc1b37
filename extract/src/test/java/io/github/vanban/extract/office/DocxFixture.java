package io.github.vanban.extract.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small DOCX packages part by part, so that a test states exactly the WordprocessingML it
 * feeds the extractor (numbering definitions, styles, footnotes, headers, a DOCTYPE).
 */
final class DocxFixture {

  static final String W_NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String CT =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private String prolog = "";
  private String body = "";
  private String numbering;
  private String styles;
  private String footnotes;
  private String header;
  private String title;
  private final Map<String, byte[]> extras = new LinkedHashMap<>();
  private final StringBuilder chunkTypes = new StringBuilder();
  private final StringBuilder chunkRels = new StringBuilder();

  /** Sets the body's block-level XML (paragraphs, tables). */
  DocxFixture body(String xml) {
    body = xml;
    return this;
  }

  /** Sets what stands between the XML declaration and the root element (a DOCTYPE). */
  DocxFixture prolog(String xml) {
    prolog = xml;
    return this;
  }

  /** Sets the children of {@code w:numbering}. */
  DocxFixture numbering(String xml) {
    numbering = xml;
    return this;
  }

  /** Sets the children of {@code w:styles}. */
  DocxFixture styles(String xml) {
    styles = xml;
    return this;
  }

  /** Sets the children of {@code w:footnotes}. */
  DocxFixture footnotes(String xml) {
    footnotes = xml;
    return this;
  }

  /** Sets the content of the page header. */
  DocxFixture header(String xml) {
    header = xml;
    return this;
  }

  /** Sets the core title property. */
  DocxFixture title(String value) {
    title = value;
    return this;
  }

  /** Adds a part that no relationship points to (padding, a bomb). */
  DocxFixture extra(String name, byte[] content) {
    extras.put(name, content);
    return this;
  }

  /**
   * Adds a part that a {@code <w:altChunk r:id="ID"/>} in the body imports: stored as {@code
   * word/NAME} with its content type.
   */
  DocxFixture altChunk(String id, String name, String contentType, byte[] content) {
    extras.put("word/" + name, content);
    override(chunkTypes, name, contentType);
    relationship(chunkRels, id, "aFChunk", name);
    return this;
  }

  /** The element that imports the chunk of relationship {@code id}. */
  static String altChunk(String id) {
    return "<w:altChunk r:id=\"" + id + "\"/>";
  }

  /** A paragraph of one run. */
  static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A numbered paragraph. */
  static String numbered(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + ilvl
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
        + text
        + "</w:t></w:r></w:p>";
  }

  /** A table whose cells hold the given paragraph XML, row by row. */
  static String table(String[]... rows) {
    StringBuilder sb = new StringBuilder("<w:tbl>");
    for (String[] row : rows) {
      sb.append("<w:tr>");
      for (String cell : row) {
        sb.append("<w:tc>").append(cell).append("</w:tc>");
      }
      sb.append("</w:tr>");
    }
    return sb.append("</w:tbl>").toString();
  }

  /** Returns the package's bytes. */
  byte[] bytes() {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder();
    StringBuilder rels = new StringBuilder();
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + prolog
            + "<w:document "
            + W_NS
            + "><w:body>"
            + body
            + "</w:body></w:document>");
    part(parts, types, rels, "numbering", numbering, "numbering", "numbering+xml");
    part(parts, types, rels, "styles", styles, "styles", "styles+xml");
    part(parts, types, rels, "footnotes", footnotes, "footnotes", "footnotes+xml");
    part(parts, types, rels, "header1", header, "header", "header+xml");
    types.append(chunkTypes);
    rels.append(chunkRels);
    String rootRels =
        "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "officeDocument\""
            + " Target=\"word/document.xml\"/>";
    if (title != null) {
      parts.put(
          "docProps/core.xml",
          "<?xml version=\"1.0\"?><cp:coreProperties"
              + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
              + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
              + title
              + "</dc:title></cp:coreProperties>");
      types.append(
          "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-package.core-properties+xml\"/>");
      rootRels +=
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
              + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>";
    }
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
            + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
            + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
            + CT
            + "document.main+xml\"/>"
            + types
            + "</Types>");
    parts.put("_rels/.rels", rels(rootRels));
    parts.put("word/_rels/document.xml.rels", rels(rels.toString()));
    Map<String, byte[]> all = new LinkedHashMap<>();
    parts.forEach((k, v) -> all.put(k, v.getBytes(StandardCharsets.UTF_8)));
    all.putAll(extras);
    return zipBytes(all);
  }

  private static void part(
      Map<String, String> parts,
      StringBuilder types,
      StringBuilder rels,
      String name,
      String content,
      String relType,
      String contentType) {
    if (content == null) {
      return;
    }
    String root =
        switch (relType) {
          case "header" -> "hdr";
          default -> relType;
        };
    parts.put(
        "word/" + name + ".xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:"
            + root
            + " "
            + W_NS
            + ">"
            + content
            + "</w:"
            + root
            + ">");
    override(types, name + ".xml", CT + contentType);
    relationship(rels, "r" + name, relType, name + ".xml");
  }

  /** Appends the content type of the part {@code word/NAME}. */
  private static void override(StringBuilder types, String name, String contentType) {
    types
        .append("<Override PartName=\"/word/")
        .append(name)
        .append("\" ContentType=\"")
        .append(contentType)
        .append("\"/>");
  }

  /** Appends a relationship of the document to the part {@code word/TARGET}. */
  private static void relationship(StringBuilder rels, String id, String type, String target) {
    rels.append("<Relationship Id=\"")
        .append(id)
        .append("\" Type=\"")
        .append(REL)
        .append(type)
        .append("\" Target=\"")
        .append(target)
        .append("\"/>");
  }

  private static String rels(String content) {
    return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/relationships\">"
        + content
        + "</Relationships>";
  }

  /** Zips text parts, in order. */
  static byte[] zip(Map<String, String> parts) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    parts.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(bytes);
  }

  /** Zips binary parts, in order. */
  static byte[] zipBytes(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
