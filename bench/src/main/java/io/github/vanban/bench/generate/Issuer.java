package io.github.vanban.bench.generate;

import java.util.List;

/**
 * An issuer of generated documents, with its province resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the issuer's name in running text ({@code Ủy ban nhân dân tỉnh Quảng Ninh})
 * @param headerLines the issuer block of the header, top first
 * @param code the issuer part of its document numbers ({@code UBND}, {@code TU}, {@code QH15})
 * @param party whether it is a Party body (numbers {@code 12-NQ/TU}, the Party motto)
 * @param types the document types it issues
 * @param place the place written before the date of issue
 * @param area what its documents speak for ({@code tỉnh Quảng Ninh}, {@code cả nước})
 * @param signature the role and title lines above the signer's name
 * @param weight how often it issues a document, relative to the others
 */
record Issuer(
    String name,
    List<String> headerLines,
    String code,
    boolean party,
    List<DocumentType> types,
    String place,
    String area,
    List<String> signature,
    int weight) {

  /** Copies the lists. */
  Issuer {
    headerLines = List.copyOf(headerLines);
    types = List.copyOf(types);
    signature = List.copyOf(signature);
  }

  /**
   * A type of document an issuer issues.
   *
   * @param code the type abbreviation ({@code NQ})
   * @param name the type name ({@code Nghị quyết})
   * @param withYear whether its numbers hold the year ({@code 12/2024/NQ-HĐND})
   */
  record DocumentType(String code, String name, boolean withYear) {}
}
