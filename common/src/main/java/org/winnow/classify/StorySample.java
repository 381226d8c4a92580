package org.winnow.classify;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.winnow.model.Block;
import org.winnow.model.Page;

/**
 * Which stories the pages carrying one text tell, told apart by each page's story key (the key of
 * its longest block): a syndicated paragraph rides with one story, whose copies mostly share their
 * longest paragraph; an outlet's furniture rides with a different story on every page. Counts are
 * kept for the {@value #CAPACITY} smallest story keys only, so that a text on a million pages stays
 * small and any order of adding and merging gives the same sample.
 *
 * <pre>{@code
 * // a wire paragraph on 3 copies of story s1; a newsletter pitch on 3 pages of 3 stories
 * sample(s1, s1, s1).largestStory() -> 3
 * sample(s1, s2, s3).largestStory() -> 1
 * }</pre>
 */
public final class StorySample implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many story keys a sample counts (the smallest ones). */
  public static final int CAPACITY = 32;

  private long[] keys = new long[1];
  private int[] counts = new int[1];
  private int size;

  /** The story key of a page: the text key of its longest block, 0 when it has no text. */
  public static long storyKey(Page page) {
    int story = storyBlock(page.blocks());
    return story < 0 ? 0 : page.blocks().get(story).key();
  }

  /**
   * The index of the story block among {@code blocks}: the longest with text (a key), the smallest
   * key among equally long ones; -1 when none has text.
   */
  public static int storyBlock(List<Block> blocks) {
    int best = -1;
    long bestKey = 0;
    int bestLength = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      long k = b.key();
      if (k == 0) continue;
      int length = b.text().length();
      if (length > bestLength || (length == bestLength && k < bestKey)) {
        best = i;
        bestKey = k;
        bestLength = length;
      }
    }
    return best;
  }

  /** Counts {@code pages} more pages of story {@code storyKey}; key 0 (no text) is not counted. */
  public StorySample add(long storyKey, int pages) {
    if (storyKey == 0 || pages <= 0) return this;
    int at = Arrays.binarySearch(keys, 0, size, storyKey);
    if (at >= 0) {
      counts[at] += pages;
      return this;
    }
    int insert = -at - 1;
    if (insert >= CAPACITY) return this;
    if (size == keys.length) {
      int grown = Math.min(CAPACITY, Math.max(2, size * 2));
      if (grown > size) {
        keys = Arrays.copyOf(keys, grown);
        counts = Arrays.copyOf(counts, grown);
      }
    }
    int moved = Math.min(size, keys.length - 1) - insert;
    if (moved > 0) {
      System.arraycopy(keys, insert, keys, insert + 1, moved);
      System.arraycopy(counts, insert, counts, insert + 1, moved);
    }
    keys[insert] = storyKey;
    counts[insert] = pages;
    size = Math.min(size + 1, CAPACITY);
    return this;
  }

  /** Adds the counts of {@code other} to this sample. */
  public StorySample merge(StorySample other) {
    for (int i = 0; i < other.size; i++) add(other.keys[i], other.counts[i]);
    return this;
  }

  /** The most pages of the sample that tell one story (0 for an empty sample). */
  public int largestStory() {
    int max = 0;
    for (int i = 0; i < size; i++) max = Math.max(max, counts[i]);
    return max;
  }
}
