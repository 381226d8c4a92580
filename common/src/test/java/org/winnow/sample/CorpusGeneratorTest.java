package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

class CorpusGeneratorTest {
  @TempDir static Path shared;
  static Path out;
  static CorpusSummary summary;
  static List<JsonNode> documents;
  static List<JsonNode> paragraphs;
  static List<JsonNode> nonArticles;

  @BeforeAll
  static void writeCorpus() throws IOException {
    out = shared.resolve("c");
    summary = CorpusGenerator.write(CorpusSpec.of(400, 11).withRecordsPerFile(80), out);
    documents = Truth.lines(out.resolve("truth/documents.jsonl"));
    paragraphs = Truth.lines(out.resolve("truth/paragraphs.jsonl"));
    nonArticles = Truth.lines(out.resolve("truth/non_articles.jsonl"));
  }

  @Test
  void writesTheSameBytesForTheSameSeed(@TempDir Path a, @TempDir Path b) throws IOException {
    CorpusSpec spec = CorpusSpec.of(60, 5).withRecordsPerFile(20);
    CorpusGenerator.write(spec, a);
    CorpusGenerator.write(spec, b);
    assertThat(Truth.fingerprint(a)).isEqualTo(Truth.fingerprint(b));
  }

  @Test
  void writesDifferentCorporaForDifferentSeeds(@TempDir Path a, @TempDir Path b)
      throws IOException {
    CorpusGenerator.write(CorpusSpec.of(30, 1), a);
    CorpusGenerator.write(CorpusSpec.of(30, 2), b);
    assertThat(Truth.fingerprint(a)).isNotEqualTo(Truth.fingerprint(b));
  }

  // Pinned: a change here means every stored corpus (the bundled sample, benchmark inputs) changes.
  @Test
  void writesThePinnedBytesForASmallCorpus(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(CorpusSpec.of(40, 20251126).withRecordsPerFile(15), dir);
    assertThat(Truth.fingerprint(dir)).isEqualTo(PINNED);
  }

  static final String PINNED = "083b88756c4d40908b9e80375fdcf6a299a03e407792d5f60889418a7c19c540";

  @Test
  void writesExactlyTheRequestedNumberOfArticles() {
    assertThat(documents).hasSize(400);
    assertThat(summary.articles()).isEqualTo(400);
    assertThat(documents.stream().map(d -> d.get("article_id").asText()).distinct()).hasSize(400);
  }

  @Test
  void findsEveryTruthDocumentAtItsPlaceInTheFiles() throws IOException {
    Path corpus = out.resolve("corpus");
    Map<String, List<String>> jsonlFiles = new HashMap<>();
    for (JsonNode doc : documents) {
      Path file = corpus.resolve(doc.get("source").asText());
      String url = doc.get("url").asText();
      String position = doc.get("position").asText();
      switch (doc.get("format").asText()) {
        case "warc" -> {
          try (WarcReader reader = new WarcReader(file)) {
            reader.position(Long.parseLong(position));
            WarcRecord record = reader.next().orElseThrow();
            assertThat(record).isInstanceOf(WarcResponse.class);
            assertThat(((WarcResponse) record).target()).isEqualTo(url);
            assertThat(record.version().toString()).isEqualTo("WARC/1.1");
          }
        }
        case "jsonl" -> {
          List<String> lines =
              jsonlFiles.computeIfAbsent(file.toString(), f -> readGzipLines(Path.of(f)));
          int line = Integer.parseInt(position.substring("line:".length()));
          JsonNode record = new ObjectMapper().readTree(lines.get(line - 1));
          assertThat(record.get("url").asText()).isEqualTo(url);
          assertThat(record.get("title").asText()).isEqualTo(doc.get("title").asText());
        }
        case "txt", "html" -> {
          assertThat(position).isEmpty();
          assertThat(Files.size(file)).isPositive();
        }
        default -> throw new AssertionError("unknown format " + doc.get("format"));
      }
    }
  }

