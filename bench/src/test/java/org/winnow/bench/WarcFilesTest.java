package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;

class WarcFilesTest {

  private static final List<EvalPages.Page> PAGES =
      List.of(
          new EvalPages.Page("a b.html", "<p>one</p>".getBytes(StandardCharsets.UTF_8)),
          new EvalPages.Page("c.html", "<p>two</p>".getBytes(StandardCharsets.UTF_8)));

  @Test
  void pagesComeBackAsResponsesWithTheirBytesAndUrls() throws Exception {
    byte[] warc = WarcFiles.toWarcGz(PAGES, 3);
    List<String> urls = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    try (WarcReader reader =
        new WarcReader(Channels.newChannel(new java.io.ByteArrayInputStream(warc)))) {
      for (var record : reader) {
        WarcResponse r = (WarcResponse) record;
        urls.add(r.target());
        bodies.add(new String(r.http().body().stream().readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(bodies).containsExactly("<p>one</p>", "<p>two</p>");
    assertThat(urls).containsExactly(PAGES.get(0).url(3), PAGES.get(1).url(3));
    assertThat(urls.get(0)).contains("/3/a_b.html");
  }

  @Test
  void samePagesGiveTheSameBytes() throws Exception {
    assertThat(WarcFiles.toWarcGz(PAGES, 0)).isEqualTo(WarcFiles.toWarcGz(PAGES, 0));
  }
}
