package org.winnow.sample;

import java.util.List;

/**
 * A news site: its host, its page template and the furniture it repeats on every page.
 *
 * <pre>{@code
 * outlet.host()    // -> "dailyherald-example.com"
 * outlet.family()  // -> PageFamily.SEMANTIC
 * outlet.legal()   // -> ["All material on this website is protected by copyright ...", ...]
 * }</pre>
 *
 * @param host host name, always under an {@code -example} domain
 * @param name the outlet's display name
 * @param language the language it publishes in
 * @param family its HTML template family
 * @param agency whether it is a news agency's own site
 * @param nav navigation menu entries
 * @param legal about-us, corrections and legal prose, the same on every page
 * @param copyright the copyright line
 * @param cookie the cookie notice, or null when the outlet shows none
 * @param newsletter the newsletter pitch, or null
 * @param share share-button labels
 * @param relatedHeading the heading above its list of other headlines
 * @param scrape which furniture leaks into a text scrape of its pages
 * @param typos whether its copies of wire stories carry OCR-like typos
 * @param urlStyle which of the URL layouts it uses
 * @param charset the encoding of its pages: UTF-8, or windows-1252 at some older sites
 * @param prosePlace where its text scrapes show its newsletter pitch and its about-us, corrections
 *     and legal prose
 */
public record Outlet(
    String host,
    String name,
    Language language,
    PageFamily family,
    boolean agency,
    List<String> nav,
    List<String> legal,
    String copyright,
    String cookie,
    String newsletter,
    List<String> share,
    String relatedHeading,
    ScrapeStyle scrape,
    boolean typos,
    int urlStyle,
    java.nio.charset.Charset charset,
    ProsePlace prosePlace) {

  /** Where a text scrape shows the outlet's own prose, relative to the story. */
  public enum ProsePlace {
    /** After the story and its share line, before the related headlines: the sample's place. */
    BEFORE_RELATED,
    /** Above the story, after the byline and dateline. */
    ABOVE_STORY,
    /** At the very end, after the related headlines. */
    END
  }

  /**
   * What a text scrape of the outlet's pages keeps besides the story, as in scraped news dumps.
   *
   * @param byline a byline line before the story
   * @param spam a "This news data comes from:http://..." attribution line
   * @param titleRepeat the title again as a line inside the story
   * @param ads "Advertisement" lines between paragraphs
   * @param share a line of share-button labels
   * @param related a "- headline" list of other stories at the end
   * @param legal the outlet's legal prose at the end
   * @param dateline a dateline line after the byline
   */
  public record ScrapeStyle(
      boolean byline,
      boolean spam,
      boolean titleRepeat,
      boolean ads,
      boolean share,
      boolean related,
      boolean legal,
      boolean dateline) {}
}
