package org.winnow.classify;

import java.io.Serializable;
import java.util.Objects;

/**
 * The decision on one paragraph.
 *
 * @param label content or noise
 * @param score confidence that the paragraph is content, 0..1
 * @param kind finer class: body, heading, byline, dateline, caption, related, navigation, share,
 *     legal, spam, title, template, ad, comment, empty...
 * @param reason short, human-readable cause, e.g. "link density 0.83 in nav"
 */
public record Verdict(Label label, double score, String kind, String reason)
    implements Serializable {
  public Verdict {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score " + score);
  }
}
