package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Damaged copies of valid inputs (cut at any byte, bytes overwritten) must still read to an end
 * without an exception and without looping. The seed is fixed so a failure reproduces.
 */
class CorruptInputTest {
  private static final int VARIANTS = 300;

  @Test
  void damagedPlainWarcsReadToAnEndWithoutThrowing() throws IOException {
    assertSurvivesDamage(
        Warcs.warc(
            Warcs.request("https://e.com/"),
            Warcs.htmlResponse("https://e.com/1"),
            Warcs.conversion("https://e.com/1", "Text.\nMore.")),
        "file:/f.warc");
  }

  @Test
  void damagedGzipWarcsReadToAnEndWithoutThrowing() throws IOException {
    assertSurvivesDamage(
        Warcs.warc(
            WarcCompression.GZIP,
            Warcs.request("https://e.com/"),
            Warcs.htmlResponse("https://e.com/1"),
            Warcs.htmlResponse("https://e.com/2")),
        "file:/f.warc.gz");
  }

  @Test
  void damagedJsonLinesReadToAnEndWithoutThrowing() throws IOException {
    String line = "{\"url\":\"https://e.com/\",\"text\":\"One.\\nTwo.\",\"date\":\"2020-01-02\"}\n";
    assertSurvivesDamage(Warcs.utf8(line.repeat(5)), "file:/f.jsonl");
  }

  private static void assertSurvivesDamage(byte[] valid, String uri) {
    SplittableRandom random = new SplittableRandom(20261126L);
    for (int v = 0; v < VARIANTS; v++) {
      byte[] damaged = damage(valid, random);
      Drain d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Drain.of(damaged, uri));
      // every item stands for at least one byte of input: a stream cannot repeat itself forever
      assertThat(d.items.size()).isLessThanOrEqualTo(Math.max(1, damaged.length));
    }
  }

  private static byte[] damage(byte[] valid, SplittableRandom random) {
    byte[] b =
        random.nextBoolean()
            ? Arrays.copyOf(valid, random.nextInt(valid.length + 1))
            : valid.clone();
    int flips = random.nextInt(1, 6);
    for (int i = 0; i < flips && b.length > 0; i++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }
}
