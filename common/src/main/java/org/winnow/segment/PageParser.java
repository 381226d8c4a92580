package org.winnow.segment;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.winnow.model.Block;
import org.winnow.model.DocIds;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/**
 * Turns one {@link SourceRecord} into a {@link Page}: decodes the bytes, cuts the HTML into blocks
 * (in one pass without a DOM, or with {@code segment.parser=dom} from jsoup's DOM) and reads the
 * metadata. Text records become one block per non-blank line.
 *
 * <pre>{@code
 * PageParser parser = new PageParser(Settings.defaults());
 * Page page = parser.parse(SourceRecord.html("file:/a.warc#0", "https://www.x.com/a",
 *     "<title>Rain | X</title><p>It rained.</p>".getBytes(UTF_8), null, null));
 * page.host();   // "x.com"
 * page.title();  // "Rain"
 * page.blocks(); // [Block[0 p 'It rained.']]
 * }</pre>
 *
 * <p>Thread-safe and serializable: one instance can serve every task of an executor.
 */
public final class PageParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Share of NUL and other control bytes above which a payload is not text. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  /** No real title is this long: a longer one swallowed the page's markup. */
  private static final int SWALLOWED_TITLE_CHARS = 1000;

  private final int maxBlocks;
  private final int maxChars;
  private final boolean stream;

  public PageParser(Settings settings) {
    this.maxBlocks = settings.get(SegmentSettings.MAX_BLOCKS);
    this.maxChars = settings.get(SegmentSettings.MAX_CHARS);
    this.stream = settings.get(SegmentSettings.PARSER).equals("stream");
  }

  /**
   * The page of {@code record}.
   *
   * @throws UnparseableRecordException for a body that is empty or not text
   */
  public Page parse(SourceRecord record) {
    String docId = DocIds.of(record.source());
    String host = hostOf(record.url());
    if (host == null) host = siteName(record.site());
    if (record.payload() == SourceRecord.Payload.TEXT) return parseText(record, docId, host);

    byte[] bytes = record.html();
    if (isBlank(bytes)) {
      throw new UnparseableRecordException("empty_body", bytes.length + " bytes, none visible");
    }
    int control = controlBytes(bytes);
    if (control > MAX_CONTROL_SHARE * Math.min(bytes.length, 8192)) {
      throw new UnparseableRecordException(
          "binary_content", control + " control bytes in the first 8 KB: not HTML");
    }
    Charsets.Decoded decoded = Charsets.decode(bytes, record.declaredCharset());
    String html = decoded.text();
    BlockWalk.Result seg = segment(html, record.url());
    List<String> notes = new ArrayList<>();
    if (seg.hints().swallowingScript != null) {
      String repaired = closingScriptBefore(html, seg.hints().swallowingScript);
      if (repaired != null) {
        html = repaired;
        seg = segment(html, record.url());
        notes.add(
            "a cut <script src> tag swallowed the page's markup; parsed again with it closed");
      }
    }
    String title = seg.hints().htmlTitle;
    if (title != null && title.length() > SWALLOWED_TITLE_CHARS) {
      // a <title> never closed holds the rest of the page as text: read it again without
      // that tag, so that the page's own elements are parsed
      String repaired = withoutFirstTitleTag(html);
      if (repaired != null) {
        seg = segment(repaired, record.url());
        notes.add("an unclosed <title> swallowed the page; parsed again without it");
      }
    }
    Metadata meta = Metadata.resolve(seg.hints(), seg.blocks());
    List<Block> blocks = seg.blocks();
    List<Block> fromData =
        StructuredBodyBlocks.missing(meta.structuredBodySource(), blocks, maxBlocks, maxChars);
    if (!fromData.isEmpty()) {
      blocks = new ArrayList<>(blocks);
      blocks.addAll(fromData);
      notes.add(
          "the article's text is only in its JSON-LD articleBody: "
              + fromData.size()
              + " blocks appended from it");
    }
    if (seg.truncated()) {
      notes.add(
          "truncated at "
              + seg.blocks().size()
              + " blocks (caps: segment.max_blocks="
              + maxBlocks
              + ", segment.max_chars="
              + maxChars
              + ")");
    }
    if (blocks.isEmpty()) notes.add("no text blocks (frameset, empty body or only markup)");
    return new Page(
        docId,
        record.source(),
        record.url(),
        host,
        record.title() != null ? record.title() : meta.title(),
        record.publishedAt() != null ? record.publishedAt() : meta.publishedAt(),
        meta.author(),
        meta.language(),
        meta.structuredBody(),
        blocks,
        notes);
  }

  /** The blocks and hints of {@code html} by the parser {@code segment.parser} names. */
  private BlockWalk.Result segment(String html, String url) {
    if (stream) return new StreamSegmenter(maxBlocks, maxChars).segment(html);
    Document doc = Parser.htmlParser().parseInput(html, baseUri(url));
    return new Segmenter(maxBlocks, maxChars).segment(doc);
  }

  /**
   * The HTML with a {@code </script>} put before {@code data}, the data of a script that swallowed
   * the page's markup, so that the markup is read as markup; null when the data is not found right
   * after a tag.
   *
   * <pre>{@code
   * closingScriptBefore("<script src=x><p>A</p><p>B</p></script>", "<p>A</p><p>B</p>")
   *   -> "<script src=x></script><p>A</p><p>B</p></script>"
   * }</pre>
   */
  static String closingScriptBefore(String html, String data) {
    for (int at = html.indexOf(data); at > 0; at = html.indexOf(data, at + 1)) {
      if (html.charAt(at - 1) == '>') {
        return html.substring(0, at) + "</script>" + html.substring(at);
      }
    }
    return null;
  }

  /** The HTML without its first {@code <title ...>} opening tag, or null when there is none. */
  static String withoutFirstTitleTag(String html) {
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i + 6 < n; i = html.indexOf('<', i + 1)) {
      if (!html.regionMatches(true, i + 1, "title", 0, 5)) continue;
      char after = html.charAt(i + 6);
      if (after != '>' && !Character.isWhitespace(after)) continue;
      int end = html.indexOf('>', i);
      if (end < 0) return null;
      return html.substring(0, i) + html.substring(end + 1);
    }
    return null;
  }

  private Page parseText(SourceRecord record, String docId, String host) {
    String text = record.text();
    if (text.isBlank()) throw new UnparseableRecordException("empty_body", "blank text");
    List<Block> blocks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int chars = 0;
    String attributedTitle = null;
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = BlockWalk.collapse(raw);
      if (line.isEmpty()) continue;
      if (blocks.size() >= maxBlocks || chars + line.length() > maxChars) {
        notes.add("truncated at " + blocks.size() + " lines");
        break;
      }
      chars += line.length();
      if (attributedTitle == null) attributedTitle = TextScrapes.titleFromAttribution(line);
      blocks.add(Block.line(blocks.size(), line));
    }
    String title = record.title() != null ? record.title() : attributedTitle;
    if (title == null) {
      title = TextScrapes.echoedHeadline(blocks.stream().map(Block::text).toList());
    }
    return new Page(
        docId,
        record.source(),
        record.url(),
        host,
        title,
        record.publishedAt(),
        null,
        Metadata.language(null, blocks),
        null,
        blocks,
        notes);
  }

  /** Lower-case host of {@code url} without a leading {@code www.}, or null. */
  public static String hostOf(String url) {
    if (url == null || url.isBlank()) return null;
    String host = null;
    try {
      host = URI.create(url.trim()).getHost();
    } catch (IllegalArgumentException e) {
      // unescaped characters in path or query: the authority is still readable by hand
    }
    if (host == null) {
      String u = url.trim();
      int s = u.indexOf("://");
      if (s < 0) return null;
      int e = s + 3;
      while (e < u.length() && "/?#".indexOf(u.charAt(e)) < 0) e++;
      host = u.substring(s + 3, e);
      int at = host.lastIndexOf('@');
      if (at >= 0) host = host.substring(at + 1);
      int colon = host.lastIndexOf(':');
      if (colon >= 0 && host.indexOf(']') < colon) host = host.substring(0, colon);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    if (host.startsWith("www.")) host = host.substring(4);
    return host.isEmpty() ? null : host;
  }

  /**
   * The outlet an input names beside the body, as a host: {@code "WWW.Example.com "} -> {@code
   * "example.com"}, {@code "Reuters"} -> {@code "reuters"}; null when blank.
   */
  static String siteName(String site) {
    if (site == null) return null;
    String s = BlockWalk.collapse(site).toLowerCase(Locale.ROOT);
    if (s.startsWith("www.")) s = s.substring(4);
    while (s.endsWith(".") || s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s.isEmpty() ? null : s;
  }

  private static String baseUri(String url) {
    return url == null ? "" : url;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) return false;
    }
    return true;
  }

  private static int controlBytes(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int count = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) count++;
    }
    return count;
  }
}
