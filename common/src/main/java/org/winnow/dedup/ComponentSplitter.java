package org.winnow.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides one connected component of verified copy pairs into stories around pivots: the copies
 * that most other members are copies of.
 *
 * <p>Chains join different stories: a brief that two stories both contain, a story that quotes
 * another's paragraphs. Every pair of members is verified once. A member's standing is how much of
 * the members it matches it could stand for: each counts 1, or the ratio of their lengths when the
 * other is the longer one. The wire text that every copy matches ranks first, an edited copy that
 * some copies no longer match lower, and a brief, which only longer texts match, last, even when it
 * is the one text two stories both contain. Ranking by standing rather than by the canonical policy
 * matters: the earliest copy may be a brief or a copy with a rewritten lead and typos, which the
 * story's other edited copies do not match although each matches the wire text. Members are taken
 * by standing (then in the {@link CanonicalPolicy}'s order): a member joins the pivot it matches
 * best (highest Jaccard, then the earlier pivot) among those whose stories it also agrees with (it
 * matches at least {@link #MIN_STORY_SHARE} of their members) — so a brief inside two stories joins
 * the one whose length is nearer its own —, or whose members it matches at least {@link
 * #MIN_STORY_SHARE_WITHOUT_PIVOT} of though not the pivot, or whose pivot it nearly equals ({@link
 * PairVerifier#nearIdentical}) whatever the rest of the story says, else it becomes a pivot itself.
 * A pivot left alone then joins the one story all its matches lie in if they are longer copies
 * other than that story's pivot ({@link #adoptStrays}). Each story's canonical copy is chosen by
 * the policy among its own members. A component of more than {@link #MAX_RANKED} members is divided
 * in the policy's order instead, each member checked against the pivots only. The result depends
 * only on the members, never on their order.
 *
 * <pre>{@code
 * splitter.split(List.of(full, brief, quoting)) // {full=full, brief=full, quoting=quoting}
 * }</pre>
 */
public final class ComponentSplitter implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The share of a story's members a copy its pivot accepts must also match to join it: a story
   * quoting another can match one copy whose edits made it look like the quote's setting (a
   * rewritten lead of stock phrases), hardly a quarter of them; a copy of the story matches most.
   */
  static final double MIN_STORY_SHARE = 0.25;

  /**
   * The share of a story's members a copy must match to join it without matching its pivot: a story
   * quoting another matches hardly a quarter of its copies, a copy most of them.
   */
  static final double MIN_STORY_SHARE_WITHOUT_PIVOT = 0.5;

  /**
   * The most members a component may have to be divided by standing, which verifies every pair of
   * them; a wire story rarely has more copies in one run.
   */
  static final int MAX_RANKED = 256;

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
    return split(members, (a, b) -> false);
  }

  /**
   * Which pairs of a component's members verification already accepted, each member named by its
   * place in the list given to {@link #placements}; asked of two members in either order.
   */
  @FunctionalInterface
  public interface Verified {
    boolean test(int a, int b);
  }

  /** {@link #placements} keyed by doc id. */
  public Map<String, Placement> split(List<Member> members, Verified verified) {
    Placement[] placed = placements(members, verified);
    Map<String, Placement> out = new HashMap<>();
    for (int m = 0; m < placed.length; m++) out.put(members.get(m).docId(), placed[m]);
    return out;
  }

  /**
   * Every member's story, in the order of {@code members}, given pairs already known to verify:
   * {@code verified} says of two members whether {@link PairVerifier#verify} accepted them, and a
   * pair it names is not verified again. The stage knows every candidate pair that verified, most
   * of a component's copies, and their verification is the dearest (an accepted pair's overlap is
   * counted to the end, a rejected one's given up early). Only pairs of different lengths are taken
   * on its word: verification is symmetric but for which of two texts of one length reads as the
   * shorter one in {@link Alignment}, so such a pair is checked in the splitter's own order, as
   * without it.
   */
  public Placement[] placements(List<Member> members, Verified verified) {
    int n = members.size();
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) sorted[i] = i;
    Comparator<CanonicalCandidate> byCandidate = policy.order();
    Arrays.sort(
        sorted,
        (a, b) -> byCandidate.compare(members.get(a).candidate(), members.get(b).candidate()));
    // byPolicy.get(i) is members.get(given[i])
    int[] given = new int[n];
    List<Member> byPolicy = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      given[i] = sorted[i];
      byPolicy.add(members.get(given[i]));
    }
    // a larger component is no one story but a chain (template, stock text): every pair of it would
    // cost n^2 verifications, so it is divided in the policy's order, each member checked against
    // the pivots only
    boolean ranked = n <= MAX_RANKED;
    BitSet[] copies = new BitSet[ranked ? n : 0];
    double[] standing = new double[n];
    for (int i = 0; i < copies.length; i++) copies[i] = new BitSet(n);
    for (int i = 0; i < copies.length; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!copies(byPolicy.get(i), byPolicy.get(j), given[i], given[j], verified)) continue;
        copies[i].set(j);
        copies[j].set(i);
        double li = byPolicy.get(i).candidate().shingles();
        double lj = byPolicy.get(j).candidate().shingles();
        standing[i] += lj <= li ? 1 : li / lj;
        standing[j] += li <= lj ? 1 : lj / li;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    // a stable sort on byPolicy's indices: equal standing keeps the policy's order
    Arrays.sort(order, (a, b) -> Double.compare(standing[b], standing[a]));
    List<Integer> pivots = new ArrayList<>();
    List<BitSet> stories = new ArrayList<>();
    int[] storyOf = new int[n];
    for (int m : order) {
      int best = -1;
      double bestJaccard = -1;
      for (int p = 0; p < pivots.size(); p++) {
        int pivot = pivots.get(p);
        boolean joins =
            ranked
                ? joins(copies[m], pivot, stories.get(p))
                : verifier.verify(byPolicy.get(m).evidence(), byPolicy.get(pivot).evidence());
        boolean matchesPivot = ranked && copies[m].get(pivot);
        if (!joins && !matchesPivot) continue;
        double jaccard =
            PairVerifier.similarity(byPolicy.get(m).evidence(), byPolicy.get(pivot).evidence())
                .jaccard();
        // a near-identical copy of the pivot is its story, however few of the story's edited copies
        // it matches: they are the pivot's copies, and it is almost the pivot
        if (!joins && !verifier.nearIdentical(jaccard)) continue;
        if (jaccard > bestJaccard) {
          best = p;
          bestJaccard = jaccard;
        }
      }
      if (best < 0) {
        best = pivots.size();
        pivots.add(m);
        stories.add(new BitSet(n));
      }
      stories.get(best).set(m);
      storyOf[m] = best;
    }
    if (ranked) adoptStrays(byPolicy, copies, pivots, stories, storyOf);
    List<CanonicalChoice> choices = new ArrayList<>();
    for (BitSet story : stories) {
      if (story.isEmpty()) {
        choices.add(null);
        continue;
      }
      List<CanonicalCandidate> candidates = new ArrayList<>();
      story.stream().forEach(i -> candidates.add(byPolicy.get(i).candidate()));
      choices.add(policy.choose(candidates));
    }
    Placement[] out = new Placement[n];
    for (int m = 0; m < n; m++) {
      int s = storyOf[m];
      out[given[m]] = new Placement(choices.get(s), byPolicy.get(pivots.get(s)).docId(), s == 0);
    }
    return out;
  }

  /**
   * Whether {@code a} and {@code b} (given as members {@code ia} and {@code ib}) verify, taking
   * {@code verified}'s word where it holds.
   */
  private boolean copies(Member a, Member b, int ia, int ib, Verified verified) {
    if (a.evidence().open().length != b.evidence().open().length && verified.test(ia, ib)) {
      return true;
    }
    return verifier.verify(a.evidence(), b.evidence());
  }

  /**
   * Moves each member left alone in its story into the one other story holding every copy it
   * matches, when each of those is longer than it and none is that story's pivot. A copy trimmed
   * under a rewritten lead can match only another trimmed copy whose new lead came out alike, too
   * few of its story's copies to join, and nothing else: it is theirs. A story quoting another
   * matches the pivot, which holds every passage of the story, and a long story quoting a trimmed
   * copy is longer than it; both stay apart. Decided on the stories as first formed, so the moves
   * do not depend on one another.
   */
  private static void adoptStrays(
      List<Member> byPolicy,
      BitSet[] copies,
      List<Integer> pivots,
      List<BitSet> stories,
      int[] storyOf) {
    int[] target = new int[storyOf.length];
    Arrays.fill(target, -1);
    for (int m = 0; m < storyOf.length; m++) {
      if (stories.get(storyOf[m]).cardinality() != 1 || copies[m].isEmpty()) continue;
      int only = -1;
      int length = byPolicy.get(m).candidate().shingles();
      for (int o = copies[m].nextSetBit(0); o >= 0; o = copies[m].nextSetBit(o + 1)) {
        if ((only >= 0 && storyOf[o] != only) || byPolicy.get(o).candidate().shingles() <= length) {
          only = -2;
          break;
        }
        only = storyOf[o];
      }
      if (only >= 0 && !copies[m].get(pivots.get(only))) target[m] = only;
    }
    for (int m = 0; m < storyOf.length; m++) {
      if (target[m] < 0) continue;
      stories.get(storyOf[m]).clear(m);
      stories.get(target[m]).set(m);
      storyOf[m] = target[m];
    }
  }

  /**
   * Whether a member with the copies {@code matches} joins the story of {@code pivot}: it matches
   * at least {@link #MIN_STORY_SHARE} of the story's members and the pivot itself, or, when the
   * pivot's edits and its own leave too little in common (a brief with a rewritten lead against a
   * copy with typos), at least {@link #MIN_STORY_SHARE_WITHOUT_PIVOT} of them.
   */
  private static boolean joins(BitSet matches, int pivot, BitSet story) {
    double share = share(matches, story);
    return share >= MIN_STORY_SHARE
        && (matches.get(pivot) || share >= MIN_STORY_SHARE_WITHOUT_PIVOT);
  }

  /** The share of {@code story}'s members that {@code matches} holds. */
  private static double share(BitSet matches, BitSet story) {
    BitSet shared = (BitSet) story.clone();
    shared.and(matches);
    return (double) shared.cardinality() / story.cardinality();
  }
}
