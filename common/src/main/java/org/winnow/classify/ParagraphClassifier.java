package org.winnow.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.lang.Stopwords;
import org.winnow.lang.TextStats;
import org.winnow.model.Block;
import org.winnow.model.Hosts;
import org.winnow.model.Page;
import org.winnow.segment.TextScrapes;
import org.winnow.settings.Settings;
import org.winnow.text.RequiredPrefixes;
import org.winnow.text.TextKey;

/**
 * Labels every block of a page content or noise, with a score, a kind and a reason a person can
 * read.
 *
 * <p>The rules, in order: hard furniture (scraper attribution, the title repeated, navigation,
 * footer and other noisy regions named by tags, ARIA roles or class/id words, furniture phrases);
 * jusText's context-free classes from length, link density and stopword density (or punctuation for
 * languages without a stoplist); the JSON-LD {@code articleBody} as a prior; the corpus signals
 * (template repeated on a host, syndicated across hosts, other pages' titles); jusText's context
 * smoothing and headings before good text; and a fallback so that a page with prose, or a main
 * container of short lines, never comes out empty.
 *
 * <pre>{@code
 * ParagraphClassifier c = new ParagraphClassifier(Settings.defaults());
 * c.classify(page, CorpusStats.NONE)
 *   -> [Verdict[CONTENT 0.90 title "the page title"],
 *       Verdict[NOISE 0.05 navigation "inside <nav>"],
 *       Verdict[CONTENT 0.90 body "412 chars, stopwords 0.41, link density 0.00"], ...]
 * }</pre>
 *
 * <p>Thread-safe and serializable; holds only settings.
 */
public final class ParagraphClassifier implements Serializable {
  private static final long serialVersionUID = 1L;

  // jusText's published defaults, in characters (see field notes §1)
  private static final double MAX_LINK_DENSITY = 0.2;
  private static final int LENGTH_LOW = 70;
  private static final int LENGTH_HIGH = 200;
  // jusText's 0.30 / 0.32 assume its own long stoplists; Lucene's Snowball lists are shorter, and
  // on the L3S-GN1 train split 0.20 / 0.26 separate article text from furniture best
  private static final double STOPWORDS_LOW = 0.20;
  private static final double STOPWORDS_HIGH = 0.26;

  /** A person spoken of in the third person, in the languages news is mostly written in. */
  private static final Pattern PERSONAL_PRONOUN =
      Pattern.compile("(?iu)\\b(he|she|his|her|him|er|sie|sein|seine|ihr|ihre|il|elle|él|ella)\\b");

  private static final int MAX_HEADING_DISTANCE = 200;

  /**
   * Furniture recognised by its words that scrapers set between an article's lines (an ad, a spam
   * line, the title repeated, a date): the article may go on below it.
   */
  private static final Set<String> TAIL_PASSES = Set.of("ad", "spam", "title", "dateline", "empty");

