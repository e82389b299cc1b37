package io.github.vanban.core.model;

/**
 * A field of the {@link Header} that may be read with less than full confidence, named as the JSON
 * of {@code vanban extract --json} names it.
 */
public enum HeaderField {
  /** The document's own number ({@code 205/NQ-HĐND}). */
  NUMBER("number"),
  /** The type of document, its abbreviation and name. */
  TYPE("type"),
  /** The issuing body. */
  ISSUER("issuer"),
  /** The date of issue. */
  ISSUED("issued"),
  /** The trích yếu line(s). */
  SUBJECT("subject"),
  /** The signing person's name. */
  SIGNER("signer");

  private final String jsonName;

  HeaderField(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the field's name in the header object of the JSON output.
   *
   * @return {@code number}, {@code type}, {@code issuer}, {@code issued}, {@code subject} or {@code
   *     signer}
   */
  public String jsonName() {
    return jsonName;
  }
}
