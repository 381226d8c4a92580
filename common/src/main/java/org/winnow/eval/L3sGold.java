package org.winnow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.Charsets;
import org.winnow.segment.PageParser;
import org.winnow.segment.UnparseableRecordException;

/**
 * The truth of one L3S-GN1 page from its annotated copy, where every text block is wrapped in
 * {@code <span class="x-nc-selN">} (0 not content, 1 headline, 2 full text, 3 supplemental, 4
 * related, 5 comments; outside any span: boilerplate, reported as class -1).
 *
 * <p>Gold text (for the shingle metric) is the text of classes 1–3. Blocks of our own segmentation
 * get the class whose word n-grams they share most, because the annotated copy lost its non-ASCII
 * characters and cannot be matched character by character.
 *
 * <pre>{@code
 * <span class="x-nc-sel1">Rain</span><span class="x-nc-sel2">It rained all day.</span>
 *   -> goldText "Rain It rained all day.", classOf(Block "It rained all day.") == 2
 * }</pre>
 */
final class L3sGold {
  static final int UNLABELLED = -1;
  static final int HIDDEN = -2;
  private static final int N = 3;

  private final String goldText;
  private final List<Map<String, int[]>> grams = new ArrayList<>();

  private L3sGold(String goldText, List<String> tokens, List<Integer> classes) {
    this.goldText = goldText;
    for (int n = 1; n <= N; n++) {
      Map<String, int[]> m = new HashMap<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        String key = String.join(" ", tokens.subList(i, i + n));
        int[] counts = m.computeIfAbsent(key, k -> new int[7]);
        counts[classes.get(i) + 1]++;
      }
      grams.add(m);
    }
  }

  /** The page URLs of an L3S-GN1 folder's {@code url-mapping.txt}, by page id. */
  private static Map<String, String> urls(Path dir) throws IOException {
    Map<String, String> urls = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("url-mapping.txt"))) {
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      String id = line.substring(0, tab).replace("<urn:uuid:", "").replace(">", "").trim();
      urls.put(id, line.substring(tab + 1).trim());
    }
    return urls;
  }

  /** The original pages of an L3S-GN1 folder, in name order. */
  static List<Path> originals(Path dir) throws IOException {
    try (var s = Files.list(dir.resolve("original"))) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /**
   * Each of {@code files} (originals of the L3S-GN1 folder {@code dir}) parsed with its URL from
   * the folder's mapping, in order; null for a page the parser cannot read.
   */
  static List<Page> parseOriginals(PageParser parser, Path dir, List<Path> files)
      throws IOException {
    Map<String, String> urls = urls(dir);
    List<Page> pages = new ArrayList<>(files.size());
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".html", "");
      try {
        pages.add(
            parser.parse(
                SourceRecord.html(
                    f.toUri().toString(), urls.get(id), Files.readAllBytes(f), null, null)));
      } catch (UnparseableRecordException e) {
        pages.add(null);
      }
    }
    return pages;
  }

  /**
   * Reads an annotated page: UTF-8, as the annotated copies are stored (ISO-8859-1 only for a file
   * that is not well-formed UTF-8), so that "«" stays one character rather than "Â«", which would
   * split the gold text's words and cost shingles no extractor could match.
   */
  static String annotatedHtml(Path annotated) throws IOException {
    byte[] bytes = Files.readAllBytes(annotated);
    String text = Charsets.strictUtf8(bytes);
    return text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The truth of the annotated page at {@code annotated}. */
  static L3sGold read(Path annotated) throws IOException {
    return of(annotatedHtml(annotated));
  }

  static L3sGold of(String annotatedHtml) {
    Document doc = Jsoup.parse(annotatedHtml);
    StringBuilder gold = new StringBuilder();
    List<String> tokens = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    doc.body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) return;
                int cls = classOf(t);
                if (cls == HIDDEN) return;
                String text = t.getWholeText();
                if (cls >= 1 && cls <= 3) gold.append(text).append(' ');
                for (String tok : asciiTokens(text)) {
                  tokens.add(tok);
                  classes.add(cls);
                }
              }
            });
    return new L3sGold(gold.toString(), tokens, classes);
  }

  /**
   * The annotated class of a text node: that of its nearest ancestor marked {@code x-nc-selN},
   * {@link #UNLABELLED} outside any, or {@link #HIDDEN} inside a script, a style or an element the
   * annotators marked invisible.
   */
  static int classOf(TextNode t) {
    int cls = UNLABELLED;
    for (Element e = t.parent(); e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || e.hasClass("x-nc-invisible")) {
        return HIDDEN;
      }
      if (cls == UNLABELLED) {
        for (String c : e.classNames()) {
          if (c.startsWith("x-nc-sel") && c.length() == 9) {
            cls = c.charAt(8) - '0';
          }
        }
      }
    }
    return cls;
  }

  /** The text of classes 1–3. */
  String goldText() {
    return goldText;
  }

  /** The class most of {@code block}'s word n-grams come from, or -1 when none is found. */
  int classOf(Block block) {
    List<String> t = asciiTokens(block.text());
    if (t.isEmpty()) return UNLABELLED;
    int n = Math.min(N, t.size());
    Map<String, int[]> m = grams.get(n - 1);
    int[] votes = new int[7];
    for (int i = 0; i + n <= t.size(); i++) {
      int[] c = m.get(String.join(" ", t.subList(i, i + n)));
      if (c == null) continue;
      for (int k = 0; k < 7; k++) votes[k] += c[k] > 0 ? 1 : 0;
    }
    int best = 0;
    for (int k = 1; k < 7; k++) if (votes[k] > votes[best]) best = k;
    return votes[best] == 0 ? UNLABELLED : best - 1;
  }

  static boolean isContent(int cls) {
    return cls >= 1 && cls <= 3;
  }

  /** Lower-case runs of ASCII letters and digits: what survived the annotation's conversion. */
  static List<String> asciiTokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean w = c < 128 && Character.isLetterOrDigit(c);
      if (w && start < 0) start = i;
      if (!w && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
