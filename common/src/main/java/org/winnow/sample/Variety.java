package org.winnow.sample;

/**
 * What a corpus varies beyond the sample's: stories told as briefs, and outlets that word their own
 * prose (about-us, corrections policy, newsletter pitch, legal notes) and place it where their
 * template puts it. {@link #NONE} writes the corpora made before these options byte for byte.
 *
 * <pre>{@code
 * Variety.NONE.withBriefStories(0.25).withOutletProse(true)
 * // a quarter of the stories told in one to three paragraphs; each outlet's prose its own
 * }</pre>
 *
 * @param briefStories share of stories told in one to three paragraphs, every copy of them: a real
 *     text cut to its first paragraphs (never ending on a sub-heading), a written story cut the
 *     same way; a brief is a whole short story, where {@link EditMix#brief()} cuts one copy of a
 *     longer one
 * @param outletProse whether each outlet words its prose its own way (its name, its city, its
 *     wording of the policy), shows it on its text scrapes and places it above the story, between
 *     the story and the related list, or at the very end
 */
public record Variety(double briefStories, boolean outletProse) {
  /** The sample's corpus: no brief stories, the outlets' prose as it always was. */
  public static final Variety NONE = new Variety(0, false);

  public Variety {
    if (!(briefStories >= 0 && briefStories <= 1)) {
      throw new IllegalArgumentException(
          "brief stories must be a share in [0, 1], got " + briefStories);
    }
  }

  public Variety withBriefStories(double v) {
    return new Variety(v, outletProse);
  }

  public Variety withOutletProse(boolean v) {
    return new Variety(briefStories, v);
  }
}
