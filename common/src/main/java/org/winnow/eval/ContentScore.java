package org.winnow.eval;

/**
 * Paragraphs labelled against a truth, counted by normalised text within each article, and the
 * content precision, recall and F1 and the share of noise removed they give.
 *
 * <pre>{@code
 * new ContentScore(9, 1, 1, 20, 19).f1()                 -> 0.9
 * new ContentScore(9, 1, 1, 20, 19).noiseRemovedShare()  -> 0.95
 * }</pre>
 *
 * @param contentTp truth content paragraphs kept as content
 * @param contentFp paragraphs kept as content that the truth calls noise or does not know
 * @param contentFn truth content paragraphs not kept
 * @param noiseLines truth noise paragraphs
 * @param noiseRemoved of those, not kept as content
 */
public record ContentScore(
    long contentTp, long contentFp, long contentFn, long noiseLines, long noiseRemoved) {

  /** Nothing counted yet. */
  public static final ContentScore NONE = new ContentScore(0, 0, 0, 0, 0);

  /** These counts and {@code o}'s added up. */
  public ContentScore plus(ContentScore o) {
    return new ContentScore(
        contentTp + o.contentTp,
        contentFp + o.contentFp,
        contentFn + o.contentFn,
        noiseLines + o.noiseLines,
        noiseRemoved + o.noiseRemoved);
  }

  public double precision() {
    return contentTp + contentFp == 0 ? 1 : (double) contentTp / (contentTp + contentFp);
  }

  public double recall() {
    return contentTp + contentFn == 0 ? 1 : (double) contentTp / (contentTp + contentFn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double noiseRemovedShare() {
    return noiseLines == 0 ? 1 : (double) noiseRemoved / noiseLines;
  }
}
