package org.winnow.sample;

/**
 * How often syndication edits each copy of a wire story: the shares {@link CopyEditor} draws its
 * edits with, and how many outlets scan with typos. The defaults are the mix the bundled sample was
 * written with; harder mixes stress copy detection in one direction at a time.
 *
 * <pre>{@code
 * EditMix.DEFAULT.withBrief(0.2).withTypoRate(1.0 / 20)
 * // one copy in five cut to its lead paragraph; one word in twenty misread at typo outlets
 * }</pre>
 *
 * @param typoOutlets share of (non-agency) outlets whose copies carry OCR-like typos
 * @param typoRate share of the longer words misread at such an outlet
 * @param trimThird share of copies (of stories with at least four paragraphs) cut to their first
 *     third
 * @param trimHalf share of such copies cut to their first half
 * @param brief share of copies cut to their lead paragraph alone, drawn after the trims
 * @param leadRewritten share of copies whose lead is rewritten
 * @param wholeLead share of rewritten leads whose whole first paragraph is new (otherwise only its
 *     first sentence is)
 * @param quoting weight of stories quoting two paragraphs of an earlier wire story among all
 *     stories (wire and the outlets' own stories share the rest as 55:33)
 */
public record EditMix(
    double typoOutlets,
    double typoRate,
    double trimThird,
    double trimHalf,
    double brief,
    double leadRewritten,
    double wholeLead,
    double quoting) {

  /** The mix of the bundled sample. */
  public static final EditMix DEFAULT = new EditMix(0.2, 1.0 / 70, 0.12, 0.13, 0, 0.2, 0, 0.12);

  public EditMix {
    check("typo outlets", typoOutlets);
    check("typo rate", typoRate);
    check("trim third", trimThird);
    check("trim half", trimHalf);
    check("brief", brief);
    check("lead rewritten", leadRewritten);
    check("whole lead", wholeLead);
    check("quoting", quoting);
    if (trimThird + trimHalf > 1) {
      throw new IllegalArgumentException(
          "trim third + trim half must be at most 1, got " + (trimThird + trimHalf));
    }
  }

  private static void check(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be a share in [0, 1], got " + share);
    }
  }

  public EditMix withTypoOutlets(double v) {
    return new EditMix(v, typoRate, trimThird, trimHalf, brief, leadRewritten, wholeLead, quoting);
  }

  public EditMix withTypoRate(double v) {
    return new EditMix(
        typoOutlets, v, trimThird, trimHalf, brief, leadRewritten, wholeLead, quoting);
  }

  public EditMix withTrimThird(double v) {
    return new EditMix(
        typoOutlets, typoRate, v, trimHalf, brief, leadRewritten, wholeLead, quoting);
  }

  public EditMix withTrimHalf(double v) {
    return new EditMix(
        typoOutlets, typoRate, trimThird, v, brief, leadRewritten, wholeLead, quoting);
  }

  public EditMix withBrief(double v) {
    return new EditMix(
        typoOutlets, typoRate, trimThird, trimHalf, v, leadRewritten, wholeLead, quoting);
  }

  public EditMix withLeadRewritten(double v) {
    return new EditMix(typoOutlets, typoRate, trimThird, trimHalf, brief, v, wholeLead, quoting);
  }

  public EditMix withWholeLead(double v) {
    return new EditMix(
        typoOutlets, typoRate, trimThird, trimHalf, brief, leadRewritten, v, quoting);
  }

  public EditMix withQuoting(double v) {
    return new EditMix(
        typoOutlets, typoRate, trimThird, trimHalf, brief, leadRewritten, wholeLead, v);
  }
}
