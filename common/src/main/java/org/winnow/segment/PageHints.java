package org.winnow.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Raw metadata candidates met while segmenting, before {@link Metadata} decides between them. */
final class PageHints {
  String htmlTitle;
  String htmlLang;
  String h1;
  String relAuthor;

  /**
   * The data of the first script that swallowed the page's markup (see {@link
   * BlockWalk#swallowedMarkup}), or null.
   */
  String swallowingScript;

  final List<String> jsonLd = new ArrayList<>();
  final List<String> times = new ArrayList<>();
  private final Map<String, String> metas = new HashMap<>();

  /** Records a meta value; the first non-blank value of a key wins. */
  void meta(String key, String value) {
    if (value == null || value.isBlank()) return;
    metas.putIfAbsent(key, value.trim());
  }

  String meta(String key) {
    return metas.get(key);
  }

  void addTime(String datetime) {
    if (times.size() < 20 && !datetime.isBlank()) times.add(datetime.trim());
  }
}
