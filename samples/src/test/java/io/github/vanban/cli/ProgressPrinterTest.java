package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.search.index.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private static Progress at(int done, int seconds) {
    return new Progress(done, 100, done / 10, Duration.ofSeconds(seconds));
  }

  @Test
  void plainOutputPrintsALineEveryInterval() {
    ProgressPrinter p =
        new ProgressPrinter(new PrintWriter(err), false, Duration.ofSeconds(10), now::get);
    p.progress(at(1, 1));
    now.set(Duration.ofSeconds(10).toNanos());
    p.progress(at(20, 10));
    now.set(Duration.ofSeconds(15).toNanos());
    p.progress(at(30, 15));
    p.finish();
    assertEquals(
        "vanban: indexed 20/100 files (20%), 2.0 files/s, ETA 0:40, 2 not indexed\n",
        err.toString());
  }

  @Test
  void terminalOutputRedrawsOneLine() {
    ProgressPrinter p =
        new ProgressPrinter(new PrintWriter(err), true, Duration.ofSeconds(10), now::get);
    now.set(Duration.ofSeconds(1).toNanos());
    p.progress(at(5, 1));
    p.progress(at(100, 1));
    p.finish();
    assertEquals(
        "\r\u001B[Kindexed 5/100 files (5%), 5.0 files/s, ETA 0:19"
            + "\r\u001B[Kindexed 100/100 files (100%), 100.0 files/s, ETA 0:00, 10 not indexed\n",
        err.toString());
  }

  @Test
  void clockFormatsMinutesAndHours() {
    assertEquals("0:05", ProgressPrinter.clock(Duration.ofSeconds(5)));
    assertEquals("2:03:04", ProgressPrinter.clock(Duration.ofSeconds(7384)));
  }
}
