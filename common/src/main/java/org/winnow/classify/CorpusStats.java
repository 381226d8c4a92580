package org.winnow.classify;

import java.io.Serializable;
import java.util.Map;

/**
 * Corpus-wide facts about one page's blocks: how often each block's text repeats on its host and
 * across hosts, and how many pages its host has in the run.
 *
 * @param hostPageCount pages of this page's host in the run (at least 1)
 * @param byPosition stats of the blocks whose text is not unique, by block position; a missing
 *     position means {@link BlockStats#UNIQUE}
 */
public record CorpusStats(int hostPageCount, Map<Integer, BlockStats> byPosition)
    implements Serializable {
  /** No corpus knowledge: a page seen alone. */
  public static final CorpusStats NONE = new CorpusStats(1, Map.of());

  public CorpusStats {
    hostPageCount = Math.max(1, hostPageCount);
    byPosition = Map.copyOf(byPosition);
  }

  /** Stats of the block at {@code position}. */
  public BlockStats of(int position) {
    return byPosition.getOrDefault(position, BlockStats.UNIQUE);
  }
}
