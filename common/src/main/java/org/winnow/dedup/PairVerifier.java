package org.winnow.dedup;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.winnow.settings.Settings;

/**
 * Decides whether two documents are copies of one story from their exact shingle overlap.
 *
 * <p>A pair is a copy when its Jaccard reaches {@code dedup.jaccard_threshold} (near-identical
 * copies), or when the shorter document is mostly inside the longer one (containment at least
 * {@code dedup.containment_threshold}) and is not vanishingly small next to it ({@code
 * dedup.min_length_ratio}) — that is a trimmed copy or a brief. A story that quotes two paragraphs
 * of another has most of its own text elsewhere, so its containment stays low and it never matches.
 * With {@code dedup.max_days_apart} set, copies published further apart never match.
 *
 * <pre>{@code
 * verifier.accepts(Similarity.of(brief, full), briefDate, fullDate) // true: brief inside full
 * verifier.accepts(Similarity.of(quoting, quoted), d1, d2)          // false: 2 of 10 paragraphs
 * }</pre>
 */
public final class PairVerifier implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double jaccard;
  private final double containment;
  private final double minLengthRatio;
  private final long maxSecondsApart;
  private final int minShingles;

  public PairVerifier(Settings settings) {
    this.jaccard = settings.get(DedupSettings.JACCARD_THRESHOLD);
    this.containment = settings.get(DedupSettings.CONTAINMENT_THRESHOLD);
    this.minLengthRatio = settings.get(DedupSettings.MIN_LENGTH_RATIO);
    int days = settings.get(DedupSettings.MAX_DAYS_APART);
    this.maxSecondsApart = days == 0 ? Long.MAX_VALUE : Duration.ofDays(days).toSeconds();
    this.minShingles = settings.get(DedupSettings.MIN_SHINGLES);
  }

  /** Whether the overlap {@code s} makes a copy (dates ignored). */
  public boolean accepts(Similarity s) {
    if (Math.min(s.sizeA(), s.sizeB()) < minShingles) return false;
    if (s.jaccard() >= jaccard) return true;
    return s.containment() >= containment && s.lengthRatio() >= minLengthRatio;
  }

  /** Whether the overlap makes a copy and the dates, when both known, are close enough. */
  public boolean accepts(Similarity s, Instant a, Instant b) {
    return withinWindow(a, b) && accepts(s);
  }

  /** True unless both dates are known and further apart than the window. */
  public boolean withinWindow(Instant a, Instant b) {
    if (a == null || b == null || maxSecondsApart == Long.MAX_VALUE) return true;
    return Math.abs(a.getEpochSecond() - b.getEpochSecond()) <= maxSecondsApart;
  }

  /** The fewest content shingles a document needs to be anyone's copy. */
  public int minShingles() {
    return minShingles;
  }
}
