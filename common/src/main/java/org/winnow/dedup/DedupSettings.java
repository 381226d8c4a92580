package org.winnow.dedup;

import org.winnow.settings.Setting;

/**
 * Settings of syndicated-copy detection: shingling, MinHash/LSH candidate generation, pair
 * verification, the per-host template guard, the giant-component guard and the canonical policy.
 */
public final class DedupSettings {
  private DedupSettings() {}

  public static final Setting<Boolean> ENABLED =
      Setting.bool("dedup.enabled", true, "group syndicated copies into stories");

  public static final Setting<Integer> SHINGLE_SIZE =
      Setting.intIn(
          "dedup.shingle_size",
          4,
          1,
          16,
          "tokens per shingle: words, or single characters in CJK scripts");

  public static final Setting<Integer> MIN_SHINGLES =
      Setting.intIn(
          "dedup.min_shingles",
          8,
          1,
          100_000,
          "content shingles (after the template guard) a document needs to join a story");

  public static final Setting<Integer> NUM_PERM =
      Setting.intIn(
          "dedup.num_perm",
          6,
          1,
          1024,
          "MinHash permutations per passage signature; at least bands x rows");

  public static final Setting<Integer> BANDS =
      Setting.intIn("dedup.bands", 3, 1, 1024, "LSH bands of each passage signature");

  public static final Setting<Integer> ROWS =
      Setting.intIn("dedup.rows", 2, 1, 64, "MinHash values per LSH band");

  public static final Setting<Integer> PASSAGE_SHINGLES =
      Setting.intIn(
          "dedup.passage_shingles",
          16,
          1,
          100_000,
          "mean shingles of a passage, the content-defined run of shingles signed together");

  public static final Setting<Integer> MAX_BUCKET =
      Setting.intIn(
          "dedup.max_bucket",
          5000,
          2,
          1_000_000,
          "LSH buckets with more documents are skipped and counted, never paired");

  public static final Setting<Integer> CROWDED_BUCKET =
      Setting.intIn(
          "dedup.crowded_bucket",
          64,
          2,
          1_000_000,
          "LSH buckets with more documents (a passage many stories share) pair each member only"
              + " with its neighbours by length, not with the bucket's longest and shortest");

  public static final Setting<Double> MIN_SUPPORT =
      Setting.doubleIn(
          "dedup.min_support",
          0.05,
          0.0,
          1.0,
          "a candidate pair is verified only when the LSH buckets that paired it number at least"
              + " this share of the shorter document's band keys (and at least one): copies meet in"
              + " the buckets of every passage they share, stories quoting one stock passage in a"
              + " few; 0 = verify every pair");

  public static final Setting<Double> JACCARD_THRESHOLD =
      Setting.doubleIn(
          "dedup.jaccard_threshold",
          0.5,
          0.0,
          1.0,
          "a verified pair with this shingle Jaccard is a copy whatever its lengths");

  public static final Setting<Double> CONTAINMENT_THRESHOLD =
      Setting.doubleIn(
          "dedup.containment_threshold",
          0.6,
          0.0,
          1.0,
          "share of the shorter copy's shingles found in the longer one that makes a trimmed copy");

  public static final Setting<Integer> LEAD_SHINGLES =
      Setting.intIn(
          "dedup.lead_shingles",
          24,
          0,
          100_000,
          "shingles of a text's lead (its first paragraphs up to this many); a match by"
              + " containment alone needs most of one text's lead in the other, which keeps apart"
              + " a short story quoting two paragraphs of another (or quoted by a longer one);"
              + " 0 = no such check");

  public static final Setting<Double> SCATTERED_LEAD_CONTAINMENT =
      Setting.doubleIn(
          "dedup.scattered_lead_containment",
          0.75,
          0.0,
          1.0,
          "containment a match needs when one text's lead is in the other but not in its lead: a"
              + " long story holds most stock phrases of news writing, so a short different story"
              + " finds its lead and most of its text in it scattered");

  public static final Setting<Double> ALIGNED_CONTAINMENT =
      Setting.doubleIn(
          "dedup.aligned_containment",
          0.75,
          0.0,
          1.0,
          "share of the shorter text (of two on different outlets) covered by long runs it shares"
              + " with the longer one in the same order, typos bridged, that makes a copy whatever"
              + " the leads: a copy whose lead was rewritten, while a quote is a short run; 0 = no"
              + " such check");

  public static final Setting<Integer> HEADLINE_MAX_SHINGLES =
      Setting.intIn(
          "dedup.headline_max_shingles",
          160,
          0,
          100_000,
          "a text of at most this many shingles (a brief, a third) is a copy of a text on another"
              + " outlet that runs under the same headline (or that headline under a label like"
              + " 'UPDATE 2:') and is filed from the same dateline, whatever their text shares: a"
              + " brief whose whole lead was rewritten; so is one filed from the same dateline whose"
              + " lead tells the other's headline in its words, one lead's figure in the other:"
              + " a re-headlined copy or a scrape without a title; 0 = never by headline");

