package io.github.vanban.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Scorer scorer = new Scorer();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static GoldFile gold(String annotation, Set<Category> scope, boolean header)
      throws Exception {
    return new GoldFile("x.gold.json", "real/x.pdf", scope, header, json(annotation));
  }

  /** Scores what was {@code found} (JSON, quotes written as {@code '}) against a gold file. */
  private DocumentScore score(String annotation, Set<Category> scope, boolean header, String found)
      throws Exception {
    return scorer.score(gold(annotation, scope, header), json(found), null);
  }

  @Test
  void countsMatchesMissesAndExtrasAsMultisets() throws Exception {
    DocumentScore d =
        score(
            "{'references':[{'number':'205/NQ-HĐND','relation':'BASED_ON','text':'205/NQ-HĐND'},"
                + "{'number':'12/NQ-HĐND'},{'number':'12/NQ-HĐND'}]}",
            EnumSet.of(Category.REFERENCES),
            false,
            "{'text':'Căn cứ Nghị quyết số 0205/nq-hdnd và 99/QĐ-UBND',"
                + "'references':[{'number':'0205/NQ-HDND','relation':'MENTIONS','start':21,'end':33},"
                + "{'number':'12/NQ-HĐND'},{'number':'99/QĐ-UBND','start':37,'end':47}]}");
    assertEquals(new Counts(2, 1, 1), d.counts().get(Category.REFERENCES));
    assertEquals(new Tally(0, 1), d.attributes().get("reference.relation"));
    Mismatch extra = d.mismatches().stream().filter(m -> !m.missed()).findFirst().orElseThrow();
    assertEquals("99/QD-UBND", extra.key());
    assertTrue(extra.context().contains("[99/QĐ-UBND]"), extra.context());
  }

  @Test
  void outOfScopeCategoriesAndBareYearsAreNotScored() throws Exception {
    DocumentScore d =
        score(
            "{'dates':[{'value':'2024','granularity':'YEAR'},{'value':'2024-H1','granularity':'HALF'}]}",
            EnumSet.of(Category.DATES),
            false,
            "{'dates':[{'value':'2025','granularity':'YEAR'},{'value':'2024-H1','granularity':'HALF'}],"
                + "'figures':[{'kind':'PERCENT','value':5,'unit':'%'}]}");
    assertEquals(new Counts(1, 0, 0), d.counts().get(Category.DATES));
    assertNull(d.counts().get(Category.FIGURES));
  }

  @Test
  void figuresAndMetricsMatchByValueToTenDigitsAndUnitCase() throws Exception {
    DocumentScore d =
        score(
            "{'figures':[{'kind':'MONEY','value':5.56E13,'max':null,'unit':'VND','text':'55.600 tỷ đồng'},"
                + "{'kind':'QUANTITY','value':3,'unit':'tỉnh','text':'03 tỉnh'}],"
                + "'metrics':[{'indicator':'fdi','figure':{'kind':'MONEY','value':2.8E9,'unit':'USD'},"
                + "'status':'ACTUAL','period':'2024'}]}",
            EnumSet.of(Category.FIGURES, Category.METRICS),
            false,
            "{'figures':[{'kind':'MONEY','value':55600000000000.0001,'unit':'vnd','text':'x'}],"
                + "'metrics':[{'indicator':'fdi','figure':{'kind':'MONEY','value':2.8E9,'unit':'USD'},"
                + "'status':'TARGET','period':'2024'}]}");
    assertEquals(new Counts(1, 0, 0), d.counts().get(Category.FIGURES), "a bare count is unscored");
    assertEquals(new Counts(1, 0, 0), d.counts().get(Category.METRICS));
    assertEquals(new Tally(0, 1), d.attributes().get("metric.status"));
    assertEquals(new Tally(1, 1), d.attributes().get("metric.period"));
  }

  @Test
  void headerFieldsFoldCaseSpacingAndTonePlacement() throws Exception {
    DocumentScore d =
        score(
            "{'header':{'number':'05-NQ/TU','issuer':'Ủy ban nhân dân tỉnh Hòa Bình',"
                + "'subject':'Về  kế hoạch','signer':'Nguyễn Văn A','place':null}}",
            EnumSet.noneOf(Category.class),
            true,
            "{'header':{'number':'5-NQ/TU','issuer':'UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH',"
                + "'subject':'Về kế hoạch','signer':'Nguyễn Văn B','place':'Hòa Bình'}}");
    assertEquals(4, d.header().size(), "a null gold field is not checked");
    assertEquals(new Tally(1, 1), d.header().get("issuer"));
    assertEquals(new Tally(1, 1), d.header().get("number"));
    assertEquals(new Tally(0, 1), d.header().get("signer"));
    assertEquals(1, d.headerErrors().size());
  }

  @Test
  void anUnreadDocumentFindsNothing() throws Exception {
    GoldFile g =
        gold(
            "{'metrics':[{'indicator':'fdi','figure':{'kind':'MONEY','value':1,'unit':'USD'}}]}",
            EnumSet.allOf(Category.class),
            true);
    DocumentScore d = scorer.score(g, null, "CORRUPT: damaged PDF");
    assertEquals(new Counts(0, 0, 1), d.counts().get(Category.METRICS));
    assertEquals("CORRUPT: damaged PDF", d.error());
  }
}
