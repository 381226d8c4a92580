package org.winnow.sample;

import java.time.Duration;
import java.util.Map;

/**
 * What a generation run wrote and how fast.
 *
 * <pre>{@code
 * summary.articlesPerSecond() // -> 4210.5
 * }</pre>
 *
 * @param articles articles written
 * @param stories stories they are copies of
 * @param outlets outlets (agency sites included)
 * @param byFormat articles per format
 * @param nonArticles records that are not articles (robots.txt, images, revisits, broken records)
 * @param corpusBytes bytes of the corpus files
 * @param elapsed wall time of the run
 */
public record CorpusSummary(
    long articles,
    long stories,
    int outlets,
    Map<Format, Long> byFormat,
    long nonArticles,
    long corpusBytes,
    Duration elapsed) {

  public double articlesPerSecond() {
    double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return articles / seconds;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d articles (%d stories, %d outlets, %s, %d non-articles), %.1f MB in %.1f s: %.0f"
            + " articles/s",
        articles,
        stories,
        outlets,
        byFormat,
        nonArticles,
        corpusBytes / 1e6,
        elapsed.toNanos() / 1e9,
        articlesPerSecond());
  }
}