  public static final Setting<Integer> HEADLINE_MIN_WORDS =
      Setting.intIn(
          "dedup.headline_min_words",
          4,
          1,
          100,
          "words a headline needs to count as evidence of a copy ('Photos', 'Live updates' never"
              + " do); headlines an outlet repeats on its pages like a template paragraph never do");

  public static final Setting<Integer> HEADLINE_DAYS_APART =
      Setting.intIn(
          "dedup.headline_days_apart",
          10,
          0,
          100_000,
          "texts published further apart (when both dates are known) are never copies by headline"
              + " and dateline alone: a generic headline recurs over the months; 0 = no window");

  public static final Setting<Double> MIN_LENGTH_RATIO =
      Setting.doubleIn(
          "dedup.min_length_ratio",
          0.02,
          0.0,
          1.0,
          "shorter/longer shingle count below which containment alone never makes a copy");

  public static final Setting<Integer> MAX_DAYS_APART =
      Setting.intIn(
          "dedup.max_days_apart",
          0,
          0,
          100_000,
          "copies published further apart (when both dates are known) never match; 0 = no window");

  public static final Setting<Integer> TEMPLATE_MIN_PAGES =
      Setting.intIn(
          "dedup.template_min_pages",
          5,
          2,
          1_000_000,
          "a shingle is outlet template only when at least this many pages of one host carry it");

  public static final Setting<Double> TEMPLATE_HOST_FRACTION =
      Setting.doubleIn(
          "dedup.template_host_fraction",
          0.1,
          0.0,
          1.0,
          "... and more than this share of that host's pages");

  public static final Setting<Integer> TEMPLATE_FLOOR_PAGES =
      Setting.intIn(
          "dedup.template_floor_pages",
          3,
          2,
          1_000_000,
          "on an outlet too small for template_min_pages, a whole paragraph on at least this many"
              + " and half of its pages is template");

  public static final Setting<Integer> TEMPLATE_SAMPLE =
      Setting.intIn(
          "dedup.template_sample",
          8,
          1,
          1024,
          "the template guard counts one shingle in this many (by hash); 1 counts them all");

  public static final Setting<Integer> DRIVER_EDGES =
      Setting.intIn(
          "dedup.driver_edges",
          1_000_000,
          0,
          50_000_000,
          "verified copy pairs up to this many are joined into stories on the driver (about 200"
              + " bytes a pair there); more are joined by distributed rounds that never hold them in"
              + " one place; 0 = always distributed");

  public static final Setting<Integer> VERIFY_SLICE_PAIRS =
      Setting.intIn(
          "dedup.verify_slice_pairs",
          500_000,
          1,
          1_000_000_000,
          "candidate pairs verified in one slice: verification runs in as many slices as the"
              + " pairs need (at most one per partition), each slice's shipped evidence (about 1 KB"
              + " a pair) deleted before the next, so local disk holds one slice's, not the run's");

  public static final Setting<Integer> GIANT_COMPONENT =
      Setting.intIn(
          "dedup.giant_component",
          2,
          1,
          100_000_000,
          "components larger than this are re-checked: divided into stories whose every member is"
              + " a copy of the story's most complete text; the default 2 re-checks every story,"
              + " which also cuts chains through a brief that two different stories both contain");

  public static final Setting<Integer> MAX_RESPLIT =
      Setting.intIn(
          "dedup.max_resplit",
          2000,
          2,
          1_000_000,
          "re-checked components up to this size are divided in memory into stories; larger ones"
              + " are only checked member by member against their canonical copy, and members"
              + " that fail become stories of their own");

  public static final Setting<java.util.List<String>> AGENCY_HOSTS =
      Setting.list(
          "dedup.agency_hosts",
          "apnews.com,ap.org,reuters.com,afp.com,dpa.com,efe.com,ansa.it,upi.com,pa.media,aap.com.au,"
              + "kyodonews.net,xinhuanet.com,aa.com.tr",
          "hosts of wire agencies whose own copy is canonical; subdomains match, * is a wildcard");

  public static final Setting<java.util.List<String>> AGENCY_BYLINES =
      Setting.list(
          "dedup.agency_bylines",
          "Associated Press,AP,Reuters,AFP,Agence France-Presse",
          "words in a byline that credit a wire agency (whole words, any case)");

  public static final Setting<java.util.List<String>> CANONICAL_ORDER =
      Setting.of(
          "dedup.canonical_order",
          "agency,earliest,most_complete",
          "criteria that pick a story's canonical copy, in order, before a stable hash of the"
              + " doc id (comma-separated: agency, earliest, most_complete)",
          CanonicalPolicy::parseOrder);
}
