package org.winnow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real news pages from the shared evaluation sets, held in memory as bytes so that benchmarks time
 * extraction and nothing else.
 *
 * <pre>{@code
 * List<EvalPages.Page> pages = EvalPages.load(Path.of("../shared/eval"), 0);
 * pages.get(0).html().length; // 152_318
 * }</pre>
 */
public final class EvalPages {
  private EvalPages() {}

  /** One page: a stable name (its file) and its HTML bytes as stored. */
  public record Page(String name, byte[] html) {
    /**
     * A URL unique to this page and copy number, for records that need one: copy 0 on the page's
     * own host, each further copy on another of 4096 hosts (syndication, as across outlets: the
     * copies of one page on one host would make its whole text that host's template), and a path
     * safe in any URI.
     */
    public String url(int copy) {
      String slug = name.replaceAll("[^A-Za-z0-9._-]", "_");
      return "https://site"
          + Integer.toHexString((name.hashCode() + copy * 0x9E3779B1) & 0xfff)
          + ".example/"
          + copy
          + "/"
          + slug;
    }
  }

  /** The folders under the eval root that hold original HTML of real news pages. */
  static final List<String> FOLDERS = List.of("l3s-gn1/original", "trafilatura-eval/eval");

  /**
   * Loads the pages of every folder, sorted by path for a stable order.
   *
   * @param evalRoot the {@code eval} folder of the shared data
   * @param limit at most this many pages (spread over both sets, every k-th), or 0 for all
   */
  public static List<Page> load(Path evalRoot, int limit) {
    List<Path> files = new ArrayList<>();
    for (String folder : FOLDERS) {
      Path dir = evalRoot.resolve(folder);
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no eval pages at " + dir.toAbsolutePath());
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // Every k-th file keeps both sets in a limited sample, in their original proportions.
    int step = limit > 0 && limit < files.size() ? files.size() / limit : 1;
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < files.size() && (limit <= 0 || pages.size() < limit); i += step) {
      Path f = files.get(i);
      try {
        pages.add(
            new Page(f.getParent().getFileName() + "-" + f.getFileName(), Files.readAllBytes(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  /** Mean size in bytes. */
  public static double meanBytes(List<Page> pages) {
    return pages.stream().mapToLong(p -> p.html().length).average().orElse(0);
  }
}
