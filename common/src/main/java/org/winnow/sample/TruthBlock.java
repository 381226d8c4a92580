package org.winnow.sample;

import org.winnow.classify.Label;

/**
 * One paragraph, line or text block the generator emitted, with what it really is.
 *
 * <pre>{@code
 * new TruthBlock("Share on Facebook", TruthBlock.Kind.SHARE).label() // -> Label.NOISE
 * }</pre>
 *
 * @param text the text as emitted (HTML blocks: the element's text)
 * @param kind what the block is
 */
public record TruthBlock(String text, Kind kind) {

  /** What a block is; body prose and sub-headings are the article, the rest is noise. */
  public enum Kind {
    BODY,
    HEADING,
    TITLE,
    BYLINE,
    DATELINE,
    CAPTION,
    RELATED,
    NAVIGATION,
    SHARE,
    LEGAL,
    SPAM,
    TEMPLATE,
    AD;

    /** Lower-case name as written to the truth files. */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Content for body and heading blocks, noise for everything else. */
  public Label label() {
    return kind == Kind.BODY || kind == Kind.HEADING ? Label.CONTENT : Label.NOISE;
  }
}
