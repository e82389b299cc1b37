package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.TextSpan;
import java.util.Objects;

/**
 * A document number found or parsed by {@link DocumentNumberParser}: its text, its canonical form
 * and its parts.
 *
 * <p>Immutable and thread-safe. Absent parts are {@code null}.
 *
 * @param text the number as written ({@code 06 - NQ/TU}, {@code Số: /QĐ-UBND} for a draft)
 * @param span where it stands in the text it was found in
 * @param number the canonical number ({@code 06-NQ/TU}), {@code null} when the serial is blank
 * @param serial the serial as written ({@code 06}), {@code null} when blank
 * @param year the year of a legal normative number ({@code 2023} in {@code 13/2023/NQ-HĐND})
 * @param type the canonical type abbreviation ({@code NQ}, {@code TTr}), {@code null} when the
 *     number has none ({@code 295/VP-CTHĐND}, {@code 121/2025/QH15})
 * @param issuerCode the canonical issuer code ({@code HĐND}, {@code CAT(PC04)}, {@code VP-CTHĐND}),
 *     {@code null} when the number has none
 */
public record ParsedNumber(
    String text,
    TextSpan span,
    String number,
    String serial,
    String year,
    String type,
    String issuerCode) {

  /**
   * Checks the required parts.
   *
   * @param text the number as written ({@code 06 - NQ/TU}, {@code Số: /QĐ-UBND} for a draft)
   * @param span where it stands in the text it was found in
   * @param number the canonical number ({@code 06-NQ/TU}), {@code null} when the serial is blank
   * @param serial the serial as written ({@code 06}), {@code null} when blank
   * @param year the year of a legal normative number ({@code 2023} in {@code 13/2023/NQ-HĐND})
   * @param type the canonical type abbreviation ({@code NQ}, {@code TTr}), {@code null} when the
   *     number has none ({@code 295/VP-CTHĐND}, {@code 121/2025/QH15})
   * @param issuerCode the canonical issuer code ({@code HĐND}, {@code CAT(PC04)}, {@code
   *     VP-CTHĐND}), {@code null} when the number has none
   */
  public ParsedNumber {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
