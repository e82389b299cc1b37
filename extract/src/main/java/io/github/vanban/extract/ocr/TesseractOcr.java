package io.github.vanban.extract.ocr;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.ocrspell.OcrSyllableRepair;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Recognises page images with the {@code tesseract} command-line program (Debian packages {@code
 * tesseract-ocr tesseract-ocr-vie}).
 *
 * <p>Each page is written to a temporary PNG file, which is always deleted, and read by one {@code
 * tesseract} process with {@code -l vie}, the configured page segmentation mode and resolution, and
 * {@code OMP_THREAD_LIMIT=1}; a process that runs past the configured timeout is killed. The
 * process prints its TSV output (every word with its box and confidence), from which {@link
 * TesseractTsv} builds the text and the list of words read with low confidence, so one run gives
 * both; the text's misread tone and vowel marks are then repaired ({@link OcrSyllableRepair}),
 * which changes marks only, so the words keep their places. Whether the program and its language
 * data are installed is checked once, on first use.
 *
 * <p>Immutable apart from that cached check, and thread-safe: pages may be recognised in parallel.
 */
public final class TesseractOcr implements OcrEngine {

  private static final String INSTALL_HINT =
      "install it with: apt-get install tesseract-ocr tesseract-ocr-vie";
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  private final TesseractConfig config;
  private volatile String unavailableReason;

  /**
   * Creates an engine with {@code config}.
   *
   * @param config the program, languages, resolution and time limit; not null
   */
  public TesseractOcr(TesseractConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Returns an engine with {@link TesseractConfig#DEFAULT}: Vietnamese, 300 dpi, full pages.
   *
   * @return a new engine with the default configuration
   */
  public static TesseractOcr standard() {
    return new TesseractOcr(TesseractConfig.DEFAULT);
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration given at construction
   */
  public TesseractConfig config() {
    return config;
  }

  @Override
  public OcrText recognize(BufferedImage page) throws ExtractionException {
    Objects.requireNonNull(page, "page");
    if (!available()) {
      throw new ExtractionException(Reason.UNSUPPORTED, unavailableReason());
    }
    Path png = null;
    try {
      png = Files.createTempFile("vanban-ocr-", ".png");
      if (!ImageIO.write(page, "png", png.toFile())) {
        throw new ExtractionException(Reason.CORRUPT, "the page image cannot be written as PNG");
      }
      ProcessRunner.Result result = ProcessRunner.run(command(png), config.timeout());
      if (result.exitCode() != 0) {
        throw new ExtractionException(
            Reason.CORRUPT,
            "tesseract failed (exit " + result.exitCode() + "): " + result.stderr().strip());
      }
      return repaired(TesseractTsv.read(result.stdout()));
    } catch (IOException e) {
      throw new ExtractionException(
          Reason.UNREADABLE, "cannot run tesseract: " + e.getMessage(), e);
    } finally {
      deleteQuietly(png);
    }
  }

  /**
   * Returns {@code read} with its marks repaired; unrepaired when a repair would change the text's
   * length (a mark Tesseract printed apart from its letter), which would move the uncertain words.
   */
  private static OcrText repaired(OcrText read) {
    String text = OcrSyllableRepair.repair(read.text());
    return text.length() == read.text().length() ? new OcrText(text, read.uncertain()) : read;
  }

  @Override
  public boolean available() {
    return unavailableReason().isEmpty();
  }

  @Override
  public String unavailableReason() {
    String reason = unavailableReason;
    if (reason == null) {
      reason = probe();
      unavailableReason = reason;
    }
    return reason;
  }

  private List<String> command(Path png) {
    return List.of(
        config.executable(),
        png.toString(),
        "stdout",
        "-l",
        config.language(),
        "--psm",
        Integer.toString(config.pageSegmentation()),
        "--dpi",
        Integer.toString(config.dpi()),
        "tsv");
  }

  private String probe() {
    ProcessRunner.Result result;
    try {
      result = ProcessRunner.run(List.of(config.executable(), "--list-langs"), PROBE_TIMEOUT);
    } catch (IOException | ExtractionException e) {
      return "the tesseract program (" + config.executable() + ") cannot be run; " + INSTALL_HINT;
    }
    Set<String> installed =
        (result.stdout() + "\n" + result.stderr())
            .lines()
            .map(String::strip)
            .collect(Collectors.toSet());
    List<String> missing =
        Arrays.stream(config.language().split("\\+")).filter(l -> !installed.contains(l)).toList();
    if (result.exitCode() != 0 || !missing.isEmpty()) {
      return "tesseract has no language data for " + missing + "; " + INSTALL_HINT;
    }
    return "";
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
