package org.winnow.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.winnow.segment.Charsets;

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
 * <p>Usage: {@code L3sBodies L3S_DIR OUT.jsonl}. Pages without a headline or a full-text block are
 * left out and counted.
 */
public final class L3sBodies {
  private L3sBodies() {}

  /** One page's headline and full-text paragraphs; an empty title when it has none. */
  record Article(String title, List<String> paragraphs) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: L3sBodies L3S_DIR OUT.jsonl");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int written = 0;
    int skipped = 0;
    List<Path> pages;
    try (var s = Files.list(dir.resolve("annotated"))) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      for (Path page : pages) {
        byte[] bytes = Files.readAllBytes(page);
        String html = Charsets.strictUtf8(bytes);
        if (html == null) html = new String(bytes, StandardCharsets.ISO_8859_1);
        Article a = article(html);
        if (a.title().isEmpty() || a.paragraphs().isEmpty()) {
          skipped++;
          continue;
        }
        json.writeStartObject();
        json.writeStringField("title", a.title());
        json.writeStringField("text", String.join("\n", a.paragraphs()));
        json.writeEndObject();
        json.writeRaw('\n');
        written++;
      }
    }
    System.out.println(
        "wrote " + written + " article texts to " + args[1] + "; " + skipped + " pages had none");
  }

  /**
   * The headline (the first run of class-1 text) and the class-2 paragraphs of an annotated page. A
   * paragraph ends where a block element or {@code <br>} does, or where text of another class
   * interrupts it.
   */
  static Article article(String annotatedHtml) {
    Collector c = new Collector();
    Jsoup.parse(annotatedHtml).body().traverse(c);
    c.flush();
    return new Article(collapse(c.title), c.paragraphs);
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
        if (e.isBlock() || e.normalName().equals("br")) flush();
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
      if (cls == 2) {
        paragraph.append(text);
      } else {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) flush();
    }

    void flush() {
      String p = collapse(paragraph);
      if (!p.isEmpty()) paragraphs.add(p);
      paragraph.setLength(0);
    }
  }
}
