package io.github.vanban.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes generated document {@code i}: its header, the legal bases and earlier generated
 * documents it cites, articles or report sections of filler prose, metric sentences and tables, and
 * its signature. The same seed and index always give the same document. Immutable and thread-safe.
 */
final class DocumentComposer {

  /** How far back a document looks for documents to cite. */
  private static final int CITATION_WINDOW = 2000;

  private static final List<String> LAWS =
      List.of(
          "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
          "Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015",
          "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015",
          "Luật Đầu tư công ngày 13 tháng 6 năm 2019",
          "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư");

  private final Lexicon lexicon;
  private final MetaFactory metas;
  private final MetricWriter metrics;
  private final ProseWriter prose;

  DocumentComposer(Lexicon lexicon, long seed, OutputFormat only) {
    this.lexicon = lexicon;
    this.metas = new MetaFactory(lexicon, seed, only);
    this.metrics = new MetricWriter(lexicon);
    this.prose = new ProseWriter(lexicon);
  }

  /** Returns document {@code i}. */
  GeneratedDocument compose(int i) {
    DocumentMeta meta = metas.meta(i);
    Random r = metas.random(i, 1);
    List<DocumentMeta> cited = citations(meta, r);
    List<Part> body = new ArrayList<>();
    int size = r.nextInt(10) == 0 ? 8 + r.nextInt(20) : 1 + r.nextInt(5);
    if (decides(meta.type())) {
      decision(meta, cited, size, r, body);
    } else {
      report(meta, cited, size, r, body);
    }
    body.add(new Part.Paragraph("Nơi nhận: - Như trên; - Lưu: VT."));
    return new GeneratedDocument(
        meta,
        meta.issuer().headerLines(),
        meta.issuer().party()
            ? List.of("ĐẢNG CỘNG SẢN VIỆT NAM")
            : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
        "Số: " + meta.number(),
        meta.issuer().place() + ", " + meta.issuedInWords(),
        Lexicon.upper(meta.type().name()),
        Words.capitalize(meta.subject()),
        body,
        signature(meta.issuer(), r),
        cited.stream().map(DocumentMeta::number).toList());
  }

  /** Earlier generated documents issued before this one, 0 to 4 of them. */
  private List<DocumentMeta> citations(DocumentMeta meta, Random r) {
    List<DocumentMeta> out = new ArrayList<>();
    int wanted = meta.index() == 0 ? 0 : r.nextInt(5);
    for (int k = 0; k < wanted; k++) {
      int j = meta.index() - 1 - r.nextInt(Math.min(meta.index(), CITATION_WINDOW));
      DocumentMeta m = metas.meta(j);
      if (m.issued().isBefore(meta.issued()) && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean decides(Issuer.DocumentType type) {
    return List.of("NQ", "QĐ", "NĐ", "TT", "CT").contains(type.code());
  }

  private void decision(
      DocumentMeta meta, List<DocumentMeta> cited, int size, Random r, List<Part> body) {
    body.add(new Part.Paragraph("Căn cứ " + Words.pick(r, LAWS) + ";"));
    for (DocumentMeta c : cited) {
      body.add(new Part.Paragraph("Căn cứ " + citation(c) + ";"));
    }
    LocalDate proposal = meta.issued().minusDays(5 + r.nextInt(20));
    body.add(
        new Part.Paragraph(
            "Xét Tờ trình số "
                + (1 + r.nextInt(400))
                + "/TTr-UBND "
                + Words.date(proposal)
                + " của cơ quan trình; ý kiến thẩm tra và ý kiến thảo luận tại kỳ họp."));
    body.add(new Part.Heading(meta.type().code().equals("NQ") ? "QUYẾT NGHỊ:" : "QUYẾT ĐỊNH:"));
    List<String> articles =
        List.of("Mục tiêu, chỉ tiêu chủ yếu", "Nhiệm vụ, giải pháp", "Tổ chức thực hiện");
    for (int k = 0; k < articles.size(); k++) {
      body.add(new Part.Heading("Điều " + (k + 1) + ". " + articles.get(k)));
      section(meta, size, r, body);
    }
    LocalDate effective = meta.issued().plusDays(10 + r.nextInt(30));
    body.add(new Part.Heading("Điều 4. Hiệu lực thi hành"));
    body.add(
        new Part.Paragraph(
            Words.capitalize(meta.type().name().toLowerCase(java.util.Locale.ROOT))
                + " này có hiệu lực từ "
                + Words.date(effective)
                + "."));
  }

  private void report(
      DocumentMeta meta, List<DocumentMeta> cited, int size, Random r, List<Part> body) {
    for (DocumentMeta c : cited) {
      body.add(
          new Part.Paragraph(
              "Thực hiện " + citation(c) + ", " + meta.issuer().name() + " báo cáo như sau:"));
    }
    List<String> sections =
        List.of("KẾT QUẢ ĐẠT ĐƯỢC", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "NHIỆM VỤ, GIẢI PHÁP");
    for (int k = 0; k < sections.size(); k++) {
      body.add(new Part.Heading(Words.roman(k + 1) + ". " + sections.get(k)));
      section(meta, size, r, body);
      if (k == 0 && r.nextInt(3) == 0) {
        body.add(metrics.table(r, 3 + r.nextInt(8), meta.issued().getYear()));
      }
    }
  }

  /** Adds {@code size} paragraphs of three to six sentences, a third of them metrics. */
  private void section(DocumentMeta meta, int size, Random r, List<Part> body) {
    int year = meta.issued().getYear();
    for (int p = 0; p < size; p++) {
      StringBuilder text = new StringBuilder();
      int sentences = 3 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        text.append(s == 0 ? "" : " ")
            .append(r.nextInt(3) == 0 ? metrics.sentence(r, year) : prose.sentence(r, meta));
      }
      body.add(new Part.Paragraph(text.toString()));
    }
  }

  /** {@code Nghị quyết số 12/2024/NQ-HĐND ngày 08 tháng 12 năm 2023 của ... về ...}. */
  private static String citation(DocumentMeta c) {
    return c.type().name()
        + " số "
        + c.number()
        + " "
        + c.issuedInWords()
        + " của "
        + c.issuer().name()
        + " "
        + c.subject();
  }

  private List<String> signature(Issuer issuer, Random r) {
    List<String> out = new ArrayList<>(issuer.signature());
    out.add("(Đã ký)");
    out.add(
        Words.pick(r, lexicon.names.get("family"))
            + " "
            + Words.pick(r, lexicon.names.get("middle"))
            + " "
            + Words.pick(r, lexicon.names.get("given")));
    return out;
  }
}
