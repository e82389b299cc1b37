package io.github.vanban.core.recognize.number;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.lexicon.LexiconReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicon of document types: type abbreviations ({@code NQ}, {@code QĐ}, {@code TTr}) with
 * their type names, issuer abbreviations whose spelling upper-casing cannot recover ({@code HĐND},
 * {@code TTg}), and the nouns that name a type before a number ({@code Thông báo kết luận}).
 *
 * <p>Loaded once from the resources {@code type-codes.tsv}, {@code issuer-codes.tsv} and {@code
 * type-names.txt} beside this class. Lookups ignore case and treat {@code Đ} and {@code D} as equal
 * when no entry matches exactly ({@code QD} finds {@code QĐ}, but {@code HD} stays {@code HD},
 * Hướng dẫn). Immutable and thread-safe.
 */
public final class DocumentTypes {

  private static final DocumentTypes STANDARD = load();

  private final Map<String, String> typeByUpper;
  private final Map<String, String> typeByFolded;
  private final Map<String, String> nameByType;
  private final Map<String, String> issuerPartByFolded;
  private final List<Map.Entry<String, String>> issuerFragments;
  private final List<String> nouns;
  private final List<String> namedNouns;
  private final Set<String> mixedCase;

  private DocumentTypes(
      Map<String, String> nameByType,
      Map<String, String> issuerPartByFolded,
      Map<String, String> issuerFragmentByFolded,
      List<String> nouns,
      List<String> namedNouns) {
    this.nameByType = Map.copyOf(nameByType);
    this.issuerPartByFolded = Map.copyOf(issuerPartByFolded);
    List<Map.Entry<String, String>> fragments = new ArrayList<>(issuerFragmentByFolded.entrySet());
    fragments.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
    this.issuerFragments = List.copyOf(fragments);
    Map<String, String> upper = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    for (String code : nameByType.keySet()) {
      upper.put(upper(code), code);
      folded.putIfAbsent(fold(code), code);
    }
    this.typeByUpper = Map.copyOf(upper);
    this.typeByFolded = Map.copyOf(folded);
    List<String> sorted = new ArrayList<>(nouns);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.nouns = List.copyOf(sorted);
    this.namedNouns = List.copyOf(namedNouns);
    Set<String> mixed = new HashSet<>();
    for (String code : nameByType.keySet()) {
      addIfMixed(mixed, code);
    }
    issuerPartByFolded.values().forEach(code -> addIfMixed(mixed, code));
    this.mixedCase = Set.copyOf(mixed);
  }

  private static void addIfMixed(Set<String> out, String code) {
    if (!code.equals(upper(code))) {
      out.add(upper(code));
    }
  }

  /**
   * Returns the lexicon shipped with vanban.
   *
   * @return the shared bundled lexicon
   */
  public static DocumentTypes standard() {
    return STANDARD;
  }

  private static DocumentTypes load() {
    Map<String, String> names = new LinkedHashMap<>();
    for (LexiconLine row :
        new LexiconReader("type-codes.tsv", 2, 2).readResource(DocumentTypes.class)) {
      names.putIfAbsent(row.field(0), row.field(1));
    }
    Map<String, String> parts = new HashMap<>();
    Map<String, String> fragments = new HashMap<>();
    for (LexiconLine row :
        new LexiconReader("issuer-codes.tsv", 2, 2).readResource(DocumentTypes.class)) {
      parts.put(fold(row.field(0)), row.field(0));
      if (row.field(1).equals("fragment")) {
        fragments.put(fold(row.field(0)), row.field(0));
      }
    }
    List<LexiconLine> rows =
        new LexiconReader("type-names.txt", 1, 2).readResource(DocumentTypes.class);
    List<String> nouns = rows.stream().map(r -> r.field(0)).toList();
    List<String> named =
        rows.stream().filter(r -> r.field(1, "").equals("named")).map(r -> r.field(0)).toList();
    return new DocumentTypes(names, parts, fragments, nouns, named);
  }

  /**
   * Returns the official spelling of a type abbreviation ({@code ttr} gives {@code TTr}, {@code QD}
   * gives {@code QĐ}), or empty when {@code code} is no known type.
   *
   * @param code a type abbreviation in any case, with or without diacritics
   * @return the official spelling, or empty when the type is unknown
   */
  public Optional<String> canonicalType(String code) {
    String exact = typeByUpper.get(upper(code));
    return Optional.ofNullable(exact != null ? exact : typeByFolded.get(fold(code)));
  }

  /**
   * Returns the type name of a canonical type abbreviation ({@code NQ}: Nghị quyết), if known.
   *
   * @param type a canonical type abbreviation
   * @return the Vietnamese type name, or empty when the type is unknown
   */
  public Optional<String> typeName(String type) {
    return Optional.ofNullable(nameByType.get(type));
  }

  /**
   * Returns the official spelling of one part of an issuer code: upper case, with a known
   * abbreviation restored ({@code TTG} gives {@code TTg}, {@code HDND} and {@code CTHDND} give
   * {@code HĐND} and {@code CTHĐND}). A part that already holds {@code Đ} keeps its letters.
   *
   * @param part one part of an issuer code, between {@code -} or {@code /}
   * @return the part in its official spelling
   */
  public String canonicalIssuerPart(String part) {
    String up = upper(part);
    if (up.indexOf('Đ') >= 0) {
      return up;
    }
    String known = issuerPartByFolded.get(up);
    if (known != null) {
      return known;
    }
    String out = up;
    for (Map.Entry<String, String> fragment : issuerFragments) {
      out = out.replace(fragment.getKey(), fragment.getValue());
    }
    return out;
  }

  /**
   * Returns whether {@code code} is a known abbreviation with lower-case letters ({@code TTr},
   * {@code CTr}, {@code TTg}, {@code QyĐ}), written with a capital first letter in any case after
   * it ({@code Ttr}, as OCR reads it): such a part belongs to a number although it is not all upper
   * case.
   *
   * @param code the part of a number as written
   * @return true when {@code code} is such an abbreviation
   */
  public boolean isMixedCaseAbbreviation(String code) {
    return !code.isEmpty()
        && Character.isUpperCase(code.charAt(0))
        && mixedCase.contains(upper(code));
  }

  /**
   * Returns the type nouns in their typeName capitalisation, longest first.
   *
   * @return the nouns, unmodifiable
   */
  public List<String> nouns() {
    return nouns;
  }

  /**
   * Returns the nouns that stand before a long title and then the number ({@code Luật}, {@code Pháp
   * lệnh}): {@code Luật Cán bộ, công chức số 80/2025/QH15}.
   *
   * @return the nouns, unmodifiable
   */
  public List<String> namedNouns() {
    return namedNouns;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT).replace('\u00D0', 'Đ');
  }

  static String fold(String s) {
    return upper(s).replace('Đ', 'D');
  }
}
