package io.github.vanban.extract.office;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Opens an Office Open XML package safely and checks that it is a Word document.
 *
 * <p>ZIP bombs are refused by POI's {@link ZipSecureFile} thresholds, set once for the process when
 * this class loads: an entry may not inflate to more than {@value #MAX_ENTRY_BYTES} bytes, nor more
 * than {@code 1 / MIN_INFLATE_RATIO} times its compressed size; POI 5 parses the XML parts with
 * DTDs and external entities disabled. Stateless and thread-safe.
 */
final class OoxmlPackages {

  /** The largest inflated size of one ZIP entry: 256 MiB. */
  static final long MAX_ENTRY_BYTES = 256L << 20;

  /** The smallest compressed-to-inflated ratio accepted (1:100). */
  static final double MIN_INFLATE_RATIO = 0.01;

  private static final Set<String> WORD_MAIN_TYPES =
      Set.of(
          XWPFRelation.DOCUMENT.getContentType(),
          XWPFRelation.TEMPLATE.getContentType(),
          XWPFRelation.MACRO_DOCUMENT.getContentType(),
          XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private OoxmlPackages() {}

  /**
   * Opens {@code bytes} as a Word package.
   *
   * @throws ExtractionException {@code UNSUPPORTED} for a ZIP that is not a Word document, {@code
   *     TOO_LARGE} for a ZIP bomb, {@code CORRUPT} for a damaged package
   */
  static OPCPackage openWord(byte[] bytes) throws ExtractionException {
    OPCPackage pkg = open(bytes);
    try {
      PackageRelationshipCollection main =
          pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
      if (part == null || !WORD_MAIN_TYPES.contains(part.getContentType())) {
        throw new ExtractionException(
            Reason.UNSUPPORTED,
            "an Office Open XML package that is not a Word document"
                + (part == null ? "" : " (" + part.getContentType() + ")"));
      }
      return pkg;
    } catch (ExtractionException e) {
      pkg.revert();
      throw e;
    } catch (RuntimeException e) {
      pkg.revert();
      throw translate(e);
    }
  }

  private static OPCPackage open(byte[] bytes) throws ExtractionException {
    try {
      return OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (NotOfficeXmlFileException e) {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "a ZIP archive that is not an Office document", e);
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw translate(e);
    } catch (NoClassDefFoundError e) {
      // commons-compress reads zstd and xz entries only with optional codecs we do not ship; Word
      // never writes them, so such a package is hostile or foreign.
      throw new ExtractionException(
          Reason.UNSUPPORTED, "a ZIP entry compressed with a method Word does not use (zstd, xz)");
    }
  }

  /** Maps POI's failures on opening a package to a reason: bombs, missing parts, damage. */
  static ExtractionException translate(Exception e) {
    String chain = messages(e);
    if (chain.contains("zip bomb")
        || chain.contains("max entry size")
        || chain.contains("exceeds the max")
        || chain.contains("tried to allocate an array of length")) {
      return new ExtractionException(
          Reason.TOO_LARGE, "the ZIP package expands beyond the safety limits", e);
    }
    if (e instanceof EmptyFileException) {
      return new ExtractionException(Reason.NO_TEXT, "the file is empty", e);
    }
    if (chain.contains("content type part")
        || chain.contains("no valid entries")
        || chain.contains("not a valid ooxml")) {
      return new ExtractionException(
          Reason.UNSUPPORTED, "a ZIP archive that is not an Office document", e);
    }
    return new ExtractionException(Reason.CORRUPT, "damaged Word package: " + e.getMessage(), e);
  }

  private static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 4000; t = t.getCause()) {
      sb.append(' ').append(t.getMessage());
    }
    return sb.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