  private static List<String> readGzipLines(Path file) {
    try {
      return Truth.gzipLines(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void listsEveryLineOfATextScrapeInTheTruth() throws IOException {
    Map<String, List<String>> blocks = blocksByArticle();
    int checked = 0;
    for (JsonNode doc : documents) {
      if (doc.get("format").asText().equals("txt")) {
        String text = Files.readString(out.resolve("corpus").resolve(doc.get("source").asText()));
        List<String> lines = Stream.of(text.split("\n")).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).isEqualTo(blocks.get(doc.get("article_id").asText()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void putsEveryTruthBlockOfAPageIntoItsHtml() throws IOException {
    Map<String, List<String>> blocks = blocksByArticle();
    for (JsonNode doc : documents) {
      if (doc.get("format").asText().equals("html")) {
        Path file = out.resolve("corpus").resolve(doc.get("source").asText());
        // jsoup finds the charset in the page's meta tag; its text() turns no-break spaces (French
        // and Spanish percent signs) into spaces.
        String text =
            org.jsoup.Jsoup.parse(file.toFile(), null).body().text().replace('\u00a0', ' ');
        for (String block : blocks.get(doc.get("article_id").asText())) {
          assertThat(text).contains(block.replace('\u00a0', ' '));
        }
      }
    }
  }

  @Test
  void givesCopiesOfOneStoryTheSameStoryIdOnDistinctOutlets() {
    Map<String, List<JsonNode>> byStory = new TreeMap<>();
    documents.forEach(
        d -> byStory.computeIfAbsent(d.get("story_id").asText(), k -> new ArrayList<>()).add(d));
    int syndicated = 0;
    for (List<JsonNode> copies : byStory.values()) {
      Set<String> outlets = new HashSet<>();
      copies.forEach(c -> outlets.add(c.get("outlet").asText()));
      assertThat(outlets).hasSameSizeAs(copies);
      assertThat(copies.stream().filter(c -> c.get("is_agency_copy").asBoolean()).count())
          .isLessThanOrEqualTo(1);
      if (copies.size() > 1) {
        syndicated++;
        assertThat(copies).allMatch(c -> c.get("story_kind").asText().equals("wire"));
      }
    }
    assertThat(syndicated).isGreaterThan(20);
  }

  @Test
  void keepsQuotingStoriesApartFromTheStoriesTheyQuote() {
    Map<String, Set<String>> contentByStory = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    documents.forEach(d -> storyOf.put(d.get("article_id").asText(), d.get("story_id").asText()));
    for (JsonNode p : paragraphs) {
      if (p.get("label").asText().equals("content")) {
        contentByStory
            .computeIfAbsent(storyOf.get(p.get("article_id").asText()), k -> new HashSet<>())
            .add(p.get("text").asText());
      }
    }
    List<JsonNode> quoting =
        documents.stream().filter(d -> d.get("story_kind").asText().equals("quoting")).toList();
    assertThat(quoting).isNotEmpty();
    int sharing = 0;
    for (JsonNode doc : quoting) {
      String quoted = doc.get("quotes_story_id").asText();
      assertThat(quoted).isNotEqualTo(doc.get("story_id").asText());
      Set<String> shared = new HashSet<>(contentByStory.get(doc.get("story_id").asText()));
      shared.retainAll(contentByStory.getOrDefault(quoted, Set.of()));
      if (!shared.isEmpty()) {
        sharing++;
      }
    }
    // The quoted story's copies may all be edited, but most keep the two quoted paragraphs.
    assertThat(sharing).isGreaterThan(0);
  }

  @Test
  void readsEveryWarcRecordWithJwarcUpToTheTruncatedMember() throws IOException {
    List<Path> warcs;
    try (Stream<Path> files = Files.list(out.resolve("corpus/warc"))) {
      warcs = files.sorted().toList();
    }
    int responses = 0;
    int revisits = 0;
    for (int i = 0; i < warcs.size() - 1; i++) {
      try (WarcReader reader = new WarcReader(warcs.get(i))) {
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse response
              && response.http().contentType().base().toString().equals("text/html")) {
            assertThat(response.http().body().stream().readAllBytes()).isNotEmpty();
            responses++;
          }
          if (record instanceof WarcRevisit) {
            revisits++;
          }
        }
      }
    }
    String last = "warc/" + warcs.get(warcs.size() - 1).getFileName();
    long warcDocs =
        documents.stream()
            .filter(d -> d.get("format").asText().equals("warc"))
            .filter(d -> !d.get("source").asText().equals(last))
            .count();
    long listedRevisits =
        nonArticles.stream()
            .filter(n -> n.get("what").asText().equals("revisit"))
            .filter(n -> !n.get("source").asText().equals(last))
            .count();
    assertThat(responses).isEqualTo(warcDocs);
    assertThat(revisits).isEqualTo(listedRevisits).isPositive();
  }

  @Test
  void encodesSomePagesInWindows1252AndSaysSoInTheHttpHeader() throws IOException {
    Map<String, String> firstBody = new HashMap<>();
    for (JsonNode p : paragraphs) {
      if (p.get("kind").asText().equals("body")) {
        firstBody.putIfAbsent(p.get("article_id").asText(), p.get("text").asText());
      }
    }
    int legacy = 0;
    for (JsonNode doc : documents) {
      if (!doc.get("format").asText().equals("warc")) {
        continue;
      }
      try (WarcReader reader =
          new WarcReader(out.resolve("corpus").resolve(doc.get("source").asText()))) {
        reader.position(doc.get("position").asLong());
        WarcResponse response = (WarcResponse) reader.next().orElseThrow();
        java.nio.charset.Charset charset =
            java.nio.charset.Charset.forName(
                response.http().contentType().parameters().get("charset"));
        String html = new String(response.http().body().stream().readAllBytes(), charset);
        String expected = firstBody.get(doc.get("article_id").asText());
        assertThat(org.jsoup.Jsoup.parse(html).body().text().replace('\u00a0', ' '))
            .contains(expected.replace('\u00a0', ' '));
        if (charset.name().equals("windows-1252")) {
          legacy++;
        }
      }
    }
    assertThat(legacy).isPositive();
  }

  @Test
  void endsTheLastWarcFileWithATruncatedGzipMember() throws IOException {
    JsonNode truncated =
        nonArticles.stream()
            .filter(n -> n.get("what").asText().equals("truncated_gzip"))
            .findFirst()
            .orElseThrow();
    Path file = out.resolve("corpus").resolve(truncated.get("source").asText());
    assertThatThrownBy(
            () -> {
              try (WarcReader reader = new WarcReader(file)) {
                reader.position(truncated.get("position").asLong());
                Optional<WarcRecord> record = reader.next();
                record.orElseThrow().body().stream().readAllBytes();
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void writesACorruptJsonLineWhereTheTruthSays() throws IOException {
    JsonNode corrupt =
        nonArticles.stream()
            .filter(n -> n.get("what").asText().equals("corrupt_json"))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        Truth.gzipLines(out.resolve("corpus").resolve(corrupt.get("source").asText()));
    int line = Integer.parseInt(corrupt.get("position").asText().substring("line:".length()));
    assertThatThrownBy(() -> new ObjectMapper().readTree(lines.get(line - 1)))
        .isInstanceOf(IOException.class);
    assertThat(corrupt.get("expect").asText()).isEqualTo("reject");
  }

  @Test
  void namesFlatTextScrapesByNumberAndHashAloneSoNoPathTellsTheOutlet(@TempDir Path dir)
      throws IOException {
    CorpusSpec spec = CorpusSpec.of(30, 3).withFormats(List.of(Format.TXT)).withFlatText(true);
    CorpusGenerator.write(spec, dir);
    List<JsonNode> docs = Truth.lines(dir.resolve("truth/documents.jsonl"));
    assertThat(docs).hasSize(30);
    for (JsonNode d : docs) {
      String source = d.get("source").asText();
      assertThat(source).matches("txt/\\d{3}_[0-9a-f]{16}\\.txt");
      assertThat(source).doesNotContain(d.get("outlet").asText());
      assertThat(dir.resolve("corpus").resolve(source)).isRegularFile();
    }
    assertThat(CorpusGenerator.specOf(dir.resolve("truth/summary.json"))).isEqualTo(spec);
  }

  @Test
  void writesAnEmptyFileListedAsNonArticle() throws IOException {
    JsonNode empty =
        nonArticles.stream()
            .filter(n -> n.get("what").asText().equals("empty_file"))
            .findFirst()
            .orElseThrow();
    assertThat(Files.size(out.resolve("corpus").resolve(empty.get("source").asText()))).isZero();
  }

  @Test
  void repeatsAnOutletsLegalProseOnEveryOfItsPages() {
    Map<String, String> outletOf = new HashMap<>();
    Map<String, String> formatOf = new HashMap<>();
    documents.forEach(
        d -> {
          outletOf.put(d.get("article_id").asText(), d.get("outlet").asText());
          formatOf.put(d.get("article_id").asText(), d.get("format").asText());
        });
    Map<String, Set<String>> legalByArticle = new HashMap<>();
    for (JsonNode p : paragraphs) {
      String id = p.get("article_id").asText();
      String format = formatOf.get(id);
      if (format.equals("warc") || format.equals("html")) {
        legalByArticle.computeIfAbsent(id, k -> new HashSet<>());
        if (p.get("kind").asText().equals("legal")) {
          legalByArticle.get(id).add(p.get("text").asText());
        }
      }
    }
    Map<String, Set<String>> legalByOutlet = new HashMap<>();
    int pagesChecked = 0;
    for (Map.Entry<String, Set<String>> page : legalByArticle.entrySet()) {
      Set<String> first = legalByOutlet.putIfAbsent(outletOf.get(page.getKey()), page.getValue());
      assertThat(page.getValue()).isNotEmpty();
      if (first != null) {
        assertThat(page.getValue()).isEqualTo(first);
        pagesChecked++;
      }
    }
    assertThat(pagesChecked).isGreaterThan(50);
    assertThat(legalByOutlet.values())
        .allMatch(texts -> texts.stream().anyMatch(t -> t.split(" ").length >= 15));
  }

  @Test
  void writesStoriesInFourLanguages() {
    Map<String, Long> byLanguage = new TreeMap<>();
    documents.forEach(d -> byLanguage.merge(d.get("language").asText(), 1L, Long::sum));
    assertThat(byLanguage.keySet()).containsExactly("de", "en", "es", "fr");
    assertThat(byLanguage.values()).allMatch(n -> n >= 30);
  }

  @Test
  void labelsBodyAndHeadingsContentAndAllFurnitureNoise() {
    Set<String> kinds = new HashSet<>();
    for (JsonNode p : paragraphs) {
      String kind = p.get("kind").asText();
      kinds.add(kind);
      boolean content = kind.equals("body") || kind.equals("heading");
      assertThat(p.get("label").asText()).isEqualTo(content ? "content" : "noise");
    }
    assertThat(kinds)
        .contains(
            "body",
            "heading",
            "title",
            "byline",
            "dateline",
            "caption",
            "related",
            "navigation",
            "share",
            "legal",
            "spam",
            "template",
            "ad");
  }

  @Test
  void countsInTheSummaryWhatTheTruthLists() throws IOException {
    JsonNode s = new ObjectMapper().readTree(out.resolve("truth/summary.json").toFile());
    assertThat(s.get("articles").asLong()).isEqualTo(documents.size());
    assertThat(s.get("non_articles").asLong()).isEqualTo(nonArticles.size());
    long stories = documents.stream().map(d -> d.get("story_id").asText()).distinct().count();
    assertThat(s.get("stories").asLong()).isGreaterThanOrEqualTo(stories);
  }

  @Test
  void readsBackTheSpecFromTheSummary() throws IOException {
    assertThat(CorpusGenerator.specOf(out.resolve("truth/summary.json")))
        .isEqualTo(CorpusSpec.of(400, 11).withRecordsPerFile(80));
  }

  @Test
  void rejectsASpecWithFewerOutletsThanAStoryMayHave() {
    assertThatThrownBy(() -> CorpusSpec.of(10, 1).withMaxOutlets(8).withOutletsPerLanguage(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max outlets");
  }

  private static Map<String, List<String>> blocksByArticle() {
    Map<String, List<String>> blocks = new HashMap<>();
    for (JsonNode p : paragraphs) {
      blocks
          .computeIfAbsent(p.get("article_id").asText(), k -> new ArrayList<>())
          .add(p.get("text").asText());
    }
    return blocks;
  }
}
