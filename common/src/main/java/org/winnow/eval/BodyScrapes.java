package org.winnow.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.winnow.classify.CorpusStatsBuilder;
import org.winnow.classify.Label;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.Verdict;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.sample.Article;
import org.winnow.sample.Bodies;
import org.winnow.sample.CorpusGenerator;
import org.winnow.sample.CorpusSpec;
import org.winnow.sample.Format;
import org.winnow.sample.Language;
import org.winnow.sample.TruthBlock;
import org.winnow.sample.Variety;
import org.winnow.segment.PageParser;
import org.winnow.text.TextKey;

/**
 * Flat text scrapes of real article bodies, scored against their truth: the corpus generator wraps
 * L3S-GN1's headlines and full texts ({@link L3sBodies}) in outlet furniture (spam attribution,
 * repeated headlines, related-headline lists, share, legal and about-us lines) as files of no known
 * outlet; the parser, the corpus signals (in memory, as {@link CorpusStatsBuilder} defines them)
 * and the classifier label every line. The held-out text-scrape target is measured this
 * way: the generator's own prose reads too regularly to stand in for real sentences, sub-headings
 * and briefs.
 *
 * <pre>{@code
 * BodyScrapes.score(L3sBodies.articles(dir, Part.TEST).articles(), 5, parser, classifier)
 *   -> Score[contentTp=..., contentFp=..., contentFn=..., noiseLines=..., noiseRemoved=...]
 * }</pre>
 */
final class BodyScrapes {
  private BodyScrapes() {}

  /** Articles generated per body: fewer than the stories' copies need, so no body runs out. */
  static final int ARTICLES_PER_BODY = 2;

  /**
   * A harder corpus than the first, as the held-out scrapes may be: a quarter of the
   * stories are briefs of one to three paragraphs, outlets have a few pages each (so their prose
   * repeats on few pages), and each outlet words its own prose and places it above the story,
   * before the related list or at the end.
   */
  enum Mix {
    /** Stories as long as their texts, eight outlets with many pages each. */
    PLAIN,
    /** Brief stories, thin outlets, outlets' own prose. */
    BRIEFS_THIN_OUTLETS
  }

  /** Share of brief stories in {@link Mix#BRIEFS_THIN_OUTLETS}. */
  static final double BRIEF_STORIES = 0.25;

  /**
   * Regular outlets of {@link Mix#BRIEFS_THIN_OUTLETS} per 1000 articles: about three pages each
   * (Poisson-spread, so some have one and some six), the agencies' sites many more.
   */
  static final int THIN_OUTLETS_PER_1000 = 250;

  /**
   * The corpus of {@code bodies} under {@code seed}: flat English text scrapes, no lead rewrites.
   */
  static CorpusSpec spec(List<L3sBodies.Article> bodies, long seed) {
    return spec(bodies, seed, Mix.PLAIN);
  }

  /** {@link #spec(List, long)} in {@code mix}. */
  static CorpusSpec spec(List<L3sBodies.Article> bodies, long seed, Mix mix) {
    List<Bodies.Body> texts = new ArrayList<>(bodies.size());
    for (L3sBodies.Article a : bodies) {
      texts.add(Bodies.body(a.title(), String.join("\n", a.paragraphs())));
    }
    CorpusSpec spec = CorpusSpec.of((long) bodies.size() * ARTICLES_PER_BODY, seed);
    // a rewritten lead would be the generator's own prose again
    spec =
        spec.withFormats(List.of(Format.TXT))
            .withLanguages(List.of(Language.EN))
            .withMaxOutlets(8)
            .withBadRecords(false)
            .withFlatText(true)
            .withEdits(spec.edits().withLeadRewritten(0))
            .withBodies(Bodies.of(texts));
    if (mix == Mix.BRIEFS_THIN_OUTLETS) {
      int outlets = (int) Math.max(8, spec.articles() * THIN_OUTLETS_PER_1000 / 1000);
      spec =
          spec.withOutletsPerLanguage(outlets)
              .withVariety(Variety.NONE.withBriefStories(BRIEF_STORIES).withOutletProse(true));
    }
    return spec;
  }

  /**
   * Scores the corpus of {@code bodies} under {@code seed}; when {@code misses} is not null, adds
   * to it the lines labelled against their truth, by truth kind, label and reason.
   */
  static ContentScore score(
      List<L3sBodies.Article> bodies,
      long seed,
      PageParser parser,
      ParagraphClassifier classifier,
      Map<String, List<String>> misses) {
    return score(bodies, seed, Mix.PLAIN, parser, classifier, misses);
  }

  /**
   * {@link #score(List, long, PageParser, ParagraphClassifier, Map)} of the corpus in {@code mix}.
   */
  static ContentScore score(
      List<L3sBodies.Article> bodies,
      long seed,
      Mix mix,
      PageParser parser,
      ParagraphClassifier classifier,
      Map<String, List<String>> misses) {
    List<Page> pages = new ArrayList<>();
    List<List<TruthBlock>> truths = new ArrayList<>();
    for (Iterator<Article> it = CorpusGenerator.articles(spec(bodies, seed, mix)); it.hasNext(); ) {
      Article a = it.next();
      List<TruthBlock> blocks = CorpusGenerator.blocks(a);
      String uri = "file:/scrapes/" + seed + "/" + a.id() + ".txt";
      pages.add(parser.parse(SourceRecord.text(uri, uri, CorpusGenerator.scrapeText(a, blocks))));
      truths.add(blocks);
    }
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    for (Page p : pages) census.add(p);
    ContentScore total = ContentScore.NONE;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      List<Verdict> verdicts = classifier.classify(page, census.statsFor(page));
      total = total.plus(score(page, verdicts, truths.get(i), misses));
    }
    return total;
  }

  private static ContentScore score(
      Page page, List<Verdict> verdicts, List<TruthBlock> truth, Map<String, List<String>> misses) {
    Set<Long> content = new HashSet<>();
    Set<Long> noise = new HashSet<>();
    Map<Long, String> truthKind = new TreeMap<>();
    for (TruthBlock t : truth) {
      long k = TextKey.of(t.text());
      if (k == 0) continue;
      (t.label() == Label.CONTENT ? content : noise).add(k);
      truthKind.putIfAbsent(
          k, (t.label() == Label.CONTENT ? "content:" : "noise:") + t.kind().value());
    }
    noise.removeAll(content);
    Set<Long> kept = new HashSet<>();
    for (Block b : page.blocks()) {
      Verdict v = verdicts.get(b.position());
      long k = b.key();
      if (v.label() == Label.CONTENT && !v.kind().equals("title") && k != 0) kept.add(k);
      if (misses != null && k != 0) {
        String tk = truthKind.getOrDefault(k, "unknown");
        boolean keptHere = v.label() == Label.CONTENT && !v.kind().equals("title");
        if (tk.startsWith("content") != keptHere) {
          misses
              .computeIfAbsent(
                  tk + " -> " + (keptHere ? "content" : "noise"), x -> new ArrayList<>())
              .add(v.kind() + " | " + v.reason() + " | " + b.text());
        }
      }
    }
    long tp = 0;
    long fn = 0;
    for (long k : content) {
      if (kept.contains(k)) tp++;
      else fn++;
    }
    long fp = 0;
    for (long k : kept) if (!content.contains(k)) fp++;
    long removed = 0;
    for (long k : noise) if (!kept.contains(k)) removed++;
    return new ContentScore(tp, fp, fn, noise.size(), removed);
  }
}
