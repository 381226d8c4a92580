package org.winnow.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The article texts of L3S-GN1's annotated pages as JSON lines of {@code {"title", "text"}}: the
 * headline (class 1) and the full-text blocks (class 2) one a line, for the corpus generator's
 * {@code --bodies}. A text scrape built from them holds real sentences, sub-headings and briefs
 * under known furniture, which the generator's own prose cannot stand in for.
 *
 * <pre>{@code
 * <span class="x-nc-sel1">Rain</span><p><span class="x-nc-sel2">It rained.</span></p>
 *   -> {"title":"Rain","text":"It rained."}
 * }</pre>
 *
 * <p>Usage: {@code L3sBodies L3S_DIR OUT.jsonl [--split train|test|all]}: the pages of one side of
 * the evaluation's split ({@link Split}), so that rules tuned on train bodies are judged on test
 * bodies. Pages without a headline or a full-text block, and copies of an earlier page's story, are
 * left out and counted.
 */
public final class L3sBodies {
  private L3sBodies() {}

  /** One page's headline and full-text paragraphs; an empty title when it has none. */
  record Article(String title, List<String> paragraphs) {}

  /** Which of the pages to export: the evaluation's train or test split, or all. */
  public enum Part {
    TRAIN,
    TEST,
    ALL;

    boolean holds(String fileName) {
      return this == ALL || Split.isTrain(fileName) == (this == TRAIN);
    }
  }

  /** The shortest paragraph whose repetition on another page makes that page a copy. */
  static final int COPY_PARAGRAPH_CHARS = 80;

  public static void main(String[] args) throws IOException {
    Part part = Part.ALL;
    if (args.length == 4 && args[2].equals("--split")) {
      part = Part.valueOf(args[3].toUpperCase(java.util.Locale.ROOT));
    } else if (args.length != 2) {
      System.err.println("usage: L3sBodies L3S_DIR OUT.jsonl [--split train|test|all]");
      System.exit(2);
    }
    Export export = articles(Path.of(args[0]), part);
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      for (Article a : export.articles()) {
        json.writeStartObject();
        json.writeStringField("title", a.title());
        json.writeStringField("text", String.join("\n", a.paragraphs()));
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    System.out.println(
        "wrote "
            + export.articles().size()
            + " article texts ("
            + part.name().toLowerCase(java.util.Locale.ROOT)
            + ") to "
            + args[1]
            + "; "
            + export.withoutText()
            + " pages had none, "
            + export.copies()
            + " were copies of an earlier page's story");
  }

  /**
   * The article texts of one part of the pages, and how many pages were left out: without a
   * headline or full text, or copies of a story an earlier page tells (L3S-GN1 holds some wire
   * stories from several sites; as separate bodies they would be separate stories with one text).
   */
  record Export(List<Article> articles, int withoutText, int copies) {}

  /**
   * The article texts of {@code part} of the annotated pages under {@code l3sDir}, in file-name
   * order. A page sharing a paragraph of {@value #COPY_PARAGRAPH_CHARS} characters or more with an
   * earlier page (in that order, over all pages, so that train and test never share a story) is a
   * copy and left out.
   */
  static Export articles(Path l3sDir, Part part) throws IOException {
    return parts(l3sDir).get(part);
  }

  /** {@link #articles} of every part, each page read once. */
  static java.util.Map<Part, Export> parts(Path l3sDir) throws IOException {
    List<Path> pages;
    try (var s = Files.list(l3sDir.resolve("annotated"))) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    java.util.Map<Part, List<Article>> out = new java.util.EnumMap<>(Part.class);
    java.util.Map<Part, int[]> left = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      out.put(part, new ArrayList<>());
      left.put(part, new int[2]);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Path page : pages) {
      Article a = article(L3sGold.annotatedHtml(page));
      String name = page.getFileName().toString();
      boolean noText = a.title().isEmpty() || a.paragraphs().isEmpty();
      boolean copy = false;
      for (String p : a.paragraphs()) {
        if (p.length() >= COPY_PARAGRAPH_CHARS && seen.contains(p)) copy = true;
      }
      for (String p : a.paragraphs()) {
        if (p.length() >= COPY_PARAGRAPH_CHARS) seen.add(p);
      }
      for (Part part : Part.values()) {
        if (!part.holds(name)) continue;
        if (noText) left.get(part)[0]++;
        else if (copy) left.get(part)[1]++;
        else out.get(part).add(a);
      }
    }
    java.util.Map<Part, Export> exports = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      int[] l = left.get(part);
      exports.put(part, new Export(List.copyOf(out.get(part)), l[0], l[1]));
    }
    return exports;
  }

  /**
   * The headline (the class-1 text of the first block that has any) and the paragraphs of an
   * annotated page: class-2 blocks, and class-1 blocks after the headline's (a standfirst the
   * annotators marked as headline) unless they repeat it; blocks without a letter are left out. A
   * paragraph ends where a block element or {@code <br>} does, or where text of another class
   * interrupts it.
   */
  static Article article(String annotatedHtml) {
    Collector c = new Collector();
    Jsoup.parse(annotatedHtml).body().traverse(c);
    c.flush();
    String title = collapse(c.title);
    List<String> paragraphs = new ArrayList<>(c.paragraphs);
    paragraphs.removeIf(title::equals);
    // cells of a score table ("42", "1-3, 2-41") flattened to lines: no paragraph of a text scrape
    // an extractor could be asked to keep on its own words
    paragraphs.removeIf(p -> p.codePoints().noneMatch(Character::isLetter));
    return new Article(title, paragraphs);
  }

  private static String collapse(CharSequence text) {
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  /** Gathers the headline and paragraphs in one walk over the page. */
  private static final class Collector implements NodeVisitor {
    final StringBuilder title = new StringBuilder();
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean titleDone;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.isBlock() || e.normalName().equals("br")) {
          flush();
          titleDone |= title.length() > 0;
        }
        return;
      }
      if (!(node instanceof TextNode t)) return;
      int cls = L3sGold.classOf(t);
      String text = t.getWholeText();
      if (cls == L3sGold.HIDDEN || text.isBlank()) return;
      if (cls == 1 && !titleDone) {
        title.append(text);
        return;
      }
      titleDone |= title.length() > 0;
      if (cls == 2 || cls == 1) {
        paragraph.append(text);
      } else {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        flush();
        titleDone |= title.length() > 0;
      }
    }

    void flush() {
      String p = collapse(paragraph);
      if (!p.isEmpty()) paragraphs.add(p);
      paragraph.setLength(0);
    }
  }
}
