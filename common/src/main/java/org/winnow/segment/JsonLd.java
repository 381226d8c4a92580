package org.winnow.segment;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article facts a page states in JSON-LD ({@code <script type="application/ld+json">}): body,
 * headline, publication date and author, from the first object that has each, searching nested
 * objects, arrays and {@code @graph}.
 *
 * <pre>{@code
 * {"@type":"NewsArticle","headline":"Rain","author":{"name":"A. B."},"articleBody":"It rained."}
 *   -> headline="Rain", author="A. B.", articleBody="It rained."
 * }</pre>
 */
final class JsonLd {
  // configured once and never changed: safe to share between threads
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();
  private static final int MAX_JSON_CHARS = 2_000_000;
  private static final int MAX_DEPTH = 12;

  /** A character reference: {@code &amp;}, {@code &ccedil;}, {@code &#233;}, {@code &#xE9;}. */
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

  /** Escaped twice is the most seen ({@code &amp;ccedil;}); more is not text any longer. */
  private static final int MAX_UNESCAPES = 3;

  String articleBody;
  String headline;
  String datePublished;
  String author;

  /** Reads one script's JSON; malformed JSON is ignored, as browsers and crawlers do. */
  void read(String json) {
    if (json == null || json.isBlank() || json.length() > MAX_JSON_CHARS) return;
    JsonNode root;
    try {
      root = MAPPER.readTree(json.trim());
    } catch (Exception e) {
      return;
    }
    visit(root, 0);
  }

  private void visit(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) return;
    if (node.isArray()) {
      for (JsonNode c : node) visit(c, depth + 1);
      return;
    }
    if (!node.isObject()) return;
    if (articleBody == null) articleBody = unescaped(text(node.get("articleBody")));
    if (headline == null) headline = text(node.get("headline"));
    if (datePublished == null) datePublished = text(node.get("datePublished"));
    if (author == null) author = name(node.get("author"), depth);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      String lf = f.toLowerCase(Locale.ROOT);
      // authors' and publishers' own objects hold no article facts
      if (lf.equals("author") || lf.equals("publisher") || lf.equals("creator")) continue;
      JsonNode c = node.get(f);
      if (c.isContainerNode()) visit(c, depth + 1);
    }
  }

  /**
   * A body as its page meant it: some publishing systems write the article's HTML into the JSON
   * escaped ({@code &lt;p&gt;Uma das lideran&ccedil;as}), a few escaped twice ({@code
   * &amp;ccedil;}). Character references are decoded while the body holds one and no markup yet;
   * markup's own references are left to the HTML parser that reads it.
   *
   * <pre>{@code
   * "&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;" -> "<p>Fish &amp; chips</p>"
   * "Lideran&ccedil;as"                        -> "Lideranças"
   * "<p>Fish &amp; chips</p>"                  -> unchanged
   * }</pre>
   */
  static String unescaped(String body) {
    for (int k = 0;
        body != null
            && k < MAX_UNESCAPES
            && body.indexOf('<') < 0
            && CHARACTER_REFERENCE.matcher(body).find();
        k++) {
      body = HtmlEntities.decode(body, false);
    }
    return body;
  }

  private static String text(JsonNode n) {
    if (n == null) return null;
    if (n.isTextual()) {
      String s = n.asText().trim();
      return s.isEmpty() ? null : s;
    }
    if (n.isArray() && n.size() > 0) return text(n.get(0));
    return null;
  }

  private static String name(JsonNode n, int depth) {
    if (n == null || depth > MAX_DEPTH) return null;
    if (n.isTextual()) return text(n);
    if (n.isObject()) return text(n.get("name"));
    if (n.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode c : n) {
        String s = name(c, depth + 1);
        if (s == null) continue;
        if (sb.length() > 0) sb.append(", ");
        sb.append(s);
      }
      return sb.length() == 0 ? null : sb.toString();
    }
    return null;
  }
}
