package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A document number cited in a text ({@code 205/NQ-HĐND}, {@code 13/2023/NQ-HĐND}, {@code
 * 18-NQ/TW}) with what the text says about the cited document.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param text the number as written
 * @param span where it stands
 * @param number canonical form (EXTRACTION.md section 1), {@code null} for a draft's blank serial
 * @param type the type abbreviation ({@code NQ}, {@code QĐ}, {@code TTr}) or {@code null}
 * @param issuerCode the issuer abbreviation ({@code HĐND}, {@code TU}) or {@code null}
 * @param typeName the noun before the number ({@code Nghị quyết}) or {@code null}
 * @param date the cited document's day ({@code ngày ...} right after it), or {@code null}
 * @param relation how the citing text relates to it
 */
public record DocumentNumber(
    String text,
    TextSpan span,
    String number,
    String type,
    String issuerCode,
    String typeName,
    DateValue date,
    Relation relation)
    implements Mention {

  /**
   * Checks the required parts.
   *
   * @param text the number as written
   * @param span where it stands
   * @param number canonical form (EXTRACTION.md section 1), {@code null} for a draft's blank serial
   * @param type the type abbreviation ({@code NQ}, {@code QĐ}, {@code TTr}) or {@code null}
   * @param issuerCode the issuer abbreviation ({@code HĐND}, {@code TU}) or {@code null}
   * @param typeName the noun before the number ({@code Nghị quyết}) or {@code null}
   * @param date the cited document's day ({@code ngày ...} right after it), or {@code null}
   * @param relation how the citing text relates to it
   */
  public DocumentNumber {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(relation, "relation");
  }
}
