package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.winnow.settings.Settings;

/**
 * Picks a story's canonical copy deterministically and says why: by default the wire agency's own
 * copy (agency host, else an agency byline), then the earliest published, then the most complete
 * (most content shingles, then paragraphs), then a stable hash of the doc id. The reason names the
 * first criterion on which the winner beats the runner-up.
 *
 * <pre>{@code
 * policy.choose(List.of(apCopy, localCopy))  // -> ("d7", "agency host apnews.com")
 * policy.choose(List.of(early, late))        // -> ("d2", "earliest published 2018-07-16T10:00Z")
 * }</pre>
 *
 * <p>The order is a strict total order on doc ids, so the choice does not depend on the order
 * copies arrive in: Spark reduces clusters with {@link #merge} in any order and gets one answer.
 */
public final class CanonicalPolicy implements Serializable {
  /** Hashers are immutable and thread-safe: one serves every call. */
  private static final com.dynatrace.hash4j.hashing.Hasher64 HASHER =
      Hashing.xxh3_64(Shingler.SEED);

  private static final long serialVersionUID = 1L;

  /** One criterion of the order. */
  public enum Criterion {
    AGENCY("agency"),
    EARLIEST("earliest"),
    MOST_COMPLETE("most_complete");

    private final String word;

    Criterion(String word) {
      this.word = word;
    }

    /** The word used in {@code dedup.canonical_order}. */
    public String word() {
      return word;
    }
  }

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final List<Criterion> order;
  // globs with a wildcard as patterns; the others (most) looked up as they are
  private final List<Pattern> agencyHosts;
  private final Set<String> literalAgencyHosts;
  private final List<String> agencyHostTexts;
  private final List<Pattern> agencyBylines;
  private final List<String> agencyBylineTexts;

