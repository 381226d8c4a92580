package org.winnow.jobs.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.winnow.dedup.CopyFacts;

/** Random prose for small hand-built dedup cases: paragraphs of 40 pseudo-words. */
final class Prose {
  static final Instant T0 = Instant.parse("2018-07-16T10:00:00Z");

  private Prose() {}

  /** {@code count} paragraphs, the same for the same seed, sharing nothing with other seeds. */
  static List<String> paragraphs(long seed, int count) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        if (w > 0) sb.append(' ');
        for (int c = 0; c < 3 + r.nextInt(5); c++) sb.append((char) ('a' + r.nextInt(26)));
      }
      out.add(sb.append('.').toString());
    }
    return out;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static CopyFacts doc(String id, String host, int minutesAfter, String byline, List<String> text) {
    return CopyFacts.ofText(id, host, T0.plusSeconds(60L * minutesAfter), byline, text);
  }
}
