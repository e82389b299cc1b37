package io.github.vanban.core.model;

/**
 * The header of an official document (EXTRACTION.md section 5): its own number, type, issuer, place
 * and date of issue, subject and signer.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param number canonical own number ({@code 205/NQ-HĐND}), {@code null} for a draft
 * @param type type abbreviation ({@code NQ}; {@code CV} for a Công văn)
 * @param typeName type name ({@code Nghị quyết})
 * @param issuer the issuing body in sentence case ({@code Hội đồng nhân dân tỉnh Quảng Ninh})
 * @param issuerParent the body above the issuer, when the header names one
 * @param place place of issue ({@code Quảng Ninh})
 * @param issued date of issue: a day ({@code 2024-12-12}), or as precise as the text gives it
 * @param subject the trích yếu line(s)
 * @param signer the signing person's name
 * @param signerTitle the signer's title without {@code KT.}/{@code TM.}/{@code Q.} prefixes
 */
public record Header(
    String number,
    String type,
    String typeName,
    String issuer,
    String issuerParent,
    String place,
    DateValue issued,
    String subject,
    String signer,
    String signerTitle) {

  /**
   * Returns the canonical text of the issue date, as JSON and the search index write it.
   *
   * @return {@code 2024-12-12}, or {@code null} when the date of issue is unknown
   */
  public String issuedText() {
    return issued == null ? null : issued.text();
  }
}