  public CanonicalPolicy(Settings settings) {
    List<Criterion> criteria = new ArrayList<>();
    for (String w : settings.get(DedupSettings.CANONICAL_ORDER)) criteria.add(criterion(w));
    this.order = List.copyOf(criteria);
    this.agencyHostTexts = settings.get(DedupSettings.AGENCY_HOSTS);
    List<Pattern> hosts = new ArrayList<>();
    Set<String> literal = new HashSet<>();
    for (String h : agencyHostTexts) {
      if (h.contains("*")) hosts.add(hostPattern(h));
      else literal.add(h.toLowerCase(Locale.ROOT));
    }
    this.agencyHosts = List.copyOf(hosts);
    this.literalAgencyHosts = Set.copyOf(literal);
    this.agencyBylineTexts = settings.get(DedupSettings.AGENCY_BYLINES);
    List<Pattern> bylines = new ArrayList<>();
    for (String b : agencyBylineTexts) {
      bylines.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(b) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.agencyBylines = List.copyOf(bylines);
  }

  /** Parses {@code dedup.canonical_order}: known words, each at most once. */
  static List<String> parseOrder(String text) {
    List<String> words = new ArrayList<>();
    for (String part : text.split(",")) {
      String w = part.trim();
      if (w.isEmpty()) continue;
      criterion(w);
      if (words.contains(w)) throw new IllegalArgumentException("'" + w + "' given twice");
      words.add(w);
    }
    return List.copyOf(words);
  }

  private static Criterion criterion(String word) {
    for (Criterion c : Criterion.values()) {
      if (c.word().equals(word)) return c;
    }
    throw new IllegalArgumentException(
        "unknown criterion '" + word + "' (agency, earliest, most_complete)");
  }

  /** A host glob as a pattern: {@code *} stands for any run of characters within one label. */
  private static Pattern hostPattern(String glob) {
    String[] parts = glob.toLowerCase(Locale.ROOT).split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) re.append("[^.]*");
      re.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString());
  }

  /** The agency host pattern {@code host} (or a parent domain of it) matches, or null. */
  public String agencyHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      if (literalAgencyHosts.contains(h)) return h;
      for (int i = 0; i < agencyHosts.size(); i++) {
        if (agencyHosts.get(i).matcher(h).matches()) return h;
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) return null;
      h = h.substring(dot + 1);
    }
  }

  /** The agency credit found in {@code byline}, or null. */
  public String agencyByline(String byline) {
    if (byline == null) return null;
    for (int i = 0; i < agencyBylines.size(); i++) {
      if (agencyBylines.get(i).matcher(byline).find()) return agencyBylineTexts.get(i);
    }
    return null;
  }

  private int agencyRank(CanonicalCandidate c) {
    if (agencyHost(c.host()) != null) return 2;
    return agencyByline(c.byline()) != null ? 1 : 0;
  }

  private int compare(Criterion criterion, CanonicalCandidate a, CanonicalCandidate b) {
    return compare(criterion, a, b, this::agencyRank);
  }

  private int compare(
      Criterion criterion,
      CanonicalCandidate a,
      CanonicalCandidate b,
      ToIntFunction<CanonicalCandidate> agencyRank) {
    if (criterion == Criterion.AGENCY) {
      return Integer.compare(agencyRank.applyAsInt(b), agencyRank.applyAsInt(a));
    }
    return compare(criterion, a, 0, b, 0);
  }

  /** {@link #compare(Criterion, CanonicalCandidate, CanonicalCandidate)} with known ranks. */
  private int compare(
      Criterion criterion, CanonicalCandidate a, int rankA, CanonicalCandidate b, int rankB) {
    switch (criterion) {
      case AGENCY:
        return Integer.compare(rankB, rankA);
      case EARLIEST:
        if (a.publishedAt() == null) return b.publishedAt() == null ? 0 : 1;
        if (b.publishedAt() == null) return -1;
        return a.publishedAt().compareTo(b.publishedAt());
      case MOST_COMPLETE:
        int c = Integer.compare(b.shingles(), a.shingles());
        return c != 0 ? c : Integer.compare(b.paragraphs(), a.paragraphs());
      default:
        throw new AssertionError(criterion);
    }
  }

  /** The stable tie-break: XXH3 of the doc id, then the id itself. */
  private static int compareStable(CanonicalCandidate a, CanonicalCandidate b) {
    int c = Long.compare(stableHash(a.docId()), stableHash(b.docId()));
    return c != 0 ? c : a.docId().compareTo(b.docId());
  }

  static long stableHash(String docId) {
    return HASHER.hashCharsToLong(docId);
  }

  /**
   * The policy's order: better copies first. The comparator looks up each copy's agency rank (a few
   * pattern matches) once rather than at every comparison, so it is meant for one sort or contest
   * at a time, from one thread.
   */
  public Comparator<CanonicalCandidate> order() {
    Map<CanonicalCandidate, Integer> ranks = new IdentityHashMap<>();
    ToIntFunction<CanonicalCandidate> rank = c -> ranks.computeIfAbsent(c, this::agencyRank);
    return (a, b) -> {
      for (Criterion c : order) {
        int r = compare(c, a, b, rank);
        if (r != 0) return r;
      }
      return compareStable(a, b);
    };
  }

  /** The best copy among {@code copies} (not empty) and the reason it won. */
  public CanonicalChoice choose(Collection<CanonicalCandidate> copies) {
    Contest contest = null;
    for (CanonicalCandidate c : copies) {
      contest = contest == null ? Contest.of(c) : merge(contest, Contest.of(c));
    }
    if (contest == null) throw new IllegalArgumentException("no copies to choose from");
    return decide(contest);
  }

  /**
   * The best and second-best copies seen so far: enough to name the winner and its reason. Each
   * keeps its agency rank once worked out (a few pattern matches over host and byline), so a
   * component's contest, merged once per member, ranks every member once.
   */
  public static final class Contest implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CanonicalCandidate best;
    private final CanonicalCandidate runnerUp;

    /** The agency ranks of {@link #best} and {@link #runnerUp}; {@link #UNRANKED}: not known. */
    private final int bestRank;

    private final int runnerUpRank;

    private Contest(
        CanonicalCandidate best, int bestRank, CanonicalCandidate runnerUp, int runnerUpRank) {
      this.best = best;
      this.bestRank = bestRank;
      this.runnerUp = runnerUp;
      this.runnerUpRank = runnerUpRank;
    }

    /** A contest with one entrant. */
    public static Contest of(CanonicalCandidate c) {
      return new Contest(c, UNRANKED, null, UNRANKED);
    }

    public CanonicalCandidate best() {
      return best;
    }

    /** Null when only one copy took part. */
    public CanonicalCandidate runnerUp() {
      return runnerUp;
    }
  }

  /** {@link Contest}'s mark of a rank not worked out yet. */
  private static final int UNRANKED = -1;

  /** The agency rank of {@code c}, {@code known} unless that is {@link #UNRANKED}. */
  private int rank(CanonicalCandidate c, int known) {
    return known != UNRANKED || c == null ? known : agencyRank(c);
  }

  /** Two contests as one: associative and commutative, so any reduction order agrees. */
  public Contest merge(Contest x, Contest y) {
    CanonicalCandidate[] all = {x.best, x.runnerUp, y.best, y.runnerUp};
    int[] ranks = {
      rank(x.best, x.bestRank),
      rank(x.runnerUp, x.runnerUpRank),
      rank(y.best, y.bestRank),
      rank(y.runnerUp, y.runnerUpRank)
    };
    int first = -1;
    int second = -1;
    for (int i = 0; i < all.length; i++) {
      CanonicalCandidate c = all[i];
      if (c == null
          || (first >= 0 && c.docId().equals(all[first].docId()))
          || (second >= 0 && c.docId().equals(all[second].docId()))) {
        continue;
      }
      if (first < 0 || compare(c, ranks[i], all[first], ranks[first]) < 0) {
        second = first;
        first = i;
      } else if (second < 0 || compare(c, ranks[i], all[second], ranks[second]) < 0) {
        second = i;
      }
    }
    return second < 0
        ? new Contest(all[first], ranks[first], null, UNRANKED)
        : new Contest(all[first], ranks[first], all[second], ranks[second]);
  }

  /** {@link #order()} of two copies whose agency ranks are known. */
  private int compare(CanonicalCandidate a, int rankA, CanonicalCandidate b, int rankB) {
    for (Criterion c : order) {
      int r = compare(c, a, rankA, b, rankB);
      if (r != 0) return r;
    }
    return compareStable(a, b);
  }

  /** The winner of {@code contest} and the first criterion that separated it from the rest. */
  public CanonicalChoice decide(Contest contest) {
    CanonicalCandidate w = contest.best;
    CanonicalCandidate r = contest.runnerUp;
    if (r == null) return new CanonicalChoice(w.docId(), "only copy");
    int rankW = rank(w, contest.bestRank);
    int rankR = rank(r, contest.runnerUpRank);
    for (Criterion c : order) {
      if (compare(c, w, rankW, r, rankR) < 0) return new CanonicalChoice(w.docId(), reason(c, w));
    }
    return new CanonicalChoice(w.docId(), "stable hash of doc id (copies tie on every criterion)");
  }

  private String reason(Criterion c, CanonicalCandidate w) {
    switch (c) {
      case AGENCY:
        String host = agencyHost(w.host());
        return host != null
            ? "agency host " + host
            : "agency byline '" + agencyByline(w.byline()) + "'";
      case EARLIEST:
        return "earliest published " + MINUTES.format(w.publishedAt());
      case MOST_COMPLETE:
        return "most complete copy ("
            + w.shingles()
            + " shingles, "
            + w.paragraphs()
            + " paragraphs)";
      default:
        throw new AssertionError(c);
    }
  }
}
