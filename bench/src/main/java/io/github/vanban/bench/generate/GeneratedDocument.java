package io.github.vanban.bench.generate;

import java.util.List;

/**
 * A generated document, independent of the format it is written in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta what identifies it
 * @param issuerLines the left column of the header: the issuer block
 * @param mottoLines the right column of the header: the national or Party motto
 * @param numberLine {@code Số: 12/2024/NQ-HĐND}
 * @param placeDateLine {@code Quảng Ninh, ngày 10 tháng 7 năm 2024}
 * @param title the type name in capitals ({@code NGHỊ QUYẾT})
 * @param subject the subject line under the title
 * @param body headings, paragraphs and tables
 * @param signature the signature block, top first, the signer's name last
 * @param cited the numbers of the generated documents it cites
 */
record GeneratedDocument(
    DocumentMeta meta,
    List<String> issuerLines,
    List<String> mottoLines,
    String numberLine,
    String placeDateLine,
    String title,
    String subject,
    List<Part> body,
    List<String> signature,
    List<String> cited) {

  /** Copies the lists. */
  GeneratedDocument {
    issuerLines = List.copyOf(issuerLines);
    mottoLines = List.copyOf(mottoLines);
    body = List.copyOf(body);
    signature = List.copyOf(signature);
    cited = List.copyOf(cited);
  }
}