  /**
   * A wire dateline on a line of its own: the place in capitals (its state or country after a
   * comma, the agency in brackets) and the dash that joins it to the lead ("LONDON --", "RENO, Nev.
   * --", "KABUL (AFP) -"); scrapes turn the dash into '?' when they lose its encoding.
   */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\p{M}'’. -]*\\p{Lu}\\.?(,\\s*\\p{Lu}[\\p{L}.]*(\\s+\\p{Lu}[\\p{L}.]*)?)?"
              + "(\\s*\\([\\p{L} .-]{1,25}\\))?\\s*(-{1,2}|—|–|\\?)");

  /** Furniture that gathers below a story: what a footer is made of. */
  // not ads: scrapes insert them between the story's paragraphs
  private static final Set<String> FOOTER_KINDS = Set.of("template", "legal", "share");

  /**
   * A reader comment's signature: who posted it and when ("Posted by: jim | January 14, 2008 07:20
   * PM", "… Posted by rupert on January 10, 2008 4:52 PM Report this comment", "Anna says:").
   */
  private static final Pattern COMMENT_SIGNATURE =
      Pattern.compile(
          "(?i)\\b(posted|submitted|comment(ed)?|written) by\\b.{0,80}?(\\d{1,2}[:.]\\d{2}|\\b\\d{4}\\b)"
              + "|\\b(kommentar|geschrieben) von\\b.{0,80}?(\\d{1,2}[:.]\\d{2}|\\b\\d{4}\\b)"
              + "|\\bpost(é|e) par\\b.{0,80}?(\\d{1,2}[:h.]\\d{2}|\\b\\d{4}\\b)"
              + "|\\breport (this comment|abuse)\\b|\\b(says|said|wrote|schrieb|sagt|meint):$");

  /** What every signature starts with: most tails hold none and skip the pattern. */
  private static final RequiredPrefixes SIGNATURE_PREFIXES = RequiredPrefixes.of(COMMENT_SIGNATURE);

  /** A comment thread is recognised by at least this many signatures. */
  private static final int MIN_SIGNATURES = 3;

  /** Signatures are short: the tail of a comment at most. */
  private static final int SIGNATURE_MAX_CHARS = 300;

  /** The fewest words of a short line kept as a sentence at the article's edge. */
  private static final int SENTENCE_MIN_WORDS = 3;

  /** Share of digits from which a short text is a date, a score or a price, not a sentence. */
  private static final double DATE_DIGITS = 0.15;

  /** The main container rules the blocks outside it when it holds this share of good prose. */
  private static final double CONTAINER_SHARE = 0.7;

  /** Share of linked text from which a paragraph reads as a teaser led by its headline. */
  private static final double TEASER_LINK_DENSITY = 0.1;

  /** boilerpipe's: an end-of-article marker counts once the story has this many words. */
  private static final int END_MARKER_AFTER_WORDS = 60;

  /** A marker is a heading or a call, or a notice that comments are closed: a line at most. */
  private static final int END_MARKER_MAX_CHARS = 80;

  private static final Set<String> FORM_CONTROLS =
      Set.of("option", "select", "button", "label", "textarea", "legend");

  /**
   * A story runs about once on each outlet that carries it, a few times with updates; text on more
   * pages per host than this rides along with many articles.
   */
  private static final double MAX_STORY_PAGES_PER_HOST = 1.5;

  /**
   * Pages of unknown outlet (a flat folder of text scrapes) each count as a host of their own, so
   * pages per host cannot tell furniture from a wire paragraph there; the stories a text rides with
   * can: on this many pages or more, with fewer than a quarter of them telling one story, it rides
   * along with many articles.
   */
  private static final int STORY_DIVERSE_MIN_PAGES = 5;

  private static final int STORY_SHARE_DENOMINATOR = 4;

  /**
   * An outlet of a few pages repeats its prose on as few as this many of them: below {@link
   * #STORY_DIVERSE_MIN_PAGES}, where it tells itself apart from the page's story by where it
   * stands.
   */
  private static final int THIN_MIN_PAGES = 2;

  /**
   * A text on a few pages rides with different stories when at most one in this many of them tells
   * one story: a brief's longest line may be its outlet's note, so that two briefs of one outlet
   * share a story key.
   */
  private static final int THIN_STORY_SHARE_DENOMINATOR = 3;

  /**
   * The most lines of an outlet's own prose on one side of the story: about-us, corrections,
   * newsletter and legal notes, each a line or two.
   */
  private static final int MAX_OUTLET_NOTES = 5;

  /** A copyright line's opening and the name it gives, its first two capitalised words. */
  private static final Pattern COPYRIGHT_NAME =
      Pattern.compile(
          "^\\s*(?:©|\\([cC]\\)|(?i:copyright)\\b)\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d\\s*)?"
              + "(\\p{Lu}[\\p{L}'&-]*\\s+\\p{Lu}[\\p{L}'&-]*)(?![\\p{L}\\d])");

  /** A lead is a paragraph or two; more prose above the container is a page of its own. */
  private static final int MAX_LEAD_PARAGRAPHS = 2;

  /**
   * A paragraph below the main container of the same kind as this many of its good paragraphs is
   * the story's, cut off from the rest by an inserted element.
   */
  private static final int MIN_CONTAINER_SIBLINGS = 2;

  /** A list's label is a few words: "Relacionadas", "Diese Artikel könnten Sie interessieren". */
  private static final int LIST_LABEL_MAX_CHARS = 60;

  private static final int LIST_LABEL_MAX_WORDS = 5;

  /** A wrapper class carried by this share of a page's prose is layout, not a sidebar. */
  private static final double WRAPPER_SHARE = 0.6;

  private final double threshold;
  private final int templateMinPages;
  private final int syndicationMinHosts;
  private final BlockModel model;

  public ParagraphClassifier(Settings settings) {
    this.threshold = settings.get(ClassifierSettings.CONTENT_THRESHOLD);
    this.templateMinPages = settings.get(ClassifierSettings.TEMPLATE_MIN_PAGES);
    this.syndicationMinHosts = settings.get(ClassifierSettings.SYNDICATION_MIN_HOSTS);
    this.model = BlockModel.forSetting(settings.get(ClassifierSettings.MODEL_PATH));
  }

  /** One verdict per block of {@code page}, in block order. */
  public List<Verdict> classify(Page page, CorpusStats stats) {
    return new Run(page, stats == null ? CorpusStats.NONE : stats).verdicts();
  }

  /**
   * The learned model's inputs ({@link BlockModel#FEATURES}) for every block the model decides,
   * computed after the rules: what the training command fits the model on. A block the rules settle
   * for themselves has a null row.
   */
  public double[][] features(Page page, CorpusStats stats) {
    Run run = new Run(page, stats == null ? CorpusStats.NONE : stats);
    run.rules();
    return run.features();
  }

  /** jusText's paragraph classes. */
  private enum Cls {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  /** The classification of one page: per-block arrays filled stage by stage. */
  private final class Run {
    final Page page;
    final CorpusStats stats;
    final List<Block> blocks;
    final int n;
    final boolean hasStoplist;
    final TextStats[] text;
    final String normTitle;

    /** Whether the page's outlet is known (a host or site folder), not a name of its own. */
    final boolean namedOutlet;

    /** The page title's parts between separators, normalised ("Headline | Site | Section"). */
    final List<String> titleParts;

    final Cls[] cls;
    final boolean[] fixed;

    /**
     * Furniture recognised by its own words (a byline, a repeated title): no evidence about whether
     * its neighbours are article or not, so context smoothing looks past it.
     */
    final boolean[] transparent;

    /** Settled as noise by repetition across pages alone, not by its own words or markup. */
    final boolean[] byRepetition;

    /** A short block smoothing dropped beside the article's text: no rule of its own settled it. */
    final boolean[] atEdge;

    /** Settled as content for being carried by other hosts with the rest of the story. */
    final boolean[] syndicatedLine;

    /**
     * Kept by a rule of context that the model cannot see (a heading before the text it introduces,
     * a lead above the container, a sub-heading recurring inside stories): the model leaves it as
     * the rules decided.
     */
    final boolean[] byContext;

    final String[] kind;
    final String[] reason;
    final double[] score;

    /** The page's author(s) from its metadata, to recognise a byline that only names them. */
    final Authors authors;

    Run(Page page, CorpusStats stats) {
      this.page = page;
      this.stats = stats;
      this.blocks = page.blocks();
      this.n = blocks.size();
      Set<String> stop = Stopwords.of(page.language());
      this.hasStoplist = !stop.isEmpty();
      this.text = new TextStats[n];
      this.normTitle = page.title() == null ? "" : TextKey.normalize(page.title());
      this.namedOutlet = Hosts.named(Hosts.outletOf(page));
      this.titleParts = titleParts(page.title());
      this.authors = Authors.of(page.author());
      this.cls = new Cls[n];
      this.fixed = new boolean[n];
      this.transparent = new boolean[n];
      this.byRepetition = new boolean[n];
      this.syndicatedLine = new boolean[n];
      this.atEdge = new boolean[n];
      this.byContext = new boolean[n];
      this.kind = new String[n];
      this.reason = new String[n];
      this.score = new double[n];
      this.signatures = new String[n];
      this.namedHeadlines = new byte[n];
      for (int i = 0; i < n; i++) text[i] = TextStats.of(blocks.get(i).text(), stop);
    }

    Region[] regions;

    /**
     * {@link ParagraphClassifier#signature} of each block, made when first asked: several rules
     * group blocks by it, and a new string would be hashed again at every lookup.
     */
    private final String[] signatures;

    /** {@link ParagraphClassifier#namedHeadline} of each block: 0 not asked yet, 1 no, 2 yes. */
    private final byte[] namedHeadlines;

    private String signature(int i) {
      String s = signatures[i];
      if (s == null) signatures[i] = s = ParagraphClassifier.signature(blocks.get(i));
      return s;
    }

    private boolean namedHeadline(int i) {
      if (namedHeadlines[i] == 0) {
        namedHeadlines[i] = ParagraphClassifier.namedHeadline(blocks.get(i)) ? (byte) 2 : 1;
      }
      return namedHeadlines[i] == 2;
    }

    /** The blocks grouped by element kind, for lists of teasers. */
    Siblings siblings;

    /** Whether the main container holds most of the page's good prose (set by mainContainer). */
    boolean containerRules;

    /**
     * Whether block {@code i} is in the main container the rules trust (see {@link
     * #storyBesideContainer}); all false when the segmenter's container is not the story's.
     */
    boolean[] inContainer;

    void rules() {
      regions = regions();
      siblings = new Siblings(blocks);
      boolean titleSeen = false;
      for (int i = 0; i < n; i++) {
        titleSeen |= contextFree(i, regions[i], titleSeen);
      }
      headlineRuns();
      containerPrior();
      teaserLists();
      inContainer = new boolean[n];
      if (!storyBesideContainer()) {
        for (int i = 0; i < n; i++) inContainer[i] = blocks.get(i).has(Block.IN_CONTAINER);
        containerSiblings();
      }
      mainContainer();
      containerHeadline();
      commentThreads();
      structuredBodyPrior();
      thinOutletProse();
      chainProse();
      corpusSignals();
      loneHeadlines();
      recurringSubheadings();
      footerProse();
      smoothShort();
      smoothNearGood();
      storyTail();
      datelineAboveLead();
      headings();
      endOfArticle();
    }

    /**
     * Whether the model decides block {@code i}: the rules have not settled it, and it is not a
     * caption or a short date, which are not article text whatever their neighbours are.
     */
    boolean open(int i) {
      Block b = blocks.get(i);
      // trained on HTML blocks: text-scrape lines stay with the rules
      if (fixed[i] || byContext[i] || b.tag().equals("line")) return false;
      if (b.has(Block.IN_FIGURE) || regions[i] == Region.CAPTION) return false;
      TextStats t = text[i];
      return t.effectiveLength() >= LENGTH_LOW || t.digits() < DATE_DIGITS * t.chars();
    }

    /** Whether a block other than the title is content now. */
    private boolean anyContent() {
      for (int i = 0; i < n; i++) {
        if (score[i] >= threshold && !"title".equals(kind[i])) return true;
      }
      return false;
    }

    /** The model decides the blocks the rules left open; settled furniture stays settled. */
    private void applyModel() {
      double[][] x = features();
      for (int i = 0; i < n; i++) {
        if (x[i] == null) continue;
        double p = model.probability(x[i]);
        // String.format costs more than the model itself on a page of many open blocks
        reason[i] =
            reason[i] + "; model " + twoDecimals(p) + " (rules " + twoDecimals(score[i]) + ")";
        score[i] = p;
        if (p >= threshold && kind[i].equals("boilerplate"))
          kind[i] = goodKind(blocks.get(i), regions[i]);
        if (p < threshold && kind[i].equals("body")) kind[i] = "boilerplate";
      }
    }

    /**
     * A paragraph below the story that opens with its author's name ("Alice Wu is a political
     * consultant ...") is the note about the author, not the story: no prose of the story is kept
     * after it. Opinion pages set the note above the story too, before its first prose paragraph.
     */
    private void authorNotes() {
      int last = n;
      for (int i = n - 1; i >= 0; i--) {
        if (score[i] < threshold || "title".equals(kind[i])) continue;
        if (!authors.opensNote(blocks.get(i).text())) {
          if (text[i].effectiveLength() >= LENGTH_LOW) break;
          continue;
        }
        last = i;
        authorNote(i, "below");
      }
      for (int i = 0; i < last; i++) {
        if (score[i] < threshold || "title".equals(kind[i])) continue;
        String s = blocks.get(i).text();
        // an organisation's press release opens with its name too ("Canadian Blood Services asks
        // ..."): a note above the story speaks of a person
        if (!authors.opensNote(s) || !PERSONAL_PRONOUN.matcher(s).find()) {
          if (text[i].effectiveLength() >= LENGTH_LOW) return;
          continue;
        }
        authorNote(i, "above");
      }
    }

    private void authorNote(int i, String where) {
      score[i] = 0.2;
      kind[i] = "byline";
      reason[i] =
          reason[i]
              + "; but opens with the author's name "
              + where
              + " the story: a note on the author";
    }

    /** The model's inputs of the blocks it decides ({@link #open}); null rows for the others. */
    double[][] features() {
      double[][] out = new double[n][];
      int firstInContainer = n;
      int lastInContainer = -1;
      for (int i = 0; i < n; i++) {
        // the container's furniture (a form's options, its share bar) does not mark where the
        // article runs
        if (!inContainer[i] || (fixed[i] && cls[i] == Cls.BAD)) continue;
        firstInContainer = Math.min(firstInContainer, i);
        lastInContainer = i;
      }
      for (int i = 0; i < n; i++) {
        if (!open(i)) continue;
        Block b = blocks.get(i);
        TextStats t = text[i];
        double words = Math.max(1, t.words());
        Region r = regions[i];
        BlockStats bs = stats.of(i);
        out[i] =
            new double[] {
              score[i],
              Math.log1p(t.effectiveLength()),
              b.linkDensity(),
              // no "has a stoplist" input: the training pages all have one, its weight would be
              // an untested guess for the languages that do not
              t.stopwordDensity(),
              t.sentenceEnds() / words,
              t.commas() / words,
              t.uppercaseRatio(),
              t.chars() == 0 ? 0 : (double) t.digits() / t.chars(),
              t.punctuationRatio(),
              b.has(Block.HEADING) ? 1 : 0,
              b.has(Block.IN_LIST) ? 1 : 0,
              b.has(Block.IN_TABLE) ? 1 : 0,
              b.has(Block.IN_ARTICLE) || b.has(Block.ARTICLE_BODY) ? 1 : 0,
              b.has(Block.IN_FIGURE) ? 1 : 0,
              b.has(Block.IN_QUOTE) ? 1 : 0,
              r == Region.ARTICLE ? 1 : 0,
              r == Region.BYLINE ? 1 : 0,
              r == Region.CAPTION ? 1 : 0,
              r.noise() ? 1 : 0,
              i > 0 ? score[i - 1] : 0,
              i + 1 < n ? score[i + 1] : 0,
              n <= 1 ? 0 : (double) i / (n - 1),
              b.tag().equals("p") ? 1 : 0,
              Math.log1p(bs.hostPages() - 1),
              bs.hosts() >= syndicationMinHosts ? 1 : 0,
              b.tag().equals("line") ? 1 : 0,
              inContainer[i] ? 1 : 0,
              containerRules && !inContainer[i] ? 1 : 0,
              // what follows the article's container is mostly related links and comments
              lastInContainer >= 0 && i > lastInContainer ? 1 : 0,
              i < firstInContainer && lastInContainer >= 0 ? 1 : 0
            };
      }
      return out;
    }

    List<Verdict> verdicts() {
      rules();
      if (model != null) {
        String[] ruleKind = kind.clone();
        String[] ruleReason = reason.clone();
        double[] ruleScore = score.clone();
        boolean ruled = anyContent();
        applyModel();
        // the model weighs a brief's one paragraph by its furniture neighbours: it may drop what
        // the rules kept, but never empty a page on which the rules found an article
        if (ruled && !anyContent()) {
          for (int i = 0; i < n; i++) {
            reason[i] =
                ruleScore[i] >= threshold && !ruleReason[i].equals(reason[i])
                    ? reason[i] + "; model overruled: it would leave the page empty"
                    : ruleReason[i];
            kind[i] = ruleKind[i];
            score[i] = ruleScore[i];
          }
        }
      }
      authorNotes();
      fallback();
      List<Verdict> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        double s = Math.max(0, Math.min(1, score[i]));
        out.add(new Verdict(s >= threshold ? Label.CONTENT : Label.NOISE, s, kind[i], reason[i]));
      }
      return out;
    }

    /** Sets block {@code i}'s class; returns whether it is the page title's first occurrence. */
    private boolean contextFree(int i, Region region, boolean titleSeen) {
      Block b = blocks.get(i);
      TextStats t = text[i];
      String s = b.text();
      if (t.letters() == 0) {
        transparent[i] = true;
        return hard(i, "empty", t.chars() == 0 ? "no text" : "no letters: '" + clip(s) + "'");
      }
      if (b.has(Block.HIDDEN)) return hard(i, "hidden", "hidden by markup");
      if (TextScrapes.attributionAt(s) >= 0) {
        transparent[i] = true;
        return hard(i, "spam", "scraper attribution line");
      }
      boolean text = b.tag().equals("line");
      // a lead that opens with the headline's words is a sentence longer than the headline
      if (text
          && isTitle(s)
          && !(endsLikeASentence(s) && s.length() * 3 > normTitle.length() * 4)) {
        transparent[i] = true;
        return hard(i, "title", "repeats the title");
      }
      if (text && labelledHeadline(s)) {
        transparent[i] = true;
        return hard(i, "title", "a headline under a label: '" + clip(s) + "'");
      }
      if (region.noise()) {
        return hard(
            i,
            region.kind(),
            "inside a "
                + region.name().toLowerCase(Locale.ROOT)
                + " region (class/id '"
                + regionToken(b)
                + "')");
      }
      if (b.has(Block.IN_NAV)) return hard(i, "navigation", "inside <nav>");
      if (b.has(Block.IN_FOOTER)) return hard(i, "legal", "inside <footer>");
      if (b.has(Block.IN_ASIDE)) return hard(i, "related", "inside <aside>");
      // whole ASP.NET pages sit in one <form>: only the controls themselves are noise
      if (b.has(Block.IN_FORM) && FORM_CONTROLS.contains(b.tag())) {
        return hard(i, "form", "inside a form control");
      }
      if (!text && isTitle(s)) {
        transparent[i] = true;
        if (titleSeen) return hard(i, "title", "repeats the title");
        set(i, Cls.GOOD, true, "title", 0.9, "the page title");
        return true;
      }
      if (!text && !titleSeen && isTitlePart(s)) {
        transparent[i] = true;
        set(i, Cls.GOOD, true, "title", 0.85, "the headline, one part of the page title");
        return true;
      }
      // matched only now: most short blocks are navigation, settled above without regexes
      TextPatterns.Kind pattern = TextPatterns.match(s);
      if (pattern != null) {
        transparent[i] = true;
        return hard(i, pattern.kind(), pattern.kind() + " wording: '" + clip(s) + "'");
      }
      if (authors.names(s)) {
        transparent[i] = true;
        return hard(i, "byline", "names the page's author ('" + clip(page.author()) + "')");
      }
      // code in <pre> is what a technical article shows; prose with a formula has its stopwords
      if (!b.has(Block.IN_PRE)
          && !(hasStoplist && t.stopwordDensity() >= STOPWORDS_LOW)
          && TextPatterns.scriptCode(s)) {
        transparent[i] = true;
        return hard(i, "script", "program code, not language: '" + clip(s) + "'");
      }
      if (isCaption(b, region)) {
        transparent[i] = true;
        return hard(i, "caption", "a figure's caption");
      }
      if (region == Region.BYLINE && s.length() < 120) {
        transparent[i] = true;
        return hard(i, "byline", "short text in a byline/date element");
      }
      if (b.has(Block.HAS_TIME) && s.length() < 80) {
        transparent[i] = true;
        return hard(i, "dateline", "short text around a <time>");
      }
      int length = t.effectiveLength();
      double ld = b.linkDensity();
      boolean articleRegion =
          region == Region.ARTICLE || b.has(Block.ARTICLE_BODY) || b.has(Block.IN_ARTICLE);
      String kindOfGood = goodKind(b, region);
      if (ld > maxLinkDensity(length)) {
        set(
            i,
            Cls.BAD,
            false,
            b.has(Block.IN_LIST) ? "navigation" : "related",
            0.1,
            "link density " + twoDecimals(ld));
        return false;
      }
      if (text && length >= LENGTH_LOW) {
        // a text scrape is already the scraper's idea of the article: a prose line is content
        // unless its words say otherwise, which the furniture rules above have checked
        double sd = t.stopwordDensity();
        boolean prose = hasStoplist ? sd >= 0.1 : t.sentenceEnds() + t.commas() >= 1;
        String facts =
            length + " chars, stopwords " + twoDecimals(sd) + ", a line of a text scrape";
        if (prose) set(i, Cls.GOOD, false, kindOfGood, 0.85, facts);
        else set(i, Cls.NEAR_GOOD, false, kindOfGood, 0.55, facts + ", few stopwords");
        return false;
      }
      if (length < LENGTH_LOW) {
        if (b.linkCount() > 0) {
          set(i, Cls.BAD, false, "boilerplate", 0.1, "short (" + length + " chars) with a link");
        } else {
          set(i, Cls.SHORT, false, kindOfGood, 0.3, "short (" + length + " chars)");
        }
        return false;
      }
      if (hasStoplist) {
        double sd = t.stopwordDensity();
        String facts =
            length + " chars, stopwords " + twoDecimals(sd) + ", link density " + twoDecimals(ld);
        if (sd >= STOPWORDS_HIGH) {
          if (length > LENGTH_HIGH) set(i, Cls.GOOD, false, kindOfGood, 0.9, facts);
          else set(i, Cls.NEAR_GOOD, false, kindOfGood, 0.6, facts);
        } else if (sd >= STOPWORDS_LOW || articleRegion) {
          set(
              i,
              Cls.NEAR_GOOD,
              false,
              kindOfGood,
              0.55,
              facts + (sd < STOPWORDS_LOW ? ", inside the article element" : ""));
        } else {
          set(i, Cls.BAD, false, "boilerplate", 0.15, facts + ": too few stopwords for prose");
        }
      } else {
        // no stoplist for this language: sentence punctuation stands in for function words
        boolean prose = t.sentenceEnds() + t.commas() >= 1 && t.uppercaseRatio() < 0.5;
        String facts =
            length
                + " chars ("
                + page.language()
                + "), "
                + (t.sentenceEnds() + t.commas())
                + " sentence marks, link density "
                + twoDecimals(ld);
        if (prose && length > LENGTH_HIGH) set(i, Cls.GOOD, false, kindOfGood, 0.85, facts);
        else if (prose || articleRegion) set(i, Cls.NEAR_GOOD, false, kindOfGood, 0.55, facts);
        else set(i, Cls.BAD, false, "boilerplate", 0.2, facts + ": no sentence punctuation");
      }
      return false;
    }

    /**
     * Whether {@code s} is the page title: the same words, or most of a title that carries a site
     * name ("Rain in Spain" of "Rain in Spain | Daily Planet"), or the title with a little more.
     */
    private boolean isTitle(String s) {
      // normalising is costly: only texts of about the title's length can be the title
      int len = s.length();
      if (normTitle.isEmpty() || len * 20 < normTitle.length() * 9) return false;
      if (len > normTitle.length() * 8 / 5 + 60) return false;
      String norm = TextKey.normalize(s);
      if (norm.isEmpty()) return false;
      if (norm.equals(normTitle)) return true;
      if (normTitle.contains(norm)) {
        return norm.length() >= 15 && norm.length() * 2 >= normTitle.length();
      }
      return norm.contains(normTitle)
          && normTitle.length() >= 15
          && norm.length() * 10 <= normTitle.length() * 13 + 100;
    }

    /**
     * Whether {@code s} is worded as a headline and is one part of a title that joins several with
     * separators ("Gulf states urge peace | Daily Planet | World"), where the headline may be a
     * small share of the whole; a sentence or a short name (the site's) is not taken for it.
     */
    private boolean isTitlePart(String s) {
      // normalising costs: only a text about as long as a part can be one
      if (titleParts.isEmpty() || s.length() < MIN_TITLE_PART || s.length() > MAX_TITLE_PART) {
        return false;
      }
      if (endsLikeASentence(s)) return false;
      String norm = TextKey.normalize(s);
      return norm.length() >= MIN_TITLE_PART
          && titleParts.contains(norm)
          && TextKey.words(norm) >= 4;
    }

    /**
     * The region of every block, from its class/id tokens; a noise word carried by most of the
     * page's prose is a page-wide wrapper ({@code <body class="has-sidebar">}) and is ignored.
     */
    private Region[] regions() {
      Map<String, Integer> proseByToken = new HashMap<>();
      // the paragraphs of a story share their tokens: each list is split out once
      Map<String, List<String>> distinct = new HashMap<>();
      int prose = 0;
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if (!looksLikeProse(i)) continue;
        prose += b.text().length();
        for (String tok :
            distinct.computeIfAbsent(b.classIdTokens(), ParagraphClassifier::distinctTokens)) {
          proseByToken.merge(tok, b.text().length(), Integer::sum);
        }
      }
      Map<String, Region[]> cache = new HashMap<>();
      Region[] out = new Region[n];
      int proseChars = prose;
      for (int i = 0; i < n; i++) {
        String tokens = blocks.get(i).classIdTokens();
        Region[] r =
            cache.computeIfAbsent(
                tokens, k -> new Region[] {regionOf(k, proseByToken, proseChars)});
        out[i] = r[0];
      }
      return out;
    }

    private Region regionOf(String tokens, Map<String, Integer> proseByToken, int prose) {
      Region soft = Region.NONE;
      // innermost first: the nearest name describes the block best; each token is read where it
      // stands (an empty one, between two spaces, names no region)
      int end = tokens.length();
      while (end > 0) {
        int start = tokens.lastIndexOf(' ', end - 1) + 1;
        int stop = end;
        end = start - 1;
        Region r = tokenRegions.of(tokens, start, stop);
        if (r == Region.NONE) continue;
        // comment sections are often longer than the article: never a wrapper
        if (r != Region.ARTICLE && r != Region.COMMENT) {
          int carried = proseByToken.getOrDefault(tokens.substring(start, stop), 0);
          if (prose > 0 && carried >= WRAPPER_SHARE * prose) continue;
        }
        if (r.noise()) return r;
        if (soft == Region.NONE || (soft == Region.ARTICLE && r != Region.ARTICLE)) soft = r;
      }
      return soft;
    }

    /** {@link Region#ofToken} of each token once per page: ancestors' tokens repeat a lot. */
    private final TokenRegions tokenRegions = new TokenRegions();

    /** The innermost of {@code b}'s class/id tokens that names a noise region, or "". */
    private String regionToken(Block b) {
      // innermost first: the innermost noise token is usually the last
      String tokens = b.classIdTokens();
      for (int end = tokens.length(); end > 0; ) {
        int start = tokens.lastIndexOf(' ', end - 1) + 1;
        if (tokenRegions.of(tokens, start, end).noise()) return tokens.substring(start, end);
        end = start - 1;
      }
      return "";
    }

    private boolean looksLikeProse(int i) {
      TextStats t = text[i];
      Block b = blocks.get(i);
      if (t.effectiveLength() < LENGTH_HIGH || b.linkDensity() > MAX_LINK_DENSITY) return false;
      return !hasStoplist || t.stopwordDensity() >= STOPWORDS_LOW;
    }

    /** Runs of two or more short {@code "- "} lines: a scraped list of other headlines. */
    private void headlineRuns() {
      int i = 0;
      while (i < n) {
        int j = i;
        while (j < n && text[j].listMarker() && blocks.get(j).text().length() < 250) j++;
        if (j - i >= 2) {
          for (int k = i; k < j; k++) {
            if (!fixed[k] || cls[k] != Cls.BAD) {
              hard(k, "related", "one of " + (j - i) + " consecutive '- ' headline lines");
            }
          }
        }
        i = Math.max(j, i + 1);
      }
    }

    /**
     * Paragraphs of one article sit in the same kind of container: a block with the same tag path
     * and class/id names as a good block (or as three good or near-good ones with 300 characters)
     * is article text too, however short or name-heavy it is, unless links make half of it.
     */
    private void containerPrior() {
      Map<String, int[]> prose = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (fixed[i] || blocks.get(i).tag().equals("line")) continue;
        if (cls[i] != Cls.GOOD && cls[i] != Cls.NEAR_GOOD) continue;
        int[] g = prose.computeIfAbsent(signature(i), k -> new int[4]);
        g[cls[i] == Cls.GOOD ? 0 : 1]++;
        g[2] += blocks.get(i).text().length();
        if (blocks.get(i).linkDensity() >= TEASER_LINK_DENSITY) g[3]++;
      }
      if (prose.isEmpty()) return;
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if (fixed[i] || cls[i] == Cls.GOOD || b.tag().equals("line")) continue;
        int[] g = prose.get(signature(i));
        if (g == null) continue;
        boolean container = g[0] >= 1 || (g[0] + g[1] >= 3 && g[2] >= 300);
        if (!container || b.linkDensity() > 0.5) continue;
        // a list of teasers repeats one element too, each item led by its linked headline; a
        // story's paragraphs mostly carry no link
        boolean teasers = g[0] + g[1] >= 3 && g[3] * 3 >= (g[0] + g[1]) * 2;
        if (teasers) continue;
        // labels such as "Credit:" or "Photo: dpa" share the container but are not sentences
        if (cls[i] == Cls.SHORT && text[i].words() < 3 && text[i].sentenceEnds() == 0) continue;
        set(
            i,
            Cls.GOOD,
            false,
            goodKind(b, Region.NONE),
            0.75,
            reason[i] + "; same container as " + (g[0] + g[1]) + " prose paragraphs");
      }
    }

    /**
     * A list of teasers: three or more blocks of one element kind, most of them opening with a
     * linked headline ("<a>Rain ends drought</a> Farmers in the south ..."). The blurb after the
     * headline reads as prose, but the list points to other pages; a story's paragraphs seldom open
     * with a link, let alone most of them.
     */
    private void teaserLists() {
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if ((fixed[i] && cls[i] == Cls.BAD) || "title".equals(kind[i])) continue;
        if (!siblings.teaser(i)) continue;
        hard(
            i,
            "related",
            "one of "
                + siblings.size(i)
                + " teasers, most opening with a linked headline ("
                + b.leadLinkChars()
                + " linked chars first)");
      }
      for (int i = 1; i < n; i++) {
        if (!siblings.teaser(i) || !siblings.first(i)) continue;
        int j = i - 1;
        while (j >= 0 && text[j].letters() == 0) j--;
        if (j < 0 || siblings.teaser(j) || !listLabel(j)) continue;
        hard(j, "related", "labels the " + siblings.size(i) + " teasers below it");
      }
    }

    /**
     * Whether block {@code i} reads as the label of a list ("Relacionadas", "Most read", "Lesen Sie
     * auch:"): a few words, or a line that ends in a colon, and not settled by other rules. A
     * headline of eight words above a list of teasers is the top story's, or one of them.
     */
    private boolean listLabel(int i) {
      if (fixed[i] || cls[i] == Cls.GOOD) return false;
      String s = blocks.get(i).text().strip();
      if (s.length() > LIST_LABEL_MAX_CHARS || endsLikeASentence(s)) return false;
      return text[i].words() <= LIST_LABEL_MAX_WORDS || s.endsWith(":");
    }

    /**
     * The story's last paragraphs cut off from the main container: an advertisement or a box set
     * between two sections of the story ends the segmenter's densest subtree, and the sections
     * after it are paragraphs of the same kind (tag path and class/id names) as the container's
     * prose. A paragraph below the container of the same kind as two or more of its good paragraphs
     * is the container's too, until prose of another kind (the next story, comments) intervenes.
     */
    private void containerSiblings() {
      Map<String, Integer> prose = new HashMap<>();
      int last = -1;
      for (int i = 0; i < n; i++) {
        if (!inContainer[i]) continue;
        last = i;
        if (fixed[i] || cls[i] != Cls.GOOD) continue;
        prose.merge(signature(i), 1, Integer::sum);
      }
      Set<String> names = new HashSet<>();
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if (inContainer[i] && prose.getOrDefault(signature(i), 0) >= MIN_CONTAINER_SIBLINGS) {
          names.add(b.classIdTokens());
        }
      }
      if (names.isEmpty()) return;
      for (int i = last + 1; i < n; i++) {
        Block b = blocks.get(i);
        // the story's sub-headings sit in its own elements; a heading elsewhere opens another
        // part of the page (trackbacks, comments, more stories)
        if (b.has(Block.HEADING) && !names.contains(b.classIdTokens())) return;
        // only a class name tells the story's paragraphs from any other <p> of the page
        boolean paragraph = b.tag().equals("p") && !b.classIdTokens().isEmpty();
        boolean sibling =
            paragraph && prose.getOrDefault(signature(i), 0) >= MIN_CONTAINER_SIBLINGS;
        if (sibling && !(fixed[i] && cls[i] == Cls.BAD)) {
          inContainer[i] = true;
        } else if (!fixed[i] && (cls[i] == Cls.GOOD || cls[i] == Cls.NEAR_GOOD)) {
          return;
        }
      }
    }

    /**
     * The main container (the segmenter's densest prose subtree) as a prior: inside it, near-good
     * prose and short sentence-like blocks are article text even among furniture; outside it, when
     * it holds most of the page's good prose, near-good and short blocks are not.
     */
    private void mainContainer() {
      int inside = 0;
      int outside = 0;
      boolean container = false;
      for (int i = 0; i < n; i++) {
        container |= inContainer[i];
        if (fixed[i] || cls[i] != Cls.GOOD) continue;
        if (inContainer[i]) inside += text[i].effectiveLength();
        else outside += text[i].effectiveLength();
      }
      if (!container) return;
      boolean dominant = inside > 0 && inside >= CONTAINER_SHARE * (inside + outside);
      containerRules = dominant;
      boolean[] lead = dominant ? leads() : new boolean[n];
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if (fixed[i] || cls[i] == Cls.GOOD || b.tag().equals("line")) continue;
        if (lead[i]) {
          set(i, Cls.GOOD, false, kind[i], 0.7, reason[i] + "; the lead, just above the container");
          byContext[i] = true;
        } else if (inContainer[i]) {
          if (b.linkDensity() > MAX_LINK_DENSITY) continue;
          boolean sentence = text[i].words() >= 3 || text[i].sentenceEnds() > 0;
          // a heading is kept for the text it introduces (see headings), not for where it is;
          // captions and datelines sit in the article's container but are not its text
          if (b.has(Block.HEADING) || b.has(Block.IN_FIGURE) || regions[i] == Region.CAPTION) {
            continue;
          }
          TextStats t = text[i];
          if (t.chars() > 0 && t.digits() >= DATE_DIGITS * t.chars()) continue;
          if (cls[i] == Cls.NEAR_GOOD || (cls[i] == Cls.SHORT && sentence)) {
            set(i, Cls.GOOD, false, kind[i], 0.7, reason[i] + "; inside the main container");
          }
        } else if (dominant && (cls[i] == Cls.NEAR_GOOD || cls[i] == Cls.SHORT)) {
          set(
              i,
              Cls.BAD,
              false,
              shortNoiseKind(i),
              0.25,
              reason[i] + "; outside the main container");
        }
      }
    }

    /**
     * Whether the page's story is told beside the segmenter's main container rather than in it: the
     * headline (the page title's block) lies outside the container and is followed, before the
     * container starts, by more prose paragraphs than a lead, none of them in the container. The
     * densest prose subtree is then a panel of features, a poll or a box of promotions that happens
     * to hold more sentences than a short story, and its blocks are judged as any others.
     */
    private boolean storyBesideContainer() {
      int title = -1;
      for (int i = 0; i < n && title < 0; i++) {
        if ("title".equals(kind[i]) && cls[i] == Cls.GOOD) title = i;
      }
      if (title < 0 || blocks.get(title).has(Block.IN_CONTAINER)) return false;
      int prose = 0;
      for (int i = title + 1; i < n; i++) {
        if (blocks.get(i).has(Block.IN_CONTAINER)) break;
        if (fixed[i] && cls[i] == Cls.BAD) continue;
        boolean paragraph = cls[i] == Cls.GOOD || cls[i] == Cls.NEAR_GOOD;
        if (paragraph && text[i].effectiveLength() >= LENGTH_LOW) prose++;
      }
      return prose > MAX_LEAD_PARAGRAPHS;
    }

    /**
     * The headline of a page whose {@code <title>} does not name it (a site name, a section, or
     * nothing): the article's headline sits just above its text, worded as a headline rather than a
     * sentence. Walking up from the main container's first prose past a few short or settled blocks
     * (the date, the byline, a dateline), the first block marked as a heading ({@code <h1>}, a
     * "headline" class) is taken, or else the nearest unlinked cell or division of headline words.
     */
    private void containerHeadline() {
      int start = -1;
      for (int i = 0; i < n; i++) {
        if ("title".equals(kind[i]) && cls[i] == Cls.GOOD) return;
        if (start < 0 && cls[i] == Cls.GOOD && inContainer[i]) start = i;
      }
      if (start <= 0) return;
      int fallback = -1;
      int passed = 0;
      for (int j = start - 1; j >= 0 && passed < HEADLINE_LOOKBACK; j--) {
        Block b = blocks.get(j);
        TextStats t = text[j];
        if (t.letters() == 0 || (transparent[j] && !"title".equals(kind[j]))) continue;
        if (headlineWords(j)) {
          if (b.has(Block.HEADING) || namedHeadline(j)) {
            setHeadline(j);
            return;
          }
          // a paragraph or a list item without heading marks is a teaser or a lead, not a title
          boolean plain = !b.tag().equals("p") && !b.has(Block.IN_LIST);
          if (fallback < 0 && plain && b.linkCount() == 0) fallback = j;
        }
        // prose above the container is a lead (kept) or another story: no headline beyond it
        if (t.effectiveLength() >= LENGTH_HIGH) break;
        passed++;
      }
      if (fallback >= 0) setHeadline(fallback);
    }

    /** Whether block {@code i} reads as a headline: a short line of several words, no sentence. */
    private boolean headlineWords(int i) {
      Block b = blocks.get(i);
      if (fixed[i] && (regions[i].noise() || cls[i] == Cls.BAD)) return false;
      String s = b.text();
      int words = text[i].words();
      return s.length() >= MIN_TITLE_PART
          && s.length() <= MAX_TITLE_PART
          && words >= 3
          && !endsLikeASentence(s)
          && !b.has(Block.IN_FIGURE)
          && regions[i] != Region.CAPTION
          && regions[i] != Region.BYLINE
          && (b.linkDensity() <= 0.5 || b.has(Block.HEADING) || namedHeadline(i));
    }

    private void setHeadline(int i) {
      transparent[i] = true;
      set(i, Cls.GOOD, true, "title", 0.8, "the headline, just above the article's text");
    }

    /**
     * The lead paragraphs: many layouts set the article's first paragraph or two (the teaser, the
     * "chapo") in their own element between the headline and the body, outside the body's
     * container. Walking up from the container's first block past headings, short and settled
     * blocks, the prose met before anything else is the lead; furniture there (a caption, a
     * newsletter line) is rarely written in full sentences of function words, and a network's
     * notice written in them repeats on other pages.
     */
    private boolean[] leads() {
      boolean[] out = new boolean[n];
      int first = 0;
      while (first < n && !inContainer[first]) first++;
      int found = 0;
      for (int j = first - 1; j >= 0 && found < MAX_LEAD_PARAGRAPHS; j--) {
        Block b = blocks.get(j);
        // the lead follows the headline: above it is the page's furniture or another story
        if ("title".equals(kind[j]) && cls[j] == Cls.GOOD) break;
        if (fixed[j] || b.has(Block.HEADING) || text[j].effectiveLength() < LENGTH_LOW) continue;
        if (cls[j] != Cls.NEAR_GOOD || !leadProse(j) || stats.of(j) != BlockStats.UNIQUE) break;
        out[j] = true;
        found++;
      }
      return out;
    }

    private boolean leadProse(int i) {
      Block b = blocks.get(i);
      if (b.has(Block.IN_FIGURE) || regions[i] == Region.CAPTION) return false;
      if (b.linkDensity() > MAX_LINK_DENSITY) return false;
      TextStats t = text[i];
      return hasStoplist ? t.stopwordDensity() >= STOPWORDS_HIGH : t.sentenceEnds() > 0;
    }

    /**
     * Reader comments without class names: three or more signatures (author and date, "report this
     * comment") make a thread; the signatures and every block between the first and the last are
     * comments, and so is what lies between a "Comments" heading and the first signature.
     */
    private void commentThreads() {
      List<Integer> signatures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        String s = b.text();
        if (b.tag().equals("line") || s.length() > SIGNATURE_MAX_CHARS) continue;
        // the signature sits at the end of the block, or the block is the signature
        String tail = s.length() > 120 ? s.substring(s.length() - 120) : s;
        // every signature has a date or ends in a colon: most blocks skip the costly pattern
        if (!tail.endsWith(":") && !hasDigit(tail)) continue;
        if (SIGNATURE_PREFIXES.mayMatch(tail) && COMMENT_SIGNATURE.matcher(tail).find()) {
          signatures.add(i);
        }
      }
      if (signatures.size() < MIN_SIGNATURES) return;
      int first = signatures.get(0);
      int last = signatures.get(signatures.size() - 1);
      int from = first;
      int gap = Math.max(1, (last - first) / (signatures.size() - 1));
      for (int j = first - 1; j >= 0 && j >= first - gap - 2; j--) {
        if (commentsHeading(j)) {
          from = j;
          break;
        }
      }
      for (int i = from; i <= last; i++) {
        if (fixed[i] && cls[i] == Cls.BAD) continue;
        if ("title".equals(kind[i])) continue;
        hard(i, "comment", "in a thread of " + signatures.size() + " signed reader comments");
      }
    }

    /** A short heading-like block that announces comments ("Comments", "12 Kommentare"). */
    private boolean commentsHeading(int i) {
      String s = blocks.get(i).text();
      if (s.length() > 60) return false;
      String t = s.toLowerCase(Locale.ROOT);
      return t.contains("comment")
          || t.contains("kommentar")
          || t.contains("commentaire")
          || t.contains("comentario")
          || t.contains("reactions")
          || t.contains("responses")
          || t.contains("leserbriefe");
    }

    /**
     * The JSON-LD articleBody is the publisher's own statement of the article: blocks found in it
     * are content; when it covers the page's blocks well, short and near-good blocks outside it are
     * not.
     */
    private void structuredBodyPrior() {
      String body = page.structuredBody();
      if (body == null || body.length() < 200) return;
      String normBody = TextKey.normalize(body);
      boolean[] inBody = new boolean[n];
      int covered = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) continue;
        String norm = TextKey.normalize(blocks.get(i).text());
        if (norm.length() < 15) continue;
        if (normBody.contains(norm)) {
          inBody[i] = true;
          covered += norm.length();
        }
      }
      boolean complete = covered >= 0.8 * normBody.length();
      for (int i = 0; i < n; i++) {
        if (fixed[i]) continue;
        if (inBody[i]) {
          set(
              i,
              Cls.GOOD,
              true,
              goodKind(blocks.get(i), Region.NONE),
              0.95,
              "found in the JSON-LD articleBody");
        } else if (complete && (cls[i] == Cls.NEAR_GOOD || cls[i] == Cls.SHORT)) {
          set(
              i,
              Cls.BAD,
              false,
              "boilerplate",
              0.2,
              reason[i] + "; not in the JSON-LD articleBody, which covers the article");
        }
      }
    }

    /**
     * Text scrapes of unknown outlet from outlets of a few pages each: an outlet's own prose
     * (about-us, corrections policy, newsletter pitch, legal notes) repeats on only two to four
     * pages, too few to tell by the many stories it rides with ({@link #manyArticles}), but on
     * pages of different stories (no two of them, or at most a third, share a story key), outside
     * the page's own story. Below the story, a run of such lines, each on as many pages (an outlet
     * shows its notes together), is that prose when the footer's furniture (share line, copyright)
     * stands between it and the story, when it speaks in the outlet's voice, or when it is two
     * lines or more on three pages or more: on two pages, two copies of a story whose story keys
     * disagree end alike. Above the story, the lines a trimmed copy shares are the story's lead:
     * only the outlet's voice, on three pages or more, tells its notes there. Never more than
     * {@value #MAX_OUTLET_NOTES} lines, and never prose on no more pages than the story's own lines
     * that repeat without agreeing story keys (copies cut or misread). A page whose every prose
     * line repeats so (a brief carried by a few outlets) has no story to stand outside of and keeps
     * its lines.
     */
    private void thinOutletProse() {
      if (namedOutlet) return;
      boolean[] candidate = new boolean[n];
      int first = n;
      int last = -1;
      for (int i = 0; i < n; i++) {
        if (!isProse(i) || !blocks.get(i).tag().equals("line")) continue;
        BlockStats bs = stats.of(i);
        // furniture the census settles later (riding along with many articles, or another page's
        // headline) is no line of the page's story
        if (manyArticles(bs) || bs.titlePages() >= 1) continue;
        candidate[i] = fewPagesOfOtherStories(bs);
        if (!candidate[i]) {
          first = Math.min(first, i);
          last = i;
        }
      }
      if (last < 0) return;
      // copies of the page's story whose story keys disagree (cuts, typos) share some of its lines
      // without telling one story by their keys, and may end, or begin, in lines of their own:
      // prose below the story on no more pages than such lines above it is as likely the story's
      // as the outlet's, and the other way round
      int copiesAbove = 1;
      int copiesBelow = 1;
      for (int i = 0; i < n; i++) {
        if (!candidate[i]) continue;
        if (i <= last) copiesAbove = Math.max(copiesAbove, stats.of(i).pages());
        if (i >= first) copiesBelow = Math.max(copiesBelow, stats.of(i).pages());
      }
      int above = 0;
      boolean voiceAbove = false;
      for (int i = 0; i < first; i++) {
        if (!candidate[i]) continue;
        above++;
        voiceAbove |= TextPatterns.outletVoice(blocks.get(i).text());
      }
      int below = 0;
      boolean furnitureBetween = false;
      // an outlet shows its notes on the same pages, so they repeat as often as each other; the
      // lines a copy shares repeat as often as the copies that kept them, which cuts make uneven
      boolean evenBelow = true;
      int belowPages = 0;
      for (int i = last + 1; i < n; i++) {
        if (candidate[i]) {
          below++;
          if (belowPages != 0 && stats.of(i).pages() != belowPages) evenBelow = false;
          belowPages = stats.of(i).pages();
        } else if (below == 0 && fixed[i] && cls[i] == Cls.BAD && FOOTER_KINDS.contains(kind[i])) {
          // the share line or the copyright: ads and repeated titles sit inside stories too
          furnitureBetween = true;
        }
      }
      for (int i = 0; i < n; i++) {
        if (!candidate[i] || (i > first && i < last)) continue;
        boolean isAbove = i < first;
        if (stats.of(i).pages() <= (isAbove ? copiesBelow : copiesAbove)) continue;
        boolean voice = TextPatterns.outletVoice(blocks.get(i).text());
        // above the story, a trimmed copy shares the story's first lines: the outlet's voice, in
        // the line or in a block of two or more, tells its notes from the lead
        boolean outlets =
            isAbove
                ? stats.of(i).pages() > 2 && (voice || (above >= 2 && voiceAbove))
                : evenBelow && (voice || furnitureBetween || (below >= 2 && belowPages > 2));
        // an outlet's notes are a few lines; a longer run is the rest of a copied story
        if (!outlets || (isAbove ? above : below) > MAX_OUTLET_NOTES) continue;
        BlockStats bs = stats.of(i);
        hard(
            i,
            "template",
            "on "
                + bs.pages()
                + " pages of unknown outlet, at most "
                + bs.storyPages()
                + " of one story, "
                + (isAbove ? "above" : "below")
                + " the page's own story: the outlet's own prose");
        byRepetition[i] = true;
      }
    }

    /**
     * Text scrapes of unknown outlet: a line the pages of one chain or outlet carry (about-us,
     * corrections, newsletter pitch, legal notes) rides with a different story on every page that
     * carries it, where a syndicated paragraph rides with its one story, and it names the outlet
     * its copyright line names ("Valley Chronicle is an independent daily…" under "© 2020 Valley
     * Chronicle"). A prose line that names the page's outlet so, on pages that mostly tell other
     * stories (at most one in {@value #THIN_STORY_SHARE_DENOMINATOR} of one story), outside the
     * lines that copies agreeing on the page's story key share, is the chain's prose, whatever
     * number of hosts carries it: chains put one text on many sites, so several hosts do not make
     * it syndicated.
     */
    private void chainProse() {
      if (namedOutlet) return;
      String name = copyrightName();
      if (name == null) return;
      // the span of the story's lines that copies agreeing on its story key carry
      int first = n;
      int last = -1;
      int story = StorySample.storyBlock(blocks);
      if (story >= 0 && isProse(story) && stats.of(story).storyPages() >= 2) {
        for (int i = 0; i < n; i++) {
          BlockStats bs = stats.of(i);
          if (!isProse(i) || bs.storyPages() < 2 || bs.titlePages() >= 1 || manyArticles(bs)) {
            continue;
          }
          first = Math.min(first, i);
          last = i;
        }
      }
      Pattern names = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
      for (int i = 0; i < n; i++) {
        if ((i >= first && i <= last) || !isProse(i) || !blocks.get(i).tag().equals("line")) {
          continue;
        }
        BlockStats bs = stats.of(i);
        if (bs.titlePages() >= 1 || manyArticles(bs) || !fewPagesOfOtherStories(bs)) continue;
        if (!names.matcher(blocks.get(i).text()).find()) continue;
        hard(
            i,
            "template",
            "names its outlet '"
                + name
                + "' as the copyright line does, on "
                + bs.pages()
                + " pages of unknown outlet, at most "
                + bs.storyPages()
                + " of one story: a chain's own prose");
        byRepetition[i] = true;
      }
    }

    /**
     * The outlet the page's copyright line names, its first two capitalised words ("Morning
     * Sentinel" of "Copyright 2024 Morning Sentinel Media Group."); null without such a line. One
     * word ("© Reuters 2008") names an agency as often as the outlet, which stories name too.
     */
    private String copyrightName() {
      for (int i = 0; i < n; i++) {
        Matcher m = COPYRIGHT_NAME.matcher(blocks.get(i).text());
        if (m.find()) return m.group(1);
      }
      return null;
    }

    private void corpusSignals() {
      int hostPages = stats.hostPageCount();
      // a page whose own prose mostly repeats on its host is a copy of another page (an update, a
      // re-crawl): deduplication handles it, its paragraphs are not template. Prose on most of the
      // host's pages, or riding along with many articles, is the outlet's furniture and says
      // nothing about copying: on a brief it can outnumber the story.
      // the outlet's furniture on this page (menus, notices) shows how often the host repeats its
      // template; a story told again repeats far less often than that
      int templateLevel = 0;
      for (int i = 0; i < n; i++) templateLevel = Math.max(templateLevel, stats.of(i).hostPages());
      int prose = 0;
      int furniture = 0;
      int repeatedProse = 0;
      for (int i = 0; i < n; i++) {
        if (!isProse(i)) continue;
        prose++;
        BlockStats bs = stats.of(i);
        if (bs.hostPages() < templateMinPages) continue;
        if (bs.hostPages() * 2 > templateLevel || manyArticles(bs)) furniture++;
        else repeatedProse++;
      }
      boolean copyPage = repeatedProse > 0 && repeatedProse * 2 > prose - furniture;
      int sharedProse = 0;
      for (int i = 0; i < n; i++) {
        if (isProse(i) && shared(stats.of(i), copyPage)) sharedProse++;
      }
      // syndicated copies share several paragraphs with other hosts; a network's boilerplate is
      // one shared paragraph on pages whose other prose is their own
      boolean syndicatedPage = sharedProse >= 2 || (sharedProse > 0 && sharedProse * 2 >= prose);
      boolean hasContainer = false;
      for (int i = 0; i < n && !hasContainer; i++) {
        hasContainer = blocks.get(i).has(Block.IN_CONTAINER);
      }
      for (int i = 0; i < n; i++) {
        BlockStats bs = stats.of(i);
        if (bs == BlockStats.UNIQUE) continue;
        boolean shared = shared(bs, copyPage);
        String s = blocks.get(i).text();
        boolean headline = bs.titlePages() >= 1 && s.length() < 300;
        // a scrape repeats headlines among its lines (its story's, other stories'), and syndicated
        // copies carry them too: a line worded as a headline is never syndicated body text
        if (headline
            && blocks.get(i).tag().equals("line")
            && !endsLikeASentence(s)
            && !isTitle(s)) {
          hard(i, "related", "headline of " + bs.titlePages() + " other page(s)");
          if (scrapedHeadlines == null) scrapedHeadlines = new boolean[n];
          scrapedHeadlines[i] = true;
          continue;
        }
        // a network's widgets travel between its sites as a story does, but a story is carried
        // in the page's main container; the segmenter's, even where the rules distrust it: a
        // panel beside the story is still no place for the widgets
        boolean inStory = !hasContainer || blocks.get(i).has(Block.IN_CONTAINER);
        if (shared && syndicatedPage && isProse(i) && inStory) {
          set(
              i,
              Cls.GOOD,
              true,
              kind[i],
              0.9,
              reason[i] + "; syndicated: carried by " + bs.hosts() + " hosts");
          syndicatedLine[i] = true;
          continue;
        }
        if (isTitle(blocks.get(i).text())) continue;
        if (headline) {
          hard(i, "related", "headline of " + bs.titlePages() + " other page(s)");
          continue;
        }
        boolean longProse = text[i].effectiveLength() > LENGTH_HIGH;
        boolean proseOfCopy = copyPage && isProse(i) && !manyArticles(bs);
        // long prose repeated on a few pages may be a story told again; in the outlet's own voice
        // ("subscribe to our morning briefing") it is a pitch that rotates through the pages
        boolean template =
            !proseOfCopy
                && !(shared && syndicatedPage)
                && bs.hostPages() >= templateMinPages
                && (!longProse
                    || bs.hostPages() * 3 >= hostPages
                    || (bs.hosts() == 1 && TextPatterns.outletVoice(s)));
        if (template && !(fixed[i] && cls[i] == Cls.BAD)) {
          hard(
              i,
              "template",
              "repeated on " + bs.hostPages() + " of " + hostPages + " pages of the host");
          byRepetition[i] = true;
        } else if (fixed[i] || proseOfCopy) {
          continue;
        } else if (manyArticles(bs)) {
          hard(i, "template", manyArticlesReason(bs));
          byRepetition[i] = true;
        } else if (!syndicatedPage && bs.hosts() > syndicationMinHosts && !isProse(i)) {
          // a quoted wire paragraph is prose of one article: only short lines are suspect here
          hard(
              i,
              "template",
              "carried by " + bs.hosts() + " hosts while the rest of the page is its own");
          byRepetition[i] = true;
        }
      }
    }

    /** The text-scrape lines {@link #corpusSignals} found to be other pages' headlines, if any. */
    boolean[] scrapedHeadlines;

    /**
     * A scrape repeats its story's headline among the story's lines, as it repeats the title: a
     * lone line that is other pages' headline is looked past, like the title, when the lines around
     * it are judged ("System criticised" between a paragraph and the repeated headline is the
     * story's sub-heading). Two or more in a row are a list of other stories, which the lines
     * around it are judged by.
     */
    private void loneHeadlines() {
      if (scrapedHeadlines == null) return;
      for (int i = 0; i < n; i++) {
        if (!scrapedHeadlines[i]) continue;
        boolean run = (i > 0 && scrapedHeadlines[i - 1]) || (i + 1 < n && scrapedHeadlines[i + 1]);
        if (!run) transparent[i] = true;
      }
    }

    /** Whether line {@code i} is a lone line that is other pages' headline (see above). */
    private boolean loneHeadline(int i) {
      return scrapedHeadlines != null && scrapedHeadlines[i] && transparent[i];
    }

    /**
     * A short line that repeats across pages only for being a common sub-heading ("Background",
     * "What happens next") sits inside the story, between paragraphs of prose, on a minority of the
     * host's pages; furniture inside the story (an inserted promotion) is on most of them.
     */
    private void recurringSubheadings() {
      for (int i = 0; i < n; i++) {
        if (!byRepetition[i]) continue;
        Block b = blocks.get(i);
        TextStats t = text[i];
        if (t.effectiveLength() >= LENGTH_LOW || t.words() > 12 || b.linkCount() > 0) continue;
        if (endsLikeASentence(b.text())) continue;
        BlockStats bs = stats.of(i);
        if (bs.hostPages() * 2 >= stats.hostPageCount() && bs.hostPages() >= templateMinPages) {
          continue;
        }
        if (!proseAround(i, -1) || !proseAround(i, +1)) continue;
        set(
            i,
            Cls.GOOD,
            false,
            "heading",
            0.65,
            reason[i] + ", but between paragraphs of the story: a recurring sub-heading");
        byContext[i] = true;
      }
    }

    /**
     * A text scrape's footer: below the story the outlet talks about itself (corrections policy,
     * ownership, rights), one line after another, and on a host with few pages repetition says too
     * little. A prose line in the outlet's voice, or on most pages of its small host below a story
     * of the page's own, is part of that footer when nothing but furniture follows it and settled
     * furniture precedes it (or it opens the footer with words of subscriptions or rights).
     */
    private void footerProse() {
      // only text-scrape lines qualify; the voice patterns are too costly to run on every block of
      // an HTML page for nothing
      boolean anyLine = false;
      for (int i = 0; i < n && !anyLine; i++) anyLine = blocks.get(i).tag().equals("line");
      if (!anyLine) return;
      // on a small host, a line on most of its pages below a story of the page's own is the
      // outlet's, whatever it says; a page whose every line repeats is a copy, not a template
      boolean[] ownStoryBefore = new boolean[n + 1];
      for (int i = 0; i < n; i++) {
        ownStoryBefore[i + 1] = ownStoryBefore[i] || (isProse(i) && stats.of(i).hostPages() == 1);
      }
      boolean[] cue = new boolean[n];
      for (int i = 0; i < n; i++) {
        int hp = stats.of(i).hostPages();
        cue[i] =
            TextPatterns.outletVoice(blocks.get(i).text())
                || (ownStoryBefore[i] && hp >= 2 && hp * 2 > stats.hostPageCount());
      }
      boolean[] onlyFurnitureAfter = new boolean[n + 1];
      onlyFurnitureAfter[n] = true;
      for (int i = n - 1; i >= 0; i--) {
        boolean story =
            (cls[i] == Cls.GOOD || cls[i] == Cls.NEAR_GOOD)
                && !(fixed[i] && kind[i].equals("template"))
                && !cue[i];
        onlyFurnitureAfter[i] = onlyFurnitureAfter[i + 1] && !story;
      }
      for (int i = 0; i < n; i++) {
        // sister sites with a page or two each carry a network's notes once per site, as they
        // would a syndicated story: where the notes sit and how they speak still tell
        boolean prose = isProse(i) || syndicatedLine[i];
        if (!prose
            || !cue[i]
            || !blocks.get(i).tag().equals("line")
            || !onlyFurnitureAfter[i + 1]) {
          continue;
        }
        // the footer's first line follows the story directly: only words of subscriptions or
        // rights tell it from the story's last paragraph
        boolean opensFooter =
            furnitureNext(i) && TextPatterns.subscriptionOrRights(blocks.get(i).text());
        if (!furnitureBefore(i) && !opensFooter) continue;
        hard(i, "legal", "the outlet speaking of itself, inside the furniture below the story");
      }
    }

    /** Whether the nearest block after {@code i} that says anything is the outlet's furniture. */
    private boolean furnitureNext(int i) {
      for (int j = i + 1; j < n; j++) {
        if (fixed[j] && cls[j] == Cls.BAD && FOOTER_KINDS.contains(kind[j])) return true;
        if (!transparent[j]) return false;
      }
      return false;
    }

    /** Whether the nearest block before {@code i} that says anything is the outlet's furniture. */
    private boolean furnitureBefore(int i) {
      for (int j = i - 1; j >= 0; j--) {
        if (fixed[j] && cls[j] == Cls.BAD && FOOTER_KINDS.contains(kind[j])) return true;
        if (!transparent[j]) return false;
      }
      return false;
    }

    /**
     * Whether the nearest block in direction {@code step} that says anything is unsettled prose.
     */
    private boolean proseAround(int i, int step) {
      for (int j = i + step; j >= 0 && j < n; j += step) {
        if (transparent[j]) continue;
        return (cls[j] == Cls.GOOD || cls[j] == Cls.NEAR_GOOD) && !byRepetition[j];
      }
      return false;
    }

    /**
     * Whether a text rides along with many articles: carried by several hosts on clearly more than
     * one page per host, as a publishing network's about-us or corrections prose is, where a
     * syndicated paragraph travels with its one story and runs about once per outlet; or, on pages
     * of unknown outlet, on many pages that mostly tell different stories.
     */
    private boolean manyArticles(BlockStats bs) {
      return manyPagesPerHost(bs) || manyStoriesOfUnknownOutlet(bs);
    }

    /**
     * Whether a text is on a few pages or more of which at most one in {@value
     * #THIN_STORY_SHARE_DENOMINATOR} tells one story: how a thin outlet's own prose spreads, where
     * the lines of one story's copies ride with that story.
     */
    private static boolean fewPagesOfOtherStories(BlockStats bs) {
      return bs.pages() >= THIN_MIN_PAGES
          && (bs.storyPages() <= 1 || bs.storyPages() * THIN_STORY_SHARE_DENOMINATOR <= bs.pages());
    }

    private boolean manyPagesPerHost(BlockStats bs) {
      return bs.hosts() >= syndicationMinHosts && bs.pagesPerHost() > MAX_STORY_PAGES_PER_HOST;
    }

    private boolean manyStoriesOfUnknownOutlet(BlockStats bs) {
      return !namedOutlet
          && bs.pages() >= STORY_DIVERSE_MIN_PAGES
          && bs.storyPages() * STORY_SHARE_DENOMINATOR < bs.pages();
    }

    /** Why {@link #manyArticles} holds, for the block's reason. */
    private String manyArticlesReason(BlockStats bs) {
      if (manyPagesPerHost(bs)) {
        return String.format(
            Locale.ROOT,
            "on %d pages of %d hosts (%.1f a host): rides along with many articles",
            bs.pages(),
            bs.hosts(),
            bs.pagesPerHost());
      }
      return "on "
          + bs.pages()
          + " pages of unknown outlet, at most "
          + bs.storyPages()
          + " of one story: rides along with many articles";
    }

    /**
     * Whether a text looks syndicated: carried by several hosts about once each, and not repeated
     * on a third or more of this host's pages. A wire paragraph runs on a few pages of an outlet (a
     * story and its updates); a publishing network's about-us or corrections prose runs on many
     * pages of each of its sites.
     */
    private boolean syndicated(BlockStats bs) {
      boolean onMuchOfTheHost =
          bs.hostPages() >= templateMinPages && bs.hostPages() * 3 >= stats.hostPageCount();
      return bs.hosts() >= syndicationMinHosts && !onMuchOfTheHost && !manyArticles(bs);
    }

    /**
     * Whether a text is shared with other hosts as article text: syndicated, or on a page that is
     * itself a copy of others of its host (re-crawls, updates), where repetition on the host is
     * expected.
     */
    private boolean shared(BlockStats bs, boolean copyPage) {
      return syndicated(bs) || (copyPage && bs.hosts() >= syndicationMinHosts && !manyArticles(bs));
    }

    private boolean isProse(int i) {
      return !fixed[i] && (cls[i] == Cls.GOOD || cls[i] == Cls.NEAR_GOOD);
    }

    /** jusText: a short block takes the class of its good/bad neighbours. */
    private void smoothShort() {
      Cls[] base = cls.clone();
      for (int i = 0; i < n; i++) {
        if (base[i] != Cls.SHORT || fixed[i]) continue;
        Cls prev = neighbour(base, i, -1, true);
        Cls next = neighbour(base, i, +1, true);
        if (prev == Cls.GOOD && next == Cls.GOOD) {
          set(i, Cls.GOOD, false, kind[i], 0.6, reason[i] + ", between good blocks");
        } else if (prev == Cls.BAD && next == Cls.BAD) {
          set(i, Cls.BAD, false, shortNoiseKind(i), 0.2, reason[i] + ", between bad blocks");
        } else if ((prev == Cls.BAD && neighbour(base, i, -1, false) == Cls.NEAR_GOOD)
            || (next == Cls.BAD && neighbour(base, i, +1, false) == Cls.NEAR_GOOD)) {
          set(i, Cls.GOOD, false, kind[i], 0.55, reason[i] + ", next to near-good text");
        } else if ((prev == Cls.GOOD || next == Cls.GOOD) && scrapedSentence(i)) {
          set(
              i,
              Cls.GOOD,
              false,
              kind[i],
              0.55,
              reason[i] + ", a sentence at the article's edge, next to its text");
        } else {
          set(i, Cls.BAD, false, shortNoiseKind(i), 0.25, reason[i] + ", at the article's edge");
          atEdge[i] = true;
        }
      }
    }

    /**
     * Whether text-scrape line {@code i} is a short sentence of the article ("The hearing goes
     * on."): it ends as a sentence or a question does, holds a function word (or, without a
     * stoplist, a comma or two sentence marks) and is written in lower-case words, as a headline, a
     * label or a name is not. Articles often end, and wire stories begin, with one; the furniture
     * written in sentences was settled by its wording or its repetition before.
     */
    private boolean scrapedSentence(int i) {
      Block b = blocks.get(i);
      if (!b.tag().equals("line") || b.linkCount() > 0) return false;
      TextStats t = text[i];
      if (t.words() < SENTENCE_MIN_WORDS || t.capitalisedWords() * 2 > t.words()) return false;
      if (t.urls() > 0 || t.emails() > 0) return false;
      boolean function = hasStoplist ? t.stopwords() > 0 : t.commas() + t.sentenceEnds() >= 2;
      if (!function) return false;
      String s = b.text();
      int end = s.length() - 1;
      while (end > 0 && isClosingQuote(s.charAt(end))) end--;
      char c = s.charAt(end);
      return c == '.' || c == '!' || c == '?' || c == '。' || c == '？' || c == '！';
    }

    /**
     * A text scrape's article often ends in short lines that are not sentences: a list (names, a
     * scorecard, a schedule), a contact block ("CONTACT:", a name and telephone), a source or
     * credit line ("SOURCE LG Electronics, Inc.", "(Reporting by …)"). Below the story's last prose
     * line and above the outlet's footer, with nothing between them but furniture recognised by its
     * words or by other pages (an ad, a spam line, the title or a lone headline repeated, a date),
     * unsettled short lines are the article's: furniture that sits there repeats across the
     * outlet's pages or says what it is, and both were settled before. Left out: a run most of
     * whose lines are shaped as headlines (a list of other stories), a lone line that does not
     * close as a clause or a credit does (the headline repeated, a name, a button's word), and
     * labels ending in a colon that end the run.
     */
    private void storyTail() {
      int last = -1;
      for (int i = 0; i < n; i++) {
        if (cls[i] == Cls.GOOD
            && !"title".equals(kind[i])
            && text[i].effectiveLength() >= LENGTH_LOW
            && blocks.get(i).tag().equals("line")) {
          last = i;
        }
      }
      if (last < 0) return;
      List<Integer> tail = new ArrayList<>();
      for (int j = last + 1; j < n; j++) {
        if (transparent[j] && (TAIL_PASSES.contains(kind[j]) || loneHeadline(j))) continue;
        if (cls[j] == Cls.GOOD && !fixed[j]) continue;
        if (!edgeLine(j)) break;
        tail.add(j);
      }
      if (tail.isEmpty()) return;
      // a label that ends the article's lines ("More from us:", "Watch a clip:") names the
      // furniture below it, or something the scraper left out
      while (!tail.isEmpty()
          && blocks.get(tail.get(tail.size() - 1)).text().strip().endsWith(":")) {
        tail.remove(tail.size() - 1);
      }
      if (tail.isEmpty()) return;
      if (tail.size() == 1 && !closedClause(tail.get(0))) return;
      int headlines = 0;
      for (int j : tail) if (headlineShaped(blocks.get(j).text())) headlines++;
      if (headlines * 2 > tail.size()) return;
      for (int j : tail) {
        set(
            j,
            Cls.GOOD,
            false,
            kind[j].equals("boilerplate") ? "body" : kind[j],
            0.55,
            reason[j] + "; but one of " + tail.size() + " short lines ending the article");
      }
    }

    /**
     * A wire dateline on a line of its own right above a text scrape's lead ("LONDON --", "RENO,
     * Nev. --"), past furniture recognised by its words (a byline, a date, the title repeated),
     * opens the lead: smoothing alone would drop it for being short at the article's edge.
     */
    private void datelineAboveLead() {
      int lead = -1;
      for (int i = 0; i < n && lead < 0; i++) {
        if (cls[i] == Cls.GOOD
            && !"title".equals(kind[i])
            && text[i].effectiveLength() >= LENGTH_LOW
            && blocks.get(i).tag().equals("line")) {
          lead = i;
        }
      }
      int j = lead - 1;
      while (j >= 0 && transparent[j]) j--;
      if (j < 0 || !edgeLine(j)) return;
      String s = blocks.get(j).text().strip();
      if (WIRE_DATELINE.matcher(s).matches()) {
        set(j, Cls.GOOD, false, "body", 0.6, reason[j] + "; but a dateline opening the lead");
      }
    }

    /**
     * Whether line {@code j} is a clause closed as a sentence or a credit is ("SOURCE LG
     * Electronics, Inc.", "(Reporting by Jane Doe; Editing by John Roe)"): three words or more
     * ending on a sentence mark or a closing bracket. A lone word or name below the story
     * ("Replay", "JANE DOE") is the page's, not the article's.
     */
    private boolean closedClause(int j) {
      String s = blocks.get(j).text();
      int end = s.length() - 1;
      while (end > 0
          && (Character.isWhitespace(s.charAt(end)) || "\"'”’»".indexOf(s.charAt(end)) >= 0)) {
        end--;
      }
      return text[j].words() >= SENTENCE_MIN_WORDS && ".!?)".indexOf(s.charAt(end)) >= 0;
    }

    /** Whether block {@code j} is a short text-scrape line that no rule but smoothing settled. */
    private boolean edgeLine(int j) {
      Block b = blocks.get(j);
      return !fixed[j]
          && cls[j] == Cls.BAD
          && b.tag().equals("line")
          && b.linkCount() == 0
          && text[j].effectiveLength() < LENGTH_LOW
          && atEdge[j];
    }

    /** jusText: a near-good block is good unless both good/bad neighbours are bad. */
    private void smoothNearGood() {
      Cls[] base = cls.clone();
      for (int i = 0; i < n; i++) {
        if (base[i] != Cls.NEAR_GOOD || fixed[i]) continue;
        Cls prev = neighbour(base, i, -1, true);
        Cls next = neighbour(base, i, +1, true);
        if (prev == Cls.BAD && next == Cls.BAD) {
          set(i, Cls.BAD, false, "boilerplate", 0.35, reason[i] + ", between bad blocks");
        } else {
          set(i, Cls.GOOD, false, kind[i], 0.7, reason[i] + ", near good text");
        }
      }
    }

    /** jusText: a heading shortly before good text introduces it. */
    private void headings() {
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        if (!(b.has(Block.HEADING) || namedHeadline(i)) || cls[i] == Cls.GOOD || fixed[i]) {
          continue;
        }
        // a linked heading is a teaser's headline, not the title of the next section
        if (b.linkDensity() > 0.5) continue;
        int distance = 0;
        for (int j = i + 1; j < n && distance <= MAX_HEADING_DISTANCE; j++) {
          if (cls[j] == Cls.GOOD && !"title".equals(kind[j])) {
            // where a main container rules the page, only its text is introduced by headings:
            // "Most read" above a list of teasers is not
            if (containerRules && !inContainer[j]) break;
            set(i, Cls.GOOD, false, "heading", 0.65, "heading before good text");
            byContext[i] = true;
            break;
          }
          // a heading above the headline, other blocks between them, labels the page's section or
          // a menu ("Latest news", "Main navigation"), not the article's text; right above it, it
          // is the headline's kicker or its first part
          if ("title".equals(kind[j]) && j > i + 1) break;
          distance += blocks.get(j).text().length();
        }
      }
    }

    /**
     * boilerpipe's end-of-article marker: a short block that opens the readers' part of the page
     * ("Comments (12)", "Leave a reply", "Have your say", "Kommentare") after the story has said
     * enough ends the story; what follows is the readers' and the outlet's, not the article.
     */
    private void endOfArticle() {
      int words = 0;
      for (int i = 0; i < n; i++) {
        if (words < END_MARKER_AFTER_WORDS) {
          if (cls[i] == Cls.GOOD && !"title".equals(kind[i])) words += text[i].words();
          continue;
        }
        Block b = blocks.get(i);
        if (b.text().length() > END_MARKER_MAX_CHARS || b.tag().equals("line")) continue;
        if (b.linkDensity() > 0.5 && !b.has(Block.HEADING)) continue;
        if (!TextPatterns.opensComments(b.text())) continue;
        String marker = clip(b.text());
        // the story's own paragraphs may go on past a box inviting comments ("Have your say"):
        // prose set as the story's paragraphs before the marker stays
        java.util.Set<String> story = new java.util.HashSet<>();
        for (int j = 0; j < i; j++) {
          if (cls[j] == Cls.GOOD && text[j].effectiveLength() >= LENGTH_LOW) {
            story.add(signature(j));
          }
        }
        for (int j = i; j < n; j++) {
          if (fixed[j] && (cls[j] == Cls.BAD || syndicatedLine[j])) continue;
          if (cls[j] == Cls.GOOD && story.contains(signature(j))) continue;
          if (fixed[j] && "body".equals(kind[j]) && score[j] >= 0.95) continue;
          hard(j, "comment", "after the end of the article ('" + marker + "')");
        }
        return;
      }
    }

    /**
     * Shortest prose the fallback keeps: jusText's lower length bound, so that a short article of a
     * few sentence-long paragraphs is kept whole rather than in part.
     */
    private static final int FALLBACK_MIN_LENGTH = 70;

    /**
     * A page with an article never comes out empty: when no block passed, keep its prose, and when
     * it has none, its main container's lines.
     */
    private void fallback() {
      if (anyContent()) return;
      keepProse();
      if (!anyContent()) keepContainerLines();
    }

    /** The prose of a page on which no block passed. */
    private void keepProse() {
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        boolean hardNoise =
            fixed[i]
                && ("spam".equals(kind[i])
                    || "title".equals(kind[i])
                    || "template".equals(kind[i])
                    || "share".equals(kind[i])
                    || "legal".equals(kind[i])
                    || "hidden".equals(kind[i]));
        if (hardNoise || b.linkDensity() > 0.3 || text[i].effectiveLength() < FALLBACK_MIN_LENGTH) {
          continue;
        }
        if (hasStoplist && text[i].stopwordDensity() < 0.2) continue;
        kind[i] = "body";
        reason[i] = "fallback, no block passed the rules; kept this prose (was: " + reason[i] + ")";
        score[i] = Math.max(threshold, 0.5);
      }
    }

    /**
     * An article of short lines (a fact box, a gallery's captions) has no prose to keep: the main
     * container's lines that neither markup nor wording settled as furniture are the article.
     */
    private void keepContainerLines() {
      for (int i = 0; i < n; i++) {
        if (!inContainer[i] || fixed[i]) continue;
        kind[i] = goodKind(blocks.get(i), regions[i]);
        reason[i] =
            "fallback, no prose on the page; kept this line of the main container (was: "
                + reason[i]
                + ")";
        score[i] = Math.max(threshold, 0.5);
      }
    }

    private Cls neighbour(Cls[] base, int i, int step, boolean skipNearGood) {
      for (int j = i + step; j >= 0 && j < n; j += step) {
        if (transparent[j]) continue;
        Cls c = base[j];
        if (c == Cls.GOOD || c == Cls.BAD) return c;
        if (c == Cls.NEAR_GOOD && !skipNearGood) return c;
      }
      return Cls.BAD;
    }

    private String shortNoiseKind(int i) {
      Block b = blocks.get(i);
      if (b.has(Block.HEADING)) return "heading";
      return b.has(Block.IN_LIST) ? "navigation" : "boilerplate";
    }

    private boolean hard(int i, String k, String why) {
      set(i, Cls.BAD, true, k, 0.05, why);
      return false;
    }

    private void set(int i, Cls c, boolean isFixed, String k, double s, String why) {
      cls[i] = c;
      fixed[i] = isFixed;
      kind[i] = k;
      score[i] = s;
      reason[i] = why;
    }
  }

  /**
   * A page's blocks grouped by element kind (tag, tag path and class/id names): the paragraphs of a
   * story share one, and so do the items of a list of teasers, each of which opens with its linked
   * headline.
   *
   * <pre>{@code
   * 3 <p> blocks under <div class=more>, each "<a>Harbour tunnel plans revealed</a> The council ..."
   *   -> teaser(i) for each, size(i) 3
   * }</pre>
   */
  private static final class Siblings {
    /** A group needs this many blocks to count as a list of teasers. */
    private static final int MIN_TEASERS = 3;

    /** A linked opening this long is a headline, not a linked name in a sentence. */
    private static final int HEADLINE_LINK_CHARS = 15;

    private final int[] group;
    private final int[] members;
    private final int[] linkLed;
    private final boolean[] led;

    /** Whether a block is the first of its group: groups are numbered as they are met. */
    private final boolean[] opens;

    Siblings(List<Block> blocks) {
      int n = blocks.size();
      group = new int[n];
      members = new int[n];
      linkLed = new int[n];
      led = new boolean[n];
      opens = new boolean[n];
      int anyLed = 0;
      for (int i = 0; i < n; i++) {
        led[i] = blocks.get(i).leadLinkChars() >= HEADLINE_LINK_CHARS;
        if (led[i]) anyLed++;
      }
      if (anyLed * 3 < MIN_TEASERS * 2) return; // no list of teasers: most pages skip the grouping
      // an open-addressing table of the groups' hashes: no key object per block. Siblings share
      // their path and token strings, whose hashes are cached; a rare collision merges two kinds
      int size = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
      long[] keys = new long[size];
      int[] ids = new int[size];
      int groups = 0;
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        long key =
            (((long) b.tagPath().hashCode() << 32) ^ (b.classIdTokens().hashCode() & 0xffffffffL))
                + b.tag().hashCode() * 0x9E3779B97F4A7C15L;
        if (key == 0) key = 1; // 0 marks a free slot
        int slot = (int) (key ^ (key >>> 29)) & (size - 1);
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (size - 1);
        if (keys[slot] == 0) {
          keys[slot] = key;
          ids[slot] = groups++;
          opens[i] = true;
        }
        int g = ids[slot];
        group[i] = g;
        members[g]++;
        if (led[i]) linkLed[g]++;
      }
    }

    /** How many blocks share block {@code i}'s element kind. */
    int size(int i) {
      return members[group[i]];
    }

    /** Whether block {@code i} is the first of its element kind on the page. */
    boolean first(int i) {
      return opens[i];
    }

    /**
     * Whether block {@code i} opens with a linked headline in a group of at least {@link
     * #MIN_TEASERS} blocks, two thirds of which do too.
     */
    boolean teaser(int i) {
      int g = group[i];
      return led[i] && members[g] >= MIN_TEASERS && linkLed[g] * 3 >= members[g] * 2;
    }
  }

  /**
   * Whether a block is a picture's caption: text in a {@code <figcaption>}, or in a {@code
   * <figure>}'s element named a caption. The caption describes the picture, not the story; the rest
   * of a figure (a pull quote, an embedded post) is judged as any other text.
   */
  private static boolean isCaption(Block b, Region region) {
    if (!b.has(Block.IN_FIGURE)) return false;
    return region == Region.CAPTION || b.tagPath().contains("figcaption");
  }

  private static String goodKind(Block b, Region region) {
    if (b.has(Block.HEADING)) return "heading";
    if (b.has(Block.IN_FIGURE) || region == Region.CAPTION) return "caption";
    return "body";
  }

  /**
   * jusText's 0.2 for short blocks; longer paragraphs may carry a few inline links (boilerpipe
   * allows a third), so the limit grows with length.
   */
  private static double maxLinkDensity(int length) {
    if (length < LENGTH_LOW) return MAX_LINK_DENSITY;
    return length < LENGTH_HIGH ? 0.33 : 0.45;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", v)}, which costs more than the rules around it: the
   * shortest decimal digits of {@code v} rounded half up at the second place, as the formatter
   * does; very small, large or negative values still go through the formatter.
   */
  static String twoDecimals(double v) {
    if (!(v >= 0 && v < 1e7)) return String.format(Locale.ROOT, "%.2f", v);
    String s = Double.toString(v);
    if (s.indexOf('E') >= 0) return String.format(Locale.ROOT, "%.2f", v);
    int dot = s.indexOf('.');
    char[] d = new char[dot + 3];
    s.getChars(0, dot, d, 0);
    d[dot] = '.';
    for (int k = 1; k <= 2; k++) d[dot + k] = dot + k < s.length() ? s.charAt(dot + k) : '0';
    boolean up = dot + 3 < s.length() && s.charAt(dot + 3) >= '5';
    if (!up) return new String(d);
    for (int i = d.length - 1; i >= 0; i--) {
      if (d[i] == '.') continue;
      if (d[i] < '9') {
        d[i]++;
        return new String(d);
      }
      d[i] = '0';
    }
    return "1" + new String(d);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }

  /** Old layouts mark headlines by class, not by {@code <h1>}: "headline", "subhed", "title". */
  private static boolean namedHeadline(Block b) {
    String tokens = b.classIdTokens();
    int from = Math.max(0, tokens.length() - 60); // the block's own and nearest names only
    return tokens.indexOf("headline", from) >= 0
        || tokens.indexOf("title", from) >= 0
        || tokens.indexOf("subhed", from) >= 0
        || tokens.indexOf("heading", from) >= 0;
  }

  /** The most words of a label before a headline ("UPDATE 2", "EN DIRECT", "MISE À JOUR"). */
  private static final int MAX_LABEL_WORDS = 3;

  /**
   * Whether a line is a headline under an upper-case label ("UPDATE 2: Rail strike ends", "LIVE:
   * …", "EXCLUSIVE: …"), as outlets re-run a story's headline: a label of at most three words
   * before a colon, then four to twenty words that end no sentence or clause. An article's own
   * lines seldom open so ("CONTACT: Media, Jim …" goes on as a clause; a transcript's speaker
   * finishes a sentence or breaks off with a dash).
   */
  static boolean labelledHeadline(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0 || colon > 30 || colon + 1 >= s.length()) return false;
    if (!Character.isWhitespace(s.charAt(colon + 1))) return false;
    int letters = 0;
    int words = 1;
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c == ' ') {
        if (i + 1 < colon) words++;
      } else if (!Character.isDigit(c) && c != '-' && c != '.') {
        return false;
      }
    }
    if (letters < 2 || words > MAX_LABEL_WORDS) return false;
    String rest = s.substring(colon + 1).strip();
    int restWords = rest.isEmpty() ? 0 : rest.split("\\s+").length;
    if (restWords < 4 || restWords > 20 || endsLikeASentence(rest)) return false;
    // a transcript's speaker ("HUGH HEWITT: The commentary around the summit--") breaks off
    char last = rest.charAt(rest.length() - 1);
    return ",:?-–—…".indexOf(last) < 0;
  }

  /**
   * Whether a short line is shaped as a headline: three words or more, no figure, ending on a
   * letter (no sentence mark, colon or bracket), as "Zoo Attack Victim Admits Taunting Tiger" and
   * "New Year revellers flock to" do, and a list's names, scores and contacts do not.
   */
  static boolean headlineShaped(String s) {
    String t = s.strip();
    if (t.isEmpty() || hasDigit(t) || !Character.isLetter(t.charAt(t.length() - 1))) return false;
    int words = 1;
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == ' ' && t.charAt(i - 1) != ' ') words++;
    }
    return words >= 3;
  }

  /** Whether {@code s} ends with a full stop (or its kin), as a sentence does and a heading not. */
  private static boolean endsLikeASentence(String s) {
    int end = s.length() - 1;
    while (end >= 0 && (Character.isWhitespace(s.charAt(end)) || isClosingQuote(s.charAt(end)))) {
      end--;
    }
    if (end < 0) return false;
    char c = s.charAt(end);
    return c == '.' || c == '!' || c == '。' || c == '।' || c == ';';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '«' || c == ')';
  }

  /** Separators between a title's parts: a bar, a dash or a colon set off by spaces, a bullet. */
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-–—:·•»]+\\s+|\\s*[|•»]\\s*");

  private static final int MIN_TITLE_PART = 15;
  private static final int MAX_TITLE_PART = 200;

  /** Short or settled blocks (date, byline, share bar) looked past between headline and text. */
  private static final int HEADLINE_LOOKBACK = 6;

  /** The normalised parts of a title that has separators; none for a title of one part. */
  private static List<String> titleParts(String title) {
    if (title == null) return List.of();
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) return List.of();
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String norm = TextKey.normalize(p);
      if (norm.length() >= MIN_TITLE_PART) out.add(norm);
    }
    return out;
  }

  private static String signature(Block b) {
    return b.tag() + '|' + b.tagPath() + '|' + b.classIdTokens();
  }

  private static List<String> distinctTokens(String tokens) {
    if (tokens.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    for (String t : tokens.split(" ")) {
      if (!out.contains(t)) out.add(t);
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
