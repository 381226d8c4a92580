package org.winnow.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates a synthetic corpus of scraped news with known truth: wire stories republished and
 * edited by several outlets, outlets' own stories and stories quoting others, in WARC, JSON lines,
 * text and HTML files, each page wrapped in its outlet's template and furniture. The same spec
 * writes the same bytes.
 *
 * <p>Layout written under the output folder: {@code corpus/} (the input for Winnow) and {@code
 * truth/} ({@code documents.jsonl}, {@code paragraphs.jsonl}, {@code non_articles.jsonl}, {@code
 * summary.json}); see {@code sample/README.md} for the fields.
 *
 * <pre>{@code
 * CorpusSummary s = CorpusGenerator.write(CorpusSpec.of(500, 7), Path.of("out/sample"));
 * s.articles() // -> 500
 *
 * // command line:
 * // java -cp ... org.winnow.sample.CorpusGenerator --out out/sample --articles 500 --seed 7
 * }</pre>
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  /** The articles of the corpus, made lazily in order; nothing is written. */
  public static Iterator<Article> articles(CorpusSpec spec) {
    return new ArticleStream(spec);
  }

  /** The text blocks of an article as it is written in its format, with their truth. */
  public static List<TruthBlock> blocks(Article article) {
    return switch (article.format()) {
      case WARC, HTML -> PageRenderer.render(article).blocks();
      case JSONL, TXT -> TextScrape.render(article);
    };
  }

  /**
   * The text file or JSON {@code text} field a text scrape ({@link Format#TXT}, {@link
   * Format#JSONL}) of {@code article} is written as, its lines {@link #blocks}.
   */
  public static String scrapeText(Article article, List<TruthBlock> blocks) {
    return TextScrape.text(article, blocks);
  }

  /** Writes the corpus and its truth under {@code out}, replacing files of an earlier run. */
  public static CorpusSummary write(CorpusSpec spec, Path out) throws IOException {
    long started = System.nanoTime();
    Path corpus = out.resolve("corpus");
    Path truthDir = out.resolve("truth");
    deleteTree(corpus);
    deleteTree(truthDir);
    Files.createDirectories(corpus);
    ArticleStream stream = new ArticleStream(spec);
    Map<Format, Long> byFormat = new EnumMap<>(Format.class);
    Map<String, Long> byLanguage = new TreeMap<>();
    Map<String, Long> byKind = new TreeMap<>();
    long nonArticles;
    try (TruthLog truth = new TruthLog(truthDir, spec.gzipTruth());
        WarcSink warc = new WarcSink(corpus, spec, truth);
        JsonlSink jsonl = new JsonlSink(corpus, spec, truth)) {
      FileSink txt =
          spec.flatText()
              ? FileSink.flat(corpus, "txt", ".txt", spec.seed())
              : new FileSink(corpus, "txt", ".txt");
      FileSink html = new FileSink(corpus, "html", ".html");
      Article lastWarc = null;
      String lastWarcHtml = null;
      boolean emptyWritten = false;
      while (stream.hasNext()) {
        Article article = stream.next();
        List<TruthBlock> blocks;
        Placement where;
        switch (article.format()) {
          case WARC -> {
            PageRenderer.Page page = PageRenderer.render(article);
            blocks = page.blocks();
            where = warc.write(article, page.html());
            lastWarc = article;
            lastWarcHtml = page.html();
          }
          case HTML -> {
            PageRenderer.Page page = PageRenderer.render(article);
            blocks = page.blocks();
            where = html.write(article, PageRenderer.encode(article.outlet(), page.html()).bytes());
          }
          case JSONL -> {
            blocks = TextScrape.render(article);
            where = jsonl.write(article, blocks, TextScrape.text(article, blocks));
          }
          case TXT -> {
            blocks = TextScrape.render(article);
            where = txt.write(article, TextScrape.text(article, blocks));
            if (spec.badRecords() && !emptyWritten) {
              truth.nonArticle(txt.writeEmpty(), "", "empty_file", "reject");
              emptyWritten = true;
            }
          }
          default -> throw new IllegalStateException("unknown format " + article.format());
        }
        truth.article(article, where, blocks);
        byFormat.merge(article.format(), 1L, Long::sum);
        byLanguage.merge(article.story().language().code(), 1L, Long::sum);
        byKind.merge(article.story().kind().value(), 1L, Long::sum);
      }
      if (spec.badRecords() && lastWarc != null) {
        warc.truncateLastFile(lastWarc, lastWarcHtml);
      }
      nonArticles = truth.nonArticleCount();
    }
    long bytes = treeSize(corpus);
    int outlets = stream.outlets().all().size();
    writeSummary(
        truthDir.resolve("summary.json"),
        spec,
        stream.storiesStarted(),
        outlets,
        byFormat,
        byLanguage,
        byKind,
        nonArticles);
    return new CorpusSummary(
        spec.articles(),
        stream.storiesStarted(),
        outlets,
        byFormat,
        nonArticles,
        bytes,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static void writeSummary(
      Path file,
      CorpusSpec spec,
      long stories,
      int outlets,
      Map<Format, Long> byFormat,
      Map<String, Long> byLanguage,
      Map<String, Long> byKind,
      long nonArticles)
      throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("articles", spec.articles());
      json.writeNumberField("stories", stories);
      json.writeNumberField("outlets", outlets);
      json.writeObjectFieldStart("spec");
      json.writeNumberField("articles", spec.articles());
      json.writeNumberField("seed", spec.seed());
      json.writeStringField(
          "formats", String.join(",", spec.formats().stream().map(Format::value).toList()));
      json.writeStringField(
          "languages", String.join(",", spec.languages().stream().map(Language::code).toList()));
      json.writeNumberField("max_outlets", spec.maxOutlets());
      json.writeNumberField("outlets_per_language", spec.outletsPerLanguage());
      json.writeNumberField("records_per_file", spec.recordsPerFile());
      json.writeBooleanField("bad_records", spec.badRecords());
      json.writeBooleanField("gzip_truth", spec.gzipTruth());
      // Written only when set, so that corpora made before the option keep their exact bytes.
      if (spec.flatText()) json.writeBooleanField("flat_text", true);
      if (spec.bodies() != null) json.writeNumberField("bodies", spec.bodies().size());
      // Written only for a changed mix: the sample's summary stays as it was.
      if (!spec.edits().equals(EditMix.DEFAULT)) {
        EditMix m = spec.edits();
        json.writeObjectFieldStart("edits");
        json.writeNumberField("typo_outlets", m.typoOutlets());
        json.writeNumberField("typo_rate", m.typoRate());
        json.writeNumberField("trim_third", m.trimThird());
        json.writeNumberField("trim_half", m.trimHalf());
        json.writeNumberField("brief", m.brief());
        json.writeNumberField("lead_rewritten", m.leadRewritten());
        json.writeNumberField("whole_lead", m.wholeLead());
        json.writeNumberField("quoting", m.quoting());
        json.writeEndObject();
      }
      if (!spec.variety().equals(Variety.NONE)) {
        json.writeObjectFieldStart("variety");
        json.writeNumberField("brief_stories", spec.variety().briefStories());
        json.writeBooleanField("outlet_prose", spec.variety().outletProse());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeNumberField("non_articles", nonArticles);
      json.writeObjectFieldStart("formats");
      for (Map.Entry<Format, Long> e : byFormat.entrySet()) {
        json.writeNumberField(e.getKey().value(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("languages");
      for (Map.Entry<String, Long> e : byLanguage.entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("story_kinds");
      for (Map.Entry<String, Long> e : byKind.entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /**
   * The spec a corpus was written with, read back from its {@code truth/summary.json}: the way to
   * regenerate a corpus, such as the bundled sample, byte for byte.
   */
  public static CorpusSpec specOf(Path summaryJson) throws IOException {
    com.fasterxml.jackson.databind.JsonNode spec =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(summaryJson.toFile())
            .get("spec");
    if (spec == null) {
      throw new IllegalArgumentException(summaryJson + " has no spec object");
    }
    if (spec.has("bodies")) {
      throw new IllegalArgumentException(
          summaryJson + " was written from article texts (--bodies), which it does not hold");
    }
    return new CorpusSpec(
        spec.get("articles").asLong(),
        spec.get("seed").asLong(),
        Stream.of(spec.get("formats").asText().split(",")).map(Format::of).toList(),
        Stream.of(spec.get("languages").asText().split(",")).map(Language::of).toList(),
        spec.get("max_outlets").asInt(),
        spec.get("outlets_per_language").asInt(),
        spec.get("records_per_file").asInt(),
        spec.get("bad_records").asBoolean(),
        spec.get("gzip_truth").asBoolean(),
        spec.path("flat_text").asBoolean(false),
        editsOf(spec.get("edits")),
        null,
        varietyOf(spec.get("variety")));
  }

  private static Variety varietyOf(com.fasterxml.jackson.databind.JsonNode v) {
    if (v == null) {
      return Variety.NONE;
    }
    return new Variety(v.get("brief_stories").asDouble(), v.get("outlet_prose").asBoolean());
  }

  private static EditMix editsOf(com.fasterxml.jackson.databind.JsonNode e) {
    if (e == null) {
      return EditMix.DEFAULT;
    }
    return new EditMix(
        e.get("typo_outlets").asDouble(),
        e.get("typo_rate").asDouble(),
        e.get("trim_third").asDouble(),
        e.get("trim_half").asDouble(),
        e.get("brief").asDouble(),
        e.get("lead_rewritten").asDouble(),
        e.get("whole_lead").asDouble(),
        e.get("quoting").asDouble());
  }

  private static long treeSize(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      Files.delete(paths.get(i));
    }
  }

  /**
   * Command line: {@code --out DIR --articles N --seed S [--formats warc,jsonl,txt,html]
   * [--languages en,de,fr,es] [--max-outlets 8] [--outlets-per-language K] [--records-per-file R]
   * [--no-bad-records] [--gzip-truth] [--flat-text] [--bodies FILE]}, the {@link Variety} {@code
   * [--brief-stories P] [--outlet-prose]} and the {@link EditMix} shares {@code [--typo-outlets P]
   * [--typo-rate P] [--trim-third P] [--trim-half P] [--brief P] [--lead-rewritten P] [--whole-lead
   * P] [--quoting P]}.
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    Long articles = null;
    Long seed = null;
    List<String[]> options = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--no-bad-records" -> options.add(new String[] {arg, null});
        case "--gzip-truth" -> options.add(new String[] {arg, null});
        case "--flat-text" -> options.add(new String[] {arg, null});
        case "--outlet-prose" -> options.add(new String[] {arg, null});
        case "--help", "-h" -> {
          System.out.println(usage());
          return;
        }
        default -> {
          if (!arg.startsWith("--") || i + 1 >= args.length) {
            fail("unexpected argument " + arg);
          }
          String value = args[++i];
          switch (arg) {
            case "--out" -> out = Path.of(value);
            case "--articles" -> articles = parseLong(arg, value);
            case "--seed" -> seed = parseLong(arg, value);
            default -> options.add(new String[] {arg, value});
          }
        }
      }
    }
    if (out == null || articles == null || seed == null) {
      fail("--out, --articles and --seed are required");
    }
    CorpusSpec spec = CorpusSpec.of(articles, seed);
    for (String[] option : options) {
      spec = apply(spec, option[0], option[1]);
    }
    CorpusSummary summary = write(spec, out);
    System.out.println(
        "wrote " + out.resolve("corpus") + " and " + out.resolve("truth") + ": " + summary);
  }

  private static CorpusSpec apply(CorpusSpec spec, String option, String value) {
    try {
      return switch (option) {
        case "--formats" -> spec.withFormats(Stream.of(value.split(",")).map(Format::of).toList());
        case "--languages" ->
            spec.withLanguages(Stream.of(value.split(",")).map(Language::of).toList());
        case "--max-outlets" -> spec.withMaxOutlets(Integer.parseInt(value));
        case "--outlets-per-language" -> spec.withOutletsPerLanguage(Integer.parseInt(value));
        case "--records-per-file" -> spec.withRecordsPerFile(Integer.parseInt(value));
        case "--no-bad-records" -> spec.withBadRecords(false);
        case "--gzip-truth" -> spec.withGzipTruth(true);
        case "--flat-text" -> spec.withFlatText(true);
        case "--typo-outlets" -> spec.withEdits(spec.edits().withTypoOutlets(share(value)));
        case "--typo-rate" -> spec.withEdits(spec.edits().withTypoRate(share(value)));
        case "--trim-third" -> spec.withEdits(spec.edits().withTrimThird(share(value)));
        case "--trim-half" -> spec.withEdits(spec.edits().withTrimHalf(share(value)));
        case "--brief" -> spec.withEdits(spec.edits().withBrief(share(value)));
        case "--lead-rewritten" -> spec.withEdits(spec.edits().withLeadRewritten(share(value)));
        case "--whole-lead" -> spec.withEdits(spec.edits().withWholeLead(share(value)));
        case "--quoting" -> spec.withEdits(spec.edits().withQuoting(share(value)));
        case "--bodies" -> spec.withBodies(bodies(value));
        case "--brief-stories" -> spec.withVariety(spec.variety().withBriefStories(share(value)));
        case "--outlet-prose" -> spec.withVariety(spec.variety().withOutletProse(true));
        default -> throw new IllegalArgumentException("unknown option " + option);
      };
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return spec;
    }
  }

  private static Bodies bodies(String file) {
    try {
      return Bodies.read(Path.of(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("--bodies: " + e.getMessage());
    }
  }

  private static double share(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a share needs a number in [0, 1], got " + value);
    }
  }

  private static long parseLong(String option, String value) {
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      fail(option + " needs a whole number, got " + value);
      return 0;
    }
  }

  private static void fail(String message) {
    System.err.println("error: " + message + "\n" + usage());
    System.exit(2);
  }

  private static String usage() {
    return "usage: CorpusGenerator --out DIR --articles N --seed S [--formats warc,jsonl,txt,html]"
        + " [--languages en,de,fr,es] [--max-outlets 8] [--outlets-per-language K]"
        + " [--records-per-file 1000] [--no-bad-records] [--gzip-truth] [--flat-text]"
        + " [--bodies FILE.jsonl]\n"
        + "edit mix (shares in [0, 1], defaults are the sample's):"
        + " [--typo-outlets 0.2] [--typo-rate 0.0143] [--trim-third 0.12] [--trim-half 0.13]"
        + " [--brief 0] [--lead-rewritten 0.2] [--whole-lead 0] [--quoting 0.12]\n"
        + "variety (off by default): [--brief-stories P] (a share of stories told in one to three"
        + " paragraphs) [--outlet-prose] (each outlet words its about-us, corrections, newsletter"
        + " and legal prose its own way and places it above the story, before the related list"
        + " or at the end)";
  }
}
