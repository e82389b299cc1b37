package io.github.vanban.search.testing;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.search.index.IndexerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A small folder of Vietnamese documents written by the tests: two resolutions, a report, two news
 * items (one typed without diacritics), a file no extractor reads, an empty file and a hidden one.
 */
public final class TestCorpus {

  /** Files that are indexed. */
  public static final int INDEXED = 5;

  /** Files that fail: the binary and the empty one. */
  public static final int FAILING = 2;

  /** The first bytes of a PNG image: a format no extractor reads. */
  private static final byte[] PNG_HEAD = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  private TestCorpus() {}

  /** Returns an indexer configuration whose analysis uses {@link FixtureStage}. */
  public static IndexerConfig config() {
    return IndexerConfig.DEFAULT
        .withPipeline(DefaultPipeline.create().with(new FixtureStage()))
        .withThreads(2)
        .withCommits(Duration.ofSeconds(1), 2);
  }

  /** Writes the corpus into {@code dir}. */
  public static void write(Path dir) throws IOException {
    write(
        dir.resolve("nq/nq-205-2024.txt"),
        """
        HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
        Số: 205/NQ-HĐND
        Cơ quan: Hội đồng nhân dân tỉnh Quảng Ninh
        Ngày: 2024-07-10
        Trích yếu: Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024

        Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh.
        Thu hút FDI đạt trên 2,8 tỷ USD năm 2023. Tiếp tục phát triển du lịch biển đảo.
        """);
    write(
        dir.resolve("nq/nq-12-2025.txt"),
        """
        Số: 12/NQ-HĐND
        Cơ quan: Hội đồng nhân dân tỉnh Quảng Ninh
        Ngày: 2025-01-15
        Trích yếu: Về kế hoạch đầu tư công năm 2025

        Căn cứ Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh.
        Thu hút FDI phấn đấu đạt 3,5 tỷ USD năm 2025.
        """);
    write(
        dir.resolve("bc/bc-45-2024.txt"),
        """
        Số: 45/BC-UBND
        Cơ quan: Ủy ban nhân dân tỉnh Quảng Ninh
        Ngày: 2024-12-20
        Trích yếu: Tình hình kinh tế - xã hội năm 2024

        Thực hiện Nghị quyết 205/NQ-HĐND, tỉnh đã triển khai nhiều giải pháp.
        Các Nghị quyết 205/NQ-HĐND và 06-NQ/TU được quán triệt.
        Thu hút FDI ước đạt 3,1 tỷ USD năm 2024.
        Kinh tế tư nhân tăng trưởng khá; nhiều di sản văn hóa được bảo tồn.
        """);
    write(
        dir.resolve("tin/di-san.txt"),
        """
        Quảng Ninh phát triển kinh tế di sản
        Tỉnh đẩy mạnh kinh tế di sản gắn với du lịch bền vững.
        Thu hút FDI đạt 2,1 tỷ USD năm 2022.
        """);
    write(
        dir.resolve("tin/khong-dau.txt"),
        """
        Quang Ninh phat trien kinh te di san
        Tinh day manh kinh te di san gan voi du lich ben vung.
        """);
    Files.createDirectories(dir.resolve("loi"));
    Files.write(dir.resolve("loi/anh.png"), PNG_HEAD);
    Files.write(dir.resolve("loi/rong.txt"), new byte[0]);
    write(dir.resolve(".git/config"), "[core]\n");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
