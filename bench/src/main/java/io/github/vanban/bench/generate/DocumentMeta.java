package io.github.vanban.bench.generate;

import java.time.LocalDate;

/**
 * What identifies a generated document: drawn from the seed and the document's index alone, so that
 * any document can cite any earlier one without the generator keeping them all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the document's position in the folder, from 0
 * @param issuer who issues it
 * @param type its type
 * @param number its document number as written ({@code 12/2024/NQ-HĐND}, {@code 45-BC/TU})
 * @param issued its date of issue
 * @param subject the line after its type name ({@code về kế hoạch ...})
 * @param format the file format it is written in
 */
record DocumentMeta(
    int index,
    Issuer issuer,
    Issuer.DocumentType type,
    String number,
    LocalDate issued,
    String subject,
    OutputFormat format) {

  /** Returns the issue date as written in running text ({@code ngày 08 tháng 12 năm 2023}). */
  String issuedInWords() {
    return Words.date(issued);
  }
}
