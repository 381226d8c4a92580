package org.winnow.segment;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.winnow.model.Block;
import org.winnow.model.DocIds;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/** TEMPORARY until the quality branch lands. */
public final class PageParser implements Serializable {
  private static final long serialVersionUID = 1L;

  public PageParser(Settings settings) {}

  public Page parse(SourceRecord r) {
    List<Block> blocks = new ArrayList<>();
    String title = r.title();
    if (r.payload() == SourceRecord.Payload.TEXT) {
      for (String line : r.text().split("\n")) {
        if (!line.isBlank()) blocks.add(Block.line(blocks.size(), line.trim()));
      }
    } else {
      var doc =
          Jsoup.parse(new String(r.html(), StandardCharsets.UTF_8), r.url() == null ? "" : r.url());
      title = doc.title();
      for (Element e : doc.select("p,h1,h2,h3,li")) {
        if (!e.text().isBlank()) blocks.add(Block.line(blocks.size(), e.text()));
      }
    }
    String host = null;
    try {
      host = r.url() == null ? null : java.net.URI.create(r.url()).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    return new Page(
        DocIds.of(r.source()),
        r.source(),
        r.url(),
        host,
        title,
        r.publishedAt(),
        null,
        null,
        null,
        blocks);
  }
}
