package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vanban.core.model.ExtractedDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing an extractor reads reaches the network: documents that point at a server on this machine
 * (a {@link ServerSocket} the test opens on 127.0.0.1) through external entities, XInclude, remote
 * images, linked style sheets and scripts, field codes and link actions are extracted, and no
 * connection arrives.
 */
class ExtractorsNetworkTest {

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private final Extractors extractors = Extractors.standard();
  private final AtomicInteger connections = new AtomicInteger();
  private ServerSocket server;
  private String url;
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    url = "http://127.0.0.1:" + server.getLocalPort() + "/";
    acceptor = new Thread(this::accept, "network-test-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    try {
      while (true) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
        }
      }
    } catch (SocketException closed) {
      // The test closed the server.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    server.close();
    acceptor.join(5_000);
  }

  @Test
  void theListenerSeesAConnectionWhenOneIsMade() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      Thread.sleep(200);
    }
    Thread.sleep(200);
    assertEquals(1, connections.get());
  }

  @Test
  void docxWithRemoteEntitiesXincludeImagesAndFieldsOpensNoConnection() throws Exception {
    String body =
        "<w:p><w:r><w:t>Nghị quyết về kế hoạch năm 2025.</w:t></w:r></w:p>"
            + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
            + url
            + "xinclude\"/>"
            + "<w:p><w:fldSimple w:instr=\"INCLUDEPICTURE &quot;"
            + url
            + "field.png&quot; \\d\"><w:r><w:t>ảnh</w:t></w:r></w:fldSimple></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>INCLUDETEXT"
            + " \""
            + url
            + "text.docx\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + "<w:p><w:hyperlink r:id=\"rLink\"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>";
    String entity = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + url + "xxe\">]>";
    assertNoConnection(docx(body, ""), "docx");
    assertNoConnection(docx(body.replace("năm 2025", "năm 2025 &xxe;"), entity), "docx+xxe");
  }

  @Test
  void htmlWithRemoteResourcesOpensNoConnection() throws Exception {
    String page =
        "<!DOCTYPE html SYSTEM \""
            + url
            + "dtd\"><html><head><base href=\""
            + url
            + "\"><link rel=stylesheet href=\""
            + url
            + "style.css\"><script src=\""
            + url
            + "app.js\"></script><meta http-equiv=refresh content=\"0;url="
            + url
            + "\"></head><body><img src=\""
            + url
            + "img.png\"><iframe src=\""
            + url
            + "frame\"></iframe><p>"
            + "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 của tỉnh. ".repeat(5)
            + "<a href=\""
            + url
            + "link\">liên kết</a></p></body></html>";
    assertNoConnection(page.getBytes(StandardCharsets.UTF_8), "html");
  }

  @Test
  void rtfWithRemoteFieldsOpensNoConnection() throws Exception {
    String rtf =
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Ngh\\u7883? quy\\u7871?t n\\u259?m 2025.\\par"
            + "{\\field{\\*\\fldinst INCLUDEPICTURE \""
            + url
            + "a.png\" \\\\d}{\\fldrslt x}}\\par"
            + "{\\field{\\*\\fldinst INCLUDETEXT \""
            + url
            + "b.rtf\"}{\\fldrslt y}}\\par"
            + "{\\field{\\*\\fldinst HYPERLINK \""
            + url
            + "c\"}{\\fldrslt li\\u234?n k\\u7871?t}}\\par}";
    assertNoConnection(rtf.getBytes(StandardCharsets.US_ASCII), "rtf");
  }

  @Test
  void pdfWithUriAndRemoteActionsOpensNoConnection() throws Exception {
    assertNoConnection(pdfWithLinks(), "pdf");
  }

  private void assertNoConnection(byte[] bytes, String what) throws Exception {
    try (BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
      ExtractedDocument doc = extractors.extract(in, ExtractContext.DEFAULT);
      assertFalse(doc.text().isEmpty(), what);
    } catch (ExtractionException e) {
      assertFalse(String.valueOf(e.getMessage()).contains("Connection"), e.getMessage());
    }
    Thread.sleep(200);
    assertEquals(0, connections.get(), what + " opened a connection to " + url);
  }

  private byte[] docx(String body, String prolog) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
            + ".document.main+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        rels(
            "<Relationship Id=\"rId1\" Type=\""
                + REL
                + "officeDocument\" Target=\"word/document.xml\"/>"));
    parts.put(
        "word/_rels/document.xml.rels",
        rels(
            "<Relationship Id=\"rLink\" Type=\""
                + REL
                + "hyperlink\" Target=\""
                + url
                + "rel-link\" TargetMode=\"External\"/><Relationship Id=\"rImg\" Type=\""
                + REL
                + "image\" Target=\""
                + url
                + "rel-image.png\" TargetMode=\"External\"/><Relationship Id=\"rFrame\" Type=\""
                + REL
                + "attachedTemplate\" Target=\""
                + url
                + "template.dotx\" TargetMode=\"External\"/>"));
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + prolog
            + "<w:document "
            + W
            + "><w:body>"
            + body
            + "</w:body></w:document>");
    return zip(parts);
  }

  private static String rels(String content) {
    return "<?xml version=\"1.0\"?><Relationships"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + content
        + "</Relationships>";
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] pdfWithLinks() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDActionURI uri = new PDActionURI();
      uri.setURI(url + "uri");
      PDAnnotationLink link = new PDAnnotationLink();
      link.setAction(uri);
      PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
      PDSimpleFileSpecification file = new PDSimpleFileSpecification();
      file.setFile(url + "remote.pdf");
      remote.setFile(file);
      PDAnnotationLink remoteLink = new PDAnnotationLink();
      remoteLink.setAction(remote);
      page.getAnnotations().add(link);
      page.getAnnotations().add(remoteLink);
      doc.getDocumentCatalog().setOpenAction(uri);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
