package io.github.vanban.core.model;

import java.util.Map;

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
 * @param confidence how sure the reading of each field is (0 to 1), for the fields read from text
 *     OCR was unsure of; a field not named here was read with full confidence
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
    String signerTitle,
    Map<HeaderField, Double> confidence) {

  /**
   * Copies the confidences and checks each lies within 0..1.
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
   * @param confidence how sure the reading of each field is (0 to 1), for the fields read from text
   *     OCR was unsure of; {@code null} or empty when every field was read with full confidence
   */
  public Header {
    confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    confidence.forEach(
        (field, value) -> {
          if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                "confidence of " + field + " must be within 0..1, was " + value);
          }
        });
  }

  /**
   * A header read with full confidence.
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
  public Header(
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
    this(
        number,
        type,
        typeName,
        issuer,
        issuerParent,
        place,
        issued,
        subject,
        signer,
        signerTitle,
        Map.of());
  }

  /**
   * Returns how sure the reading of a field is.
   *
   * @param field the field
   * @return from 0 to 1; 1 when the field was read with full confidence
   */
  public double confidence(HeaderField field) {
    return confidence.getOrDefault(field, 1.0);
  }

  /**
   * Returns a copy with other confidences.
   *
   * @param value how sure the reading of each field is; fields not named are certain
   * @return a new header with the same fields
   */
  public Header withConfidence(Map<HeaderField, Double> value) {
    return new Header(
        number,
        type,
        typeName,
        issuer,
        issuerParent,
        place,
        issued,
        subject,
        signer,
        signerTitle,
        value);
  }

  /**
   * Returns the canonical text of the issue date, as JSON and the search index write it.
   *
   * @return {@code 2024-12-12}, or {@code null} when the date of issue is unknown
   */
  public String issuedText() {
    return issued == null ? null : issued.text();
  }
}
