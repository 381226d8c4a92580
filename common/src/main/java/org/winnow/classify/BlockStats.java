package org.winnow.classify;

import java.io.Serializable;

/**
 * What the whole corpus says about one block's normalised text, counted in Spark over the run.
 *
 * @param hostPages pages of this page's host that carry the text (this page included)
 * @param hosts distinct hosts that carry the text (this host included)
 * @param titlePages pages of the corpus whose title normalises to this text (this page excluded)
 */
public record BlockStats(int hostPages, int hosts, int titlePages) implements Serializable {
  /** A text seen only on this page. */
  public static final BlockStats UNIQUE = new BlockStats(1, 1, 0);
}
