package org.winnow.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides one connected component of verified copy pairs into stories whose every member is a copy
 * of the story's pivot, the copy the {@link CanonicalPolicy} ranks first among them.
 *
 * <p>Chains join different stories: a brief that two stories both contain, a story that quotes
 * another's paragraphs. Members are taken in the policy's order (the agency's own copy, then the
 * earliest, then the most complete); a member that no earlier pivot accepts becomes a pivot itself,
 * and every other member joins the accepting pivot it overlaps best (highest Jaccard, then the
 * earlier pivot): a brief inside two stories joins the one whose length is nearer its own. Checking
 * against the original rather than the longest copy matters: two edited copies (typos, rewritten
 * leads) are further apart than each is from the wire text. Each story's canonical copy is chosen
 * by the policy among its own members. The result depends only on the members, never on their
 * order.
 *
 * <pre>{@code
 * splitter.split(List.of(full, brief, quoting)) // {full=full, brief=full, quoting=quoting}
 * }</pre>
 */
public final class ComponentSplitter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PairVerifier verifier;
  private final CanonicalPolicy policy;

  public ComponentSplitter(PairVerifier verifier, CanonicalPolicy policy) {
    this.verifier = verifier;
    this.policy = policy;
  }

  /**
   * One member of a component.
   *
   * @param evidence what verification compares of it ({@link PairVerifier#verify})
   */
  public record Member(CanonicalCandidate candidate, CopyEvidence evidence)
      implements Serializable {
    public String docId() {
      return candidate.docId();
    }
  }

  /**
   * A member's story.
   *
   * @param canonical the story's canonical copy and why it won
   * @param pivot the doc id of the story's pivot
   * @param main whether the story is the component's first (around the component's best copy)
   */
  public record Placement(CanonicalChoice canonical, String pivot, boolean main)
      implements Serializable {}

  /** Every member's story, keyed by doc id. */
  public Map<String, Placement> split(List<Member> members) {
    List<Member> order = new ArrayList<>(members);
    order.sort(Comparator.comparing(Member::candidate, policy.order()));
    List<Member> pivots = new ArrayList<>();
    Map<String, Integer> storyOf = new HashMap<>();
    for (Member m : order) {
      int best = -1;
      double bestJaccard = -1;
      for (int p = 0; p < pivots.size(); p++) {
        Member pivot = pivots.get(p);
        if (!verifier.verify(m.evidence(), pivot.evidence())) continue;
        double jaccard = PairVerifier.similarity(m.evidence(), pivot.evidence()).jaccard();
        if (jaccard > bestJaccard) {
          best = p;
          bestJaccard = jaccard;
        }
      }
      if (best < 0) {
        best = pivots.size();
        pivots.add(m);
      }
      storyOf.put(m.docId(), best);
    }
    List<List<CanonicalCandidate>> stories = new ArrayList<>();
    for (int p = 0; p < pivots.size(); p++) stories.add(new ArrayList<>());
    for (Member m : order) stories.get(storyOf.get(m.docId())).add(m.candidate());
    List<CanonicalChoice> choices = new ArrayList<>();
    for (List<CanonicalCandidate> story : stories) {
      choices.add(story.isEmpty() ? null : policy.choose(story));
    }
    Map<String, Placement> out = new HashMap<>();
    for (Member m : order) {
      int p = storyOf.get(m.docId());
      out.put(m.docId(), new Placement(choices.get(p), pivots.get(p).docId(), p == 0));
    }
    return out;
  }
}
