package org.winnow.model;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The outlet a page counts under when the corpus is grouped by site: template paragraphs repeat
 * within an outlet, syndicated copies travel between outlets.
 *
 * <pre>{@code
 * Hosts.outletOf("https://www.example.com/a", "file:/x#0")       -> "example.com"
 * Hosts.outletOf("file:/dump/example.com/2024/a.txt", "...")      -> "example.com"
 * Hosts.outletOf("file:/dump/a.txt", "file:/dump/a.txt")          -> "\u0000file:/dump/a.txt"
 * Hosts.outletOf("file:/tmp/tmp.qwertyuiop/a.txt", "...")         -> "\u0000..."
 * }</pre>
 */
public final class Hosts {
  private Hosts() {}

  /** A folder name shaped as a domain: labels of letters, digits and hyphens, a TLD. */
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}");

  /**
   * The page's host when its URL has one; for a file scraped into folders named after sites, the
   * nearest such folder; otherwise a name of the page's own ({@code \u0000} + source), so that
   * pages of unknown origin never share an outlet.
   */
  public static String outletOf(String host, String url, String source) {
    if (host != null && !host.isEmpty()) return host;
    if (url != null && url.startsWith("file:")) {
      String path = url.substring(5);
      int end = path.lastIndexOf('/');
      while (end > 0) {
        int start = path.lastIndexOf('/', end - 1);
        String folder = path.substring(start + 1, end).toLowerCase(Locale.ROOT);
        if (isSiteName(folder)) {
          return folder.startsWith("www.") ? folder.substring(4) : folder;
        }
        end = start;
      }
    }
    return "\u0000" + source;
  }

  /**
   * Whether a folder name is a site's: shaped as a domain and ending in a public suffix, so that
   * the folders {@code mktemp} makes ({@code tmp.qwertyuiop}) or a {@code backup.old} never name an
   * outlet, which would make every page in them one outlet's template.
   */
  static boolean isSiteName(String folder) {
    if (!DOMAIN.matcher(folder).matches()) return false;
    try {
      InternetDomainName name = InternetDomainName.from(folder);
      return name.isUnderPublicSuffix();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@link #outletOf(String, String, String)} of a page. */
  public static String outletOf(Page page) {
    return outletOf(page.host(), page.url(), page.source());
  }

  /** Whether an outlet is a site's name, not the private name of a page of unknown origin. */
  public static boolean named(String outlet) {
    return outlet != null && !outlet.startsWith("\u0000");
  }

  /** The page's outlet when it has a site's name, else null: what people are shown as its host. */
  public static String shownHostOf(Page page) {
    String outlet = outletOf(page);
    return named(outlet) ? outlet : null;
  }
}
