package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import org.winnow.settings.Settings;

/**
 * The rule that marks a shingle as one outlet's template: prose boilerplate (newsletter calls,
 * "about us" blurbs) that leaked past classification and would otherwise join every pair of
 * unrelated stories from that outlet. A shingle is template on a host when at least {@code
 * dedup.template_min_pages} of the host's pages carry it and more than {@code
 * dedup.template_host_fraction} of them do. Syndicated text is safe: one outlet carries one story a
 * handful of times, far below both bounds.
 *
 * <pre>{@code
 * guard.isTemplate(180, 200); // true: on 90% of the host's 200 pages
 * guard.isTemplate(3, 200);   // false: three versions of one story
 * }</pre>
 */
public final class TemplateGuard implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int minPages;
  private final double hostFraction;

  public TemplateGuard(Settings settings) {
    this.minPages = settings.get(DedupSettings.TEMPLATE_MIN_PAGES);
    this.hostFraction = settings.get(DedupSettings.TEMPLATE_HOST_FRACTION);
  }

  /** Whether hosts with {@code hostPages} pages can have template shingles at all. */
  public boolean canHaveTemplate(int hostPages) {
    return hostPages >= minPages;
  }

  /** The fewest pages of a host with {@code hostPages} pages that make a shingle template. */
  public int pagesNeeded(int hostPages) {
    int byFraction = (int) Math.floor(hostFraction * hostPages) + 1;
    return Math.max(minPages, byFraction);
  }

  /** Whether a shingle on {@code pagesWithShingle} of a host's {@code hostPages} is template. */
  public boolean isTemplate(int pagesWithShingle, int hostPages) {
    return pagesWithShingle >= pagesNeeded(hostPages);
  }

  /** One 64-bit key for (host, shingle): template shingles are looked up by it. */
  public static long key(String host, long shingle) {
    return Hashing.xxh3_64(Shingler.SEED).hashLongLongToLong(hostKey(host), shingle);
  }

  /** The 64-bit key of a host name. */
  public static long hostKey(String host) {
    return Hashing.xxh3_64(Shingler.SEED).hashCharsToLong(host);
  }
}
