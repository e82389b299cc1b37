package io.github.vanban.extract;

/** A file format vanban reads, detected from the bytes by {@link FormatDetector}. */
public enum Format {
  /** Portable Document Format. */
  PDF("pdf"),
  /** Office Open XML word processing (Word 2007 and later). */
  DOCX("docx"),
  /** Word 97-2003 binary. */
  DOC("doc"),
  /** Rich Text Format. */
  RTF("rtf"),
  /** HTML or XHTML. */
  HTML("html"),
  /** Plain text or Markdown in any supported encoding. */
  TEXT("txt");

  private final String shortName;

  Format(String shortName) {
    this.shortName = shortName;
  }

  /**
   * Returns the short name used in JSON output ({@code pdf}, {@code docx}).
   *
   * @return the lower-case short name, never null
   */
  public String shortName() {
    return shortName;
  }
}
