package org.winnow.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells the format of an input file from its first bytes, using the file name only to break ties (a
 * {@code .txt} file that starts with {@code <} is text, not HTML). Compressed heads are
 * decompressed first, so {@code a.jsonl.gz} and a gzip file named {@code a.warc} both work.
 *
 * <pre>{@code
 * InputFormats.detect("a.warc.gz", gzipBytesOf("WARC/1.0\r\n...")) // -> WARC
 * InputFormats.detect("x", "{\"url\":\"...\"}\n".getBytes())       // -> JSONL
 * InputFormats.detect("pages.tgz", gzipBytesOf(tarOf("a.html")))     // -> TAR
 * InputFormats.detect("a.bin", new byte[] {0, 1, 2, 3})            // -> UNKNOWN
 * }</pre>
 */
public final class InputFormats {
  /** How many decompressed bytes detection looks at. */
  static final int HEAD_BYTES = 8192;

  private InputFormats() {}

  /** The format of a file whose (possibly compressed) first bytes are {@code head}. */
  public static InputFormat detect(String fileName, byte[] head) {
    Compression compression = Compression.sniff(head, head.length);
    byte[] plain = compression == Compression.NONE ? head : inflatePrefix(compression, head);
    return detectPlain(fileName, plain, plain.length);
  }

  /** The format of the file read from {@code in}; reads at most a few kilobytes. */
  public static InputFormat detect(String fileName, InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
    byte[] raw = Compression.peek(buffered, 4);
    Compression compression = Compression.sniff(raw, raw.length);
    InputStream plain = compression.decode(buffered);
    byte[] head = readPrefix(plain, HEAD_BYTES);
    return detectPlain(fileName, head, head.length);
  }

  /** The format of decompressed content starting with {@code head[0..length)}. */
  static InputFormat detectPlain(String fileName, byte[] head, int length) {
    String name = baseName(fileName);
    if (ZipEntries.looksLikeZip(head, length)) return InputFormat.ZIP;
    if (TarEntries.looksLikeTar(head, length)) return InputFormat.TAR;
    int start = skipBomAndBlanks(head, length);
    if (start >= length) return InputFormat.UNKNOWN;
    if (startsWithIgnoreCase(head, start, length, "WARC/")) return InputFormat.WARC;
    if (isArcHeader(head, start, length)) return InputFormat.ARC;
    boolean named =
        hasExtension(name, ".txt", ".text", ".htm", ".html", ".xhtml", ".csv", ".tsv", ".tab");
    boolean text = looksLikeText(head, start, length);
    if (!named
        && (head[start] == '{' || (head[start] == '[' && jsonArrayStart(head, start, length)))) {
      return InputFormat.JSONL;
    }
    if (hasExtension(name, ".jsonl", ".ndjson", ".json") && text) return InputFormat.JSONL;
    if (hasExtension(name, ".csv", ".tsv", ".tab") && text) return InputFormat.CSV;
    if (hasExtension(name, ".txt", ".text") && text) return InputFormat.TEXT;
    if (hasExtension(name, ".htm", ".html", ".xhtml") && text) return InputFormat.HTML;
    if (Sniff.looksLikeHtml(head, length)) return InputFormat.HTML;
    return text ? InputFormat.TEXT : InputFormat.UNKNOWN;
  }

  /**
   * Extensions of files that sit beside scraped articles but never are one (documentation,
   * configuration, code, checksums, indexes): a {@code README.md} in an input folder is counted as
   * skipped, not read as a text article.
   */
  private static final java.util.Set<String> NOT_ARTICLE_EXTENSIONS =
      java.util.Set.of(
          "md",
          "rst",
          "markdown",
          "yml",
          "yaml",
          "toml",
          "ini",
          "cfg",
          "conf",
          "properties",
          "py",
          "sh",
          "java",
          "js",
          "css",
          "map",
          "sql",
          "log",
          "md5",
          "sha1",
          "sha256",
          "cdx",
          "cdxj",
          "idx",
          "pdf",
          "png",
          "jpg",
          "jpeg",
          "gif",
          "webp",
          "svg",
          "ico",
          "parquet",
          "crc");

  /** The extension of a file that is never an article ({@code "md"} for README.md), else null. */
  static String notArticleExtension(String fileName) {
    String name = baseName(fileName);
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) return null;
    String ext = name.substring(dot + 1);
    return NOT_ARTICLE_EXTENSIONS.contains(ext) ? ext : null;
  }

  /** The file name without directories, query and compression suffixes, lower-cased. */
  static String baseName(String fileName) {
    if (fileName == null) return "";
    String n = fileName;
    int q = n.indexOf('#');
    if (q >= 0) n = n.substring(0, q);
    n = n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".gzip", ".bz2", ".zst", ".zstd"}) {
      if (n.endsWith(suffix)) return n.substring(0, n.length() - suffix.length());
    }
    return n;
  }

  static boolean hasExtension(String baseName, String... extensions) {
    for (String e : extensions) {
      if (baseName.endsWith(e)) return true;
    }
    return false;
  }

  /** "filedesc://" (ARC v1/v2 file header) or a bare ARC record line "url ip 14-digit-date ...". */
  private static boolean isArcHeader(byte[] b, int start, int length) {
    if (startsWithIgnoreCase(b, start, length, "filedesc://")) return true;
    int end = start;
    while (end < length && b[end] != '\n') end++;
    String line = new String(b, start, end - start, StandardCharsets.ISO_8859_1).trim();
    String[] f = line.split(" ");
    return f.length >= 5
        && f[0].contains(":")
        && f[2].length() == 14
        && f[2].chars().allMatch(Character::isDigit)
        && f[f.length - 1].chars().allMatch(Character::isDigit);
  }

  private static boolean jsonArrayStart(byte[] b, int start, int length) {
    int i = skipBomAndBlanks(b, length, start + 1);
    return i >= length || b[i] == '{' || b[i] == ']';
  }

  /**
   * Text: no NUL byte and at most 2% other control characters. Legacy 8-bit charsets pass; images,
   * PDFs and archives do not.
   */
  static boolean looksLikeText(byte[] b, int start, int length) {
    int controls = 0;
    for (int i = start; i < length; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return false;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    return controls * 50 <= length - start;
  }

  static int skipBomAndBlanks(byte[] b, int length) {
    return skipBomAndBlanks(b, length, 0);
  }

  private static int skipBomAndBlanks(byte[] b, int length, int from) {
    int i = from;
    if (i == 0
        && length >= 3
        && (b[0] & 0xff) == 0xef
        && (b[1] & 0xff) == 0xbb
        && (b[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
    return i;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int start, int length, String prefix) {
    if (length - start < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase((char) (b[start + i] & 0xff))
          != Character.toLowerCase(prefix.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** As many decompressed bytes as the compressed prefix yields (a cut stream ends early). */
  private static byte[] inflatePrefix(Compression compression, byte[] head) {
    try (InputStream in = compression.decode(new ByteArrayInputStream(head))) {
      return readPrefix(in, HEAD_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Up to {@code max} bytes; a read error ends the prefix instead of failing detection. */
  static byte[] readPrefix(InputStream in, int max) {
    byte[] out = new byte[max];
    int n = 0;
    try {
      while (n < max) {
        int r = in.read(out, n, max - n);
        if (r < 0) break;
        n += r;
      }
    } catch (IOException e) {
      // a truncated or corrupt stream still tells its format by what came out before the damage
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
