package org.winnow.jobs.stages;

import java.io.Serializable;

/**
 * Where deduplication put one document: its story, the story's canonical copy, how close it is to
 * that copy and which of its content paragraphs it shares with it.
 *
 * @param docId the document
 * @param clusterId its story
 * @param canonicalDocId the story's canonical copy
 * @param canonical whether this document is that copy
 * @param jaccard Jaccard similarity of its content shingles to the canonical copy's (1 for itself)
 * @param containment shingles of the shorter of the two found in the other (1 for itself)
 * @param sharedPositions positions of its content blocks shared with the canonical copy
 */
public record Membership(
    String docId,
    String clusterId,
    String canonicalDocId,
    boolean canonical,
    double jaccard,
    double containment,
    int[] sharedPositions)
    implements Serializable {

  /** A document that is a story of its own. */
  public static Membership alone(String docId, int[] contentPositions) {
    return new Membership(docId, docId, docId, true, 1.0, 1.0, contentPositions);
  }
}
