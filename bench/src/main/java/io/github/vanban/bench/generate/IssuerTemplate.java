package io.github.vanban.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code issuers.tsv}: an issuer, or a kind of provincial issuer with placeholders for
 * the province ({@code {P}}), its level ({@code {L}}: tỉnh or thành phố), its Party committee
 * ({@code {U}}: Tỉnh ủy or Thành ủy, code {@code {C}}); a {@code ^} after a name upper-cases it.
 *
 * <p>Immutable and thread-safe.
 */
record IssuerTemplate(
    boolean perProvince,
    boolean party,
    int weight,
    List<String> texts,
    String code,
    List<Issuer.DocumentType> types,
    List<String> signature) {

  private static final String CITY = "TP ";

  /** Parses a row; {@code typeNames} maps type abbreviations to their names. */
  static IssuerTemplate parse(String row, Map<String, String> typeNames) {
    String[] c = row.split("\t", -1);
    if (c.length != 9) {
      throw new IllegalStateException("issuers.tsv: 9 columns expected in: " + row);
    }
    List<Issuer.DocumentType> types = new ArrayList<>();
    for (String t : c[7].split(",")) {
      String code = t.replace("+year", "");
      String name = typeNames.get(code);
      if (name == null) {
        throw new IllegalStateException("issuers.tsv: unknown type " + code + " in: " + row);
      }
      types.add(new Issuer.DocumentType(code, name, t.endsWith("+year")));
    }
    return new IssuerTemplate(
        c[0].equals("PROVINCE"),
        c[1].equals("PARTY"),
        Integer.parseInt(c[2]),
        List.of(c[3], c[4], c[5]),
        c[6],
        types,
        List.of(c[8].split("\\|")));
  }

  /** Returns the issuer of {@code province} (null for a central issuer). */
  Issuer resolve(String province) {
    List<String> header = new ArrayList<>();
    for (String line : texts.subList(1, 3)) {
      if (!line.isEmpty()) {
        header.add(fill(line, province));
      }
    }
    boolean central = province == null;
    return new Issuer(
        fill(texts.get(0), province),
        header,
        fill(code, province),
        party,
        types,
        central ? "Hà Nội" : name(province),
        central ? "cả nước" : fill("{L} {P}", province),
        signature.stream().filter(s -> !s.isEmpty()).toList(),
        weight);
  }

  private static String fill(String template, String province) {
    if (province == null) {
      return template;
    }
    boolean city = province.startsWith(CITY);
    String p = name(province);
    String level = city ? "thành phố" : "tỉnh";
    String committee = city ? "Thành ủy" : "Tỉnh ủy";
    return template
        .replace("{P^}", Lexicon.upper(p))
        .replace("{P}", p)
        .replace("{L^}", Lexicon.upper(level))
        .replace("{L}", level)
        .replace("{U^}", Lexicon.upper(committee))
        .replace("{U}", committee)
        .replace("{C}", city ? "ThU" : "TU");
  }

  private static String name(String province) {
    return province.startsWith(CITY) ? province.substring(CITY.length()) : province;
  }
}
