package org.winnow.classify;

import java.io.Serializable;

/**
 * What the whole corpus says about one block's normalised text, counted in Spark over the run.
 *
 * <pre>{@code
 * // a wire paragraph run once by each of 3 outlets, and a network's corrections note on 12 pages
 * new BlockStats(1, 3, 0, 3).pagesPerHost()   -> 1.0   (travels with one article)
 * new BlockStats(4, 3, 0, 12).pagesPerHost()  -> 4.0   (travels with many articles)
 * }</pre>
 *
 * @param hostPages pages of this page's host that carry the text (this page included)
 * @param hosts distinct hosts that carry the text (this host included)
 * @param titlePages pages of the corpus whose title normalises to this text, or that list it as a
 *     headline ({@link ListedHeadlines}; this page excluded)
 * @param pages pages of the whole corpus that carry the text, all hosts (this page included)
 * @param storyPages the most pages carrying the text that tell one story ({@link StorySample}):
 *     about all of them for a syndicated paragraph, one for furniture that rides along with a
 *     different article on every page
 */
public record BlockStats(int hostPages, int hosts, int titlePages, int pages, int storyPages)
    implements Serializable {
  /** A text seen only on this page. */
  public static final BlockStats UNIQUE = new BlockStats(1, 1, 0, 1);

  public BlockStats {
    // a page carrying the text is one of the pages and one of its host's pages
    pages = Math.max(pages, Math.max(hostPages, hosts));
    storyPages = Math.max(1, Math.min(storyPages, pages));
  }

  /** Stats without story keys: every page carrying the text counts as telling one story. */
  public BlockStats(int hostPages, int hosts, int titlePages, int pages) {
    this(hostPages, hosts, titlePages, pages, Integer.MAX_VALUE);
  }

  /** These stats with {@code titlePages} one fewer: a page's own title does not count. */
  public BlockStats withoutOneTitle() {
    return new BlockStats(hostPages, hosts, titlePages - 1, pages, storyPages);
  }

  /**
   * Pages carrying the text per host carrying it: about 1 for an article's text (each outlet runs a
   * story once, a few times with updates), many for an outlet's or a network's furniture, which
   * rides along with every article of each site.
   */
  public double pagesPerHost() {
    return (double) pages / Math.max(1, hosts);
  }
}
