package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.WordXml.attr;
import static io.github.vanban.extract.office.WordXml.children;
import static io.github.vanban.extract.office.WordXml.intVal;
import static io.github.vanban.extract.office.WordXml.is;
import static io.github.vanban.extract.office.WordXml.on;
import static io.github.vanban.extract.office.WordXml.val;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * The list definitions of a DOCX ({@code word/numbering.xml}): abstract numberings with their
 * levels, and the numbering instances ({@code w:num}) that paragraphs point to, with their level
 * and start overrides.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class DocxNumbering {

  private static final int MAX_LEVELS = 9;

  private final Map<String, List<ListLevel>> abstracts = new HashMap<>();
  private final Map<String, Instance> instances = new HashMap<>();

  private record Instance(
      String abstractId, Map<Integer, ListLevel> levels, Map<Integer, Integer> starts) {}

  /** Reads the definitions; {@code numbering} may be {@code null} when the document has none. */
  DocxNumbering(XWPFNumbering numbering) {
    if (numbering == null) {
      return;
    }
    for (XWPFAbstractNum a : numbering.getAbstractNums()) {
      Element e = (Element) a.getCTAbstractNum().getDomNode();
      abstracts.put(attr(e, "abstractNumId"), levels(e));
    }
    for (XWPFNum n : numbering.getNums()) {
      Element e = (Element) n.getCTNum().getDomNode();
      instances.put(attr(e, "numId"), instance(e));
    }
  }

  /** Returns the list place of a paragraph with {@code numId} and {@code ilvl}, if defined. */
  Optional<ListRef> ref(String numId, int ilvl) {
    Instance inst = instances.get(numId);
    if (inst == null || "0".equals(numId)) {
      return Optional.empty();
    }
    List<ListLevel> levels = new ArrayList<>(abstracts.getOrDefault(inst.abstractId(), List.of()));
    inst.levels()
        .forEach(
            (k, v) -> {
              if (k < levels.size()) {
                levels.set(k, v);
              }
            });
    if (ilvl < 0 || ilvl >= levels.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new ListRef("a" + inst.abstractId(), "n" + numId, ilvl, levels, inst.starts()));
  }

  private static List<ListLevel> levels(Element abstractNum) {
    ListLevel[] byIndex = new ListLevel[MAX_LEVELS];
    for (Element lvl : children(abstractNum)) {
      int i = ilvl(lvl);
      if (is(lvl, "lvl") && i >= 0 && i < MAX_LEVELS) {
        byIndex[i] = level(lvl);
      }
    }
    List<ListLevel> out = new ArrayList<>();
    for (ListLevel l : byIndex) {
      out.add(l != null ? l : new ListLevel(NumberFormat.NONE, "", 1, -1, false, ""));
    }
    return out;
  }

  private static Instance instance(Element num) {
    Map<Integer, ListLevel> levels = new HashMap<>();
    Map<Integer, Integer> starts = new HashMap<>();
    for (Element o : children(num)) {
      int i = ilvl(o);
      if (!is(o, "lvlOverride") || i < 0 || i >= MAX_LEVELS) {
        continue;
      }
      Element lvl = WordXml.child(o, "lvl");
      if (lvl != null) {
        levels.put(i, level(lvl));
      }
      String start = val(o, "startOverride");
      if (start != null) {
        starts.put(i, intVal(o, "startOverride", 1));
      }
    }
    return new Instance(val(num, "abstractNumId"), levels, starts);
  }

  private static ListLevel level(Element lvl) {
    String text = val(lvl, "lvlText");
    String suff = val(lvl, "suff");
    return new ListLevel(
        NumberFormat.ofOoxml(val(lvl, "numFmt")),
        text == null ? "" : text,
        intVal(lvl, "start", 0),
        intVal(lvl, "lvlRestart", -1),
        on(lvl, "isLgl"),
        "nothing".equals(suff) ? "" : " ");
  }

  private static int ilvl(Element e) {
    String v = attr(e, "ilvl");
    try {
      return v == null ? -1 : Integer.parseInt(v);
    } catch (NumberFormatException ex) {
      return -1;
    }
  }
}
