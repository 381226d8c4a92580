package org.winnow.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate pairs a bucket yields when a new batch is deduplicated against an earlier run's
 * sketches: the same pairs a full run would make (each member with the bucket's longest and
 * shortest member and with its neighbours by length; each member of an exact-content group with its
 * smallest id), minus those between two earlier documents, which the earlier run already decided.
 *
 * <pre>{@code
 * BatchPairs.anchored(List.of(old("a", 90), old("b", 40), fresh("c", 60)))
 *   -> [(a, c), (b, c)]   // (a, b) is the earlier run's business
 * }</pre>
 */
public final class BatchPairs {
  private BatchPairs() {}

  /** A bucket member: its doc id, its shingle count and whether it belongs to the new batch. */
  public record Member(String docId, int shingles, boolean fresh) implements Serializable {}

  /** An unordered pair written with the smaller doc id first. */
  public record Pair(String a, String b) implements Serializable {
    public Pair {
      if (a.compareTo(b) >= 0) throw new IllegalArgumentException(a + " is not below " + b);
    }

    static Pair of(String x, String y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  private static final Comparator<Member> BY_SIZE =
      Comparator.comparingInt(Member::shingles).thenComparing(Member::docId);

  /**
   * The pairs of an LSH bucket's two anchors (most shingles and fewest, ties by doc id) with every
   * other member, and of members next to each other in that order, where at least one side is new;
   * at most 3(k - 1) for k members. The neighbours meet where a passage of stock phrases put
   * unrelated stories in one bucket and the anchors belong to none of them.
   */
  public static List<Pair> anchored(List<Member> members) {
    if (members.size() < 2) return List.of();
    Member longest = members.stream().max(BY_SIZE).orElseThrow();
    Member shortest = members.stream().min(BY_SIZE).orElseThrow();
    Set<Pair> out = new LinkedHashSet<>();
    for (Member m : members) {
      for (Member anchor : List.of(longest, shortest)) {
        if (!m.docId().equals(anchor.docId()) && (m.fresh() || anchor.fresh())) {
          out.add(Pair.of(anchor.docId(), m.docId()));
        }
      }
    }
    List<Member> bySize = new ArrayList<>(members);
    bySize.sort(BY_SIZE);
    for (int i = 1; i < bySize.size(); i++) {
      Member a = bySize.get(i - 1);
      Member b = bySize.get(i);
      if (!a.docId().equals(b.docId()) && (a.fresh() || b.fresh())) {
        out.add(Pair.of(a.docId(), b.docId()));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The pairs of a group of documents with identical content: each member with the smallest doc id,
   * where at least one side is new.
   */
  public static List<Pair> exactStar(List<Member> members) {
    if (members.size() < 2) return List.of();
    Member min = members.stream().min(Comparator.comparing(Member::docId)).orElseThrow();
    List<Pair> out = new ArrayList<>();
    for (Member m : members) {
      if (!m.docId().equals(min.docId()) && (m.fresh() || min.fresh())) {
        out.add(new Pair(min.docId(), m.docId()));
      }
    }
    return out;
  }
}
