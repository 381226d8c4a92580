package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the canonical policy weighs about one copy.
 *
 * @param publishedAt null when unknown
 * @param byline null when unknown
 * @param shingles content shingles after the template guard (completeness)
 * @param paragraphs content paragraphs (completeness, second)
 */
public record CanonicalCandidate(
    String docId,
    String url,
    String host,
    String byline,
    Instant publishedAt,
    int shingles,
    int paragraphs)
    implements Serializable {

  /** The candidate for {@code facts} with {@code shingles} content shingles. */
  public static CanonicalCandidate of(CopyFacts facts, int shingles) {
    return new CanonicalCandidate(
        facts.docId(),
        facts.url(),
        facts.host(),
        facts.byline(),
        facts.publishedAt(),
        shingles,
        facts.paragraphs().size());
  }
}
