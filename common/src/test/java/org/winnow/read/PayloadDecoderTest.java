package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;

import org.junit.jupiter.api.Test;

class PayloadDecoderTest {
  private final PayloadDecoder decoder = new PayloadDecoder(1 << 20);

  @Test
  void dechunksEveryChunkUpToTheLastOne() {
    byte[] chunked = ascii("5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");

    assertThat(new String(decoder.decode(chunked, "chunked", null).bytes()))
        .isEqualTo("hello world");
  }

  @Test
  void keepsTheBytesOfABodyCutInsideAChunk() {
    assertThat(new String(PayloadDecoder.unchunk(ascii("a\r\nhello")))).isEqualTo("hello");
  }

  @Test
  void leavesHtmlThatOnlyClaimsToBeChunkedAsIs() {
    assertThat(PayloadDecoder.unchunk(ascii("<html>5\r\n"))).isNull();
  }

  @Test
  void undoesEachOfSeveralListedEncodings() throws Exception {
    byte[] twice = Warcs.gzip(Warcs.gzip(ascii("<p>x</p>")));

    assertThat(new String(decoder.decode(twice, null, "gzip, gzip").bytes())).isEqualTo("<p>x</p>");
  }

  @Test
  void rejectsAPayloadThatInflatesBeyondTheLimit() throws Exception {
    byte[] bomb = Warcs.gzip(new byte[4 << 20]);

    assertThat(decoder.decode(bomb, null, "gzip").reason()).isEqualTo("too_large");
  }
}
