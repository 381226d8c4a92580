package org.winnow.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A cheap first test of a candidate pair: a fixed-size sample of the shorter document's shingles,
 * looked up in the longer one's set, passes the pair on to {@link PairVerifier#verify} only when
 * enough of it is there.
 *
 * <p>Why: most candidate pairs are stories that share a stock passage and never verify, and a
 * document's whole evidence (its sets, leads and reading order, kilobytes) would otherwise travel
 * to every partition holding one of its partners. The sample is the {@code sampleSize} smallest
 * hashes of the open set (the whole set when it is smaller): shingle hashes are uniform, so it is a
 * random sample of the text, the same wherever it is taken. A pair {@link PairVerifier#verify}
 * accepts shares at least {@link PairVerifier#leastContainment} of the shorter set; the screen asks
 * a third of that of the sample, which a pair at the verifier's floor fails about once in ten
 * thousand with 64 samples (a copy, which shares far more, practically never). Pairs on one outlet
 * always pass: they are compared by their strict sets, which the sample does not stand for.
 *
 * <pre>{@code
 * ContainmentScreen screen = new ContainmentScreen(verifier, 64);
 * long[] s = screen.sample(brief);                      // 64 of the brief's open shingles
 * screen.passes(brief.host(), s, fullStory);            // true: most of them are in the story
 * screen.passes(brief.host(), s, storySharingOneLine);  // false
 * }</pre>
 */
public final class ContainmentScreen implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int sampleSize;
  private final double share;

  /**
   * @param verifier the verifier whose least containment the screen keeps below
   * @param sampleSize shingles sampled from the shorter document
   */
  public ContainmentScreen(PairVerifier verifier, int sampleSize) {
    if (sampleSize < 1) throw new IllegalArgumentException("sample size must be positive");
    this.sampleSize = sampleSize;
    this.share = verifier.leastContainment() / 3;
  }

  /** The sample of {@code e}'s open set that {@link #passes} looks up: its smallest hashes. */
  public long[] sample(CopyEvidence e) {
    long[] open = e.open();
    return open.length <= sampleSize ? open : Arrays.copyOf(open, sampleSize);
  }

  /**
   * Whether the pair of a document on {@code host} whose {@link #sample} is {@code sample} and the
   * longer document {@code longer} may verify: on one outlet always, else when at least a third of
   * the verifier's least containment of the sample is in {@code longer}'s open set.
   */
  public boolean passes(String host, long[] sample, CopyEvidence longer) {
    if (host.equals(longer.host())) return true;
    int need = (int) Math.ceil(share * sample.length - 1e-9);
    int hits = 0;
    long[] set = longer.open();
    for (int i = 0; i < sample.length && hits < need; i++) {
      if (ShingleSets.contains(set, sample[i])) hits++;
    }
    return hits >= need;
  }
}
