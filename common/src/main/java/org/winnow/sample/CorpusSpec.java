package org.winnow.sample;

import java.util.List;

/**
 * What corpus to generate: how many articles, from which seed, in which formats and languages.
 * Immutable; {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * CorpusSpec.of(500, 7).withFormats(List.of(Format.WARC, Format.JSONL)).withMaxOutlets(5)
 * }</pre>
 *
 * @param articles number of articles (published copies) to write
 * @param seed the seed every random choice derives from
 * @param formats the formats articles are spread over
 * @param languages the languages stories are written in
 * @param maxOutlets most outlets (agency site included) one wire story is published by
 * @param outletsPerLanguage news sites per language; 0 picks one from the article count
 * @param recordsPerFile articles per WARC or JSON-lines file before a new file is started
 * @param badRecords whether to add the deliberately broken records (corrupt JSON line, truncated
 *     gzip member, empty file)
 * @param gzipTruth whether the truth files are gzipped ({@code .jsonl.gz}), for large corpora
 * @param flatText whether text scrapes go into one folder named {@code NNN_hash.txt}, as scrapers
 *     that keep no outlet name them, instead of a folder per outlet
 * @param edits how often copies are edited, and how ({@link EditMix#DEFAULT} for the sample's mix)
 * @param bodies real article texts the stories take their headlines and paragraphs from, one text a
 *     story, or null for stories the generator writes itself
 * @param variety brief stories and outlets' own prose ({@link Variety#NONE} for the sample's)
 */
public record CorpusSpec(
    long articles,
    long seed,
    List<Format> formats,
    List<Language> languages,
    int maxOutlets,
    int outletsPerLanguage,
    int recordsPerFile,
    boolean badRecords,
    boolean gzipTruth,
    boolean flatText,
    EditMix edits,
    Bodies bodies,
    Variety variety) {

  public CorpusSpec {
    formats = List.copyOf(formats);
    languages = List.copyOf(languages);
    java.util.Objects.requireNonNull(edits, "edits");
    java.util.Objects.requireNonNull(variety, "variety");
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be at least 1, got " + articles);
    }
    if (formats.isEmpty() || formats.size() != formats.stream().distinct().count()) {
      throw new IllegalArgumentException("formats must be distinct and not empty: " + formats);
    }
    if (languages.isEmpty() || languages.size() != languages.stream().distinct().count()) {
      throw new IllegalArgumentException("languages must be distinct and not empty: " + languages);
    }
    if (maxOutlets < 1 || maxOutlets > 64) {
      throw new IllegalArgumentException("max outlets must be in [1, 64], got " + maxOutlets);
    }
    if (outletsPerLanguage != 0 && outletsPerLanguage < maxOutlets) {
      throw new IllegalArgumentException(
          "outlets per language ("
              + outletsPerLanguage
              + ") must be 0 (automatic) or at least"
              + " max outlets ("
              + maxOutlets
              + ")");
    }
    if (recordsPerFile < 1) {
      throw new IllegalArgumentException("records per file must be at least 1: " + recordsPerFile);
    }
  }

  /** All four formats and languages, at most 8 outlets per story, 1000 records per file. */
  public static CorpusSpec of(long articles, long seed) {
    return new CorpusSpec(
        articles,
        seed,
        List.of(Format.values()),
        List.of(Language.values()),
        8,
        0,
        1000,
        true,
        false,
        false,
        EditMix.DEFAULT,
        null,
        Variety.NONE);
  }

  public CorpusSpec withFormats(List<Format> formats) {
    return edit(b -> b.formats = formats);
  }

  public CorpusSpec withLanguages(List<Language> languages) {
    return edit(b -> b.languages = languages);
  }

  public CorpusSpec withMaxOutlets(int maxOutlets) {
    return edit(b -> b.maxOutlets = maxOutlets);
  }

  public CorpusSpec withOutletsPerLanguage(int outletsPerLanguage) {
    return edit(b -> b.outletsPerLanguage = outletsPerLanguage);
  }

  public CorpusSpec withRecordsPerFile(int recordsPerFile) {
    return edit(b -> b.recordsPerFile = recordsPerFile);
  }

  public CorpusSpec withBadRecords(boolean badRecords) {
    return edit(b -> b.badRecords = badRecords);
  }

  public CorpusSpec withGzipTruth(boolean gzipTruth) {
    return edit(b -> b.gzipTruth = gzipTruth);
  }

  public CorpusSpec withFlatText(boolean flatText) {
    return edit(b -> b.flatText = flatText);
  }

  public CorpusSpec withEdits(EditMix edits) {
    return edit(b -> b.edits = edits);
  }

  /** A copy whose stories take the headlines and paragraphs of {@code bodies}. */
  public CorpusSpec withBodies(Bodies bodies) {
    return edit(b -> b.bodies = bodies);
  }

  /** A copy with brief stories and outlets' own prose as {@code variety} says. */
  public CorpusSpec withVariety(Variety variety) {
    return edit(b -> b.variety = variety);
  }

  /** A copy with the fields {@code change} sets on a mutable copy of this spec; validated again. */
  private CorpusSpec edit(java.util.function.Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new CorpusSpec(
        articles,
        seed,
        f.formats,
        f.languages,
        f.maxOutlets,
        f.outletsPerLanguage,
        f.recordsPerFile,
        f.badRecords,
        f.gzipTruth,
        f.flatText,
        f.edits,
        f.bodies,
        f.variety);
  }

  /** The changeable fields of a spec, copied so that one wither can set one of them. */
  private static final class Fields {
    List<Format> formats;
    List<Language> languages;
    int maxOutlets;
    int outletsPerLanguage;
    int recordsPerFile;
    boolean badRecords;
    boolean gzipTruth;
    boolean flatText;
    EditMix edits;
    Bodies bodies;
    Variety variety;

    Fields(CorpusSpec s) {
      formats = s.formats;
      languages = s.languages;
      maxOutlets = s.maxOutlets;
      outletsPerLanguage = s.outletsPerLanguage;
      recordsPerFile = s.recordsPerFile;
      badRecords = s.badRecords;
      gzipTruth = s.gzipTruth;
      flatText = s.flatText;
      edits = s.edits;
      bodies = s.bodies;
      variety = s.variety;
    }
  }

  /** The news sites per language actually used: the given number, or one site per ~150 articles. */
  public int effectiveOutletsPerLanguage() {
    if (outletsPerLanguage > 0) {
      return outletsPerLanguage;
    }
    long auto = Math.min(150, Math.max(8, articles / 150));
    return (int) Math.max(auto, maxOutlets);
  }
}
