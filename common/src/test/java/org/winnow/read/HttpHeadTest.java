package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;

import org.junit.jupiter.api.Test;

class HttpHeadTest {
  private static HttpHead parse(String s) {
    byte[] b = ascii(s);
    return HttpHead.parse(b, b.length, true);
  }

  @Test
  void readsStatusHeadersAndWhereTheBodyStarts() {
    HttpHead h = parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>");

    assertThat(h.status()).isEqualTo(200);
    assertThat(h.header("content-type")).isEqualTo("text/html");
    assertThat(h.bodyStart()).isEqualTo(44);
  }

  @Test
  void readsLfOnlyLinesAndHeadersWithoutASpace() {
    HttpHead h = parse("HTTP/1.0 200 OK\nServer:nginx\n\nbody");

    assertThat(h.header("server")).isEqualTo("nginx");
    assertThat(h.bodyStart()).isEqualTo(30);
  }

  @Test
  void readsDoubledCarriageReturnsAndAMissingReasonPhrase() {
    HttpHead h = parse("HTTP/1.1 302 \r\r\nLocation: /x\r\r\n\r\r\n");

    assertThat(h.status()).isEqualTo(302);
    assertThat(h.header("location")).isEqualTo("/x");
  }

  @Test
  void endsTheHeadWhereHtmlFollowsWithoutABlankLine() {
    HttpHead h = parse("HTTP/1.0 200 Document follows\r\nContent-length: 30\r\n<HTML>\r\n");

    assertThat(h.bodyStart()).isEqualTo(51);
  }

  @Test
  void joinsFoldedAndRepeatedHeaders() {
    HttpHead h = parse("HTTP/1.1 200 OK\r\nVary: a\r\n  b\r\nVary: c\r\n\r\n");

    assertThat(h.header("vary")).isEqualTo("a b, c");
  }

  @Test
  void refusesAStatusLineThatIsNotHttp() {
    assertThat(parse("HTTPX/1.1 200 OK\r\n\r\n")).isNull();
  }

  @Test
  void waitsForMoreBytesWhenTheHeadIsCutAndTheBlockGoesOn() {
    byte[] b = ascii("HTTP/1.1 200 OK\r\nContent-Ty");

    assertThat(HttpHead.parse(b, b.length, false)).isNull();
  }
}
