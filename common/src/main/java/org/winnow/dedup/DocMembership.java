package org.winnow.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One document's place in the story clustering: its cluster, the cluster's canonical copy, how
 * close it is to that copy and which of its paragraphs it shares with it.
 *
 * <pre>{@code
 * DocMembership m = ...; // a third-trimmed copy
 * m.clusterId();              // "3f0c..." (the canonical copy's doc id)
 * m.containmentToCanonical(); // 0.97
 * m.sharedPositions();        // {4, 5, 7}: the rest of its paragraphs are local additions
 * }</pre>
 */
public final class DocMembership implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String docId;
  private final String clusterId;
  private final String canonicalDocId;
  private final double jaccardToCanonical;
  private final double containmentToCanonical;
  private final int[] sharedPositions;

  public DocMembership(
      String docId,
      String clusterId,
      String canonicalDocId,
      double jaccardToCanonical,
      double containmentToCanonical,
      int[] sharedPositions) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.clusterId = Objects.requireNonNull(clusterId, "clusterId");
    this.canonicalDocId = Objects.requireNonNull(canonicalDocId, "canonicalDocId");
    this.jaccardToCanonical = jaccardToCanonical;
    this.containmentToCanonical = containmentToCanonical;
    this.sharedPositions = sharedPositions.clone();
  }

  public String docId() {
    return docId;
  }

  /** The story's id: its canonical copy's doc id (a singleton's own id). */
  public String clusterId() {
    return clusterId;
  }

  public String canonicalDocId() {
    return canonicalDocId;
  }

  public boolean isCanonical() {
    return docId.equals(canonicalDocId);
  }

  public double jaccardToCanonical() {
    return jaccardToCanonical;
  }

  public double containmentToCanonical() {
    return containmentToCanonical;
  }

  /** Block positions of this document's content paragraphs shared with the canonical copy. */
  public int[] sharedPositions() {
    return sharedPositions.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocMembership m
        && docId.equals(m.docId)
        && clusterId.equals(m.clusterId)
        && canonicalDocId.equals(m.canonicalDocId)
        && Double.compare(jaccardToCanonical, m.jaccardToCanonical) == 0
        && Double.compare(containmentToCanonical, m.containmentToCanonical) == 0
        && Arrays.equals(sharedPositions, m.sharedPositions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, clusterId, canonicalDocId) * 31 + Arrays.hashCode(sharedPositions);
  }

  @Override
  public String toString() {
    return "DocMembership["
        + docId
        + " in "
        + clusterId
        + (isCanonical() ? " canonical" : "")
        + String.format(
            " J=%.3f C=%.3f shared=%s]",
            jaccardToCanonical, containmentToCanonical, Arrays.toString(sharedPositions));
  }
}
