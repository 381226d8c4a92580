package org.winnow.dedup;

import java.util.Arrays;

/**
 * Which of a copy's content paragraphs came from its canonical copy: a paragraph is shared when at
 * least half of the shingles starting in it occur in the canonical copy; the others are what this
 * outlet added (a rewritten lead, a local angle).
 *
 * <pre>{@code
 * Provenance.sharedParagraphs(copyText, canonicalSet, 3) -> {1, 2}  // paragraph 0 was rewritten
 * }</pre>
 */
public final class Provenance {
  /** Share of a paragraph's shingles that must be in the canonical copy for it to be shared. */
  public static final double MIN_SHARE = 0.5;

  private Provenance() {}

  /**
   * Indices (into the copy's paragraph list, ascending) of the paragraphs shared with the canonical
   * copy whose sorted shingle set is {@code canonicalSet}.
   */
  public static int[] sharedParagraphs(ShingledText copy, long[] canonicalSet, int paragraphs) {
    int[] total = new int[paragraphs];
    int[] found = new int[paragraphs];
    // hashed when the copy looks up at least about as many shingles as the set holds (the set is
    // usually what the copy shares with its canonical copy, so no larger than the copy)
    SetIndex index = canonicalSet.length <= 2 * copy.size() ? SetIndex.of(canonicalSet) : null;
    for (int i = 0; i < copy.size(); i++) {
      int p = copy.paragraphOf(i);
      total[p]++;
      long h = copy.hash(i);
      if (index != null ? index.contains(h) : ShingleSets.contains(canonicalSet, h)) found[p]++;
    }
    int[] out = new int[paragraphs];
    int n = 0;
    for (int p = 0; p < paragraphs; p++) {
      if (total[p] > 0 && found[p] >= MIN_SHARE * total[p]) out[n++] = p;
    }
    return Arrays.copyOf(out, n);
  }

  /** The block positions of the shared paragraphs of {@code facts}. */
  public static int[] sharedPositions(CopyFacts facts, ShingledText copy, long[] canonicalSet) {
    int[] idx = sharedParagraphs(copy, canonicalSet, facts.paragraphs().size());
    int[] pos = new int[idx.length];
    for (int i = 0; i < idx.length; i++) pos[i] = facts.position(idx[i]);
    return pos;
  }
}
