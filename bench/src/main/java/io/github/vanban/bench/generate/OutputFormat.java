package io.github.vanban.bench.generate;

/** The file formats the generator writes, with the share of the folder each takes. */
enum OutputFormat {
  /** Plain UTF-8 text, as a converted document. */
  TXT("txt", 20),
  /** Markdown with bold header lines, headings and pipe tables. */
  MD("md", 10),
  /** A web page with navigation boilerplate around the document, its header in a table. */
  HTML("html", 20),
  /** Word 2007+ with the two-column header in a borderless table (Apache POI XWPF). */
  DOCX("docx", 25),
  /** Born-digital PDF with the two-column header, in an embedded Unicode font (Apache PDFBox). */
  PDF("pdf", 25);

  private final String extension;
  private final int share;

  OutputFormat(String extension, int share) {
    this.extension = extension;
    this.share = share;
  }

  /** Returns the file name extension, without the dot. */
  String extension() {
    return extension;
  }

  /** Returns the format of draw {@code percent} (0 to 99) by the shares above. */
  static OutputFormat byShare(int percent) {
    int sum = 0;
    for (OutputFormat f : values()) {
      sum += f.share;
      if (percent < sum) {
        return f;
      }
    }
    return PDF;
  }
}
