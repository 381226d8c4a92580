package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class InputFormatsTest {
  @Test
  void tellsAGzipWarcByContentEvenWhenNamedPlain() throws IOException {
    byte[] gz = Warcs.gzip(ascii("WARC/1.0\r\nWARC-Type: warcinfo\r\n"));

    assertThat(InputFormats.detect("a.warc", gz)).isEqualTo(InputFormat.WARC);
  }

  @Test
  void tellsAnArcByItsFiledescHeader() {
    assertThat(
            InputFormats.detect(
                "x", ascii("filedesc://IAH.arc 0.0.0.0 20080430204825 text/plain 76\n")))
        .isEqualTo(InputFormat.ARC);
  }

  @Test
  void tellsJsonLinesByTheFirstBrace() {
    assertThat(InputFormats.detect("part-0001", ascii("  {\"url\":\"u\"}\n")))
        .isEqualTo(InputFormat.JSONL);
  }

  @Test
  void tellsHtmlByContentWithoutAName() {
    assertThat(InputFormats.detect("page", ascii("<!DOCTYPE html><html>")))
        .isEqualTo(InputFormat.HTML);
  }

  @Test
  void letsATxtNameWinOverHtmlLookingContent() {
    assertThat(InputFormats.detect("note.txt", ascii("<b>bold</b> text")))
        .isEqualTo(InputFormat.TEXT);
  }

  @Test
  void tellsPlainTextByContent() {
    assertThat(InputFormats.detect("article", ascii("A headline\nA paragraph.\n")))
        .isEqualTo(InputFormat.TEXT);
  }

  @Test
  void callsBinaryContentUnknown() {
    assertThat(InputFormats.detect("photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2}))
        .isEqualTo(InputFormat.UNKNOWN);
  }

  @Test
  void readsTheFormatFromAStream() throws IOException {
    byte[] bz = Warcs.bzip2(ascii("{\"text\":\"a\"}\n"));

    assertThat(InputFormats.detect("a.jsonl.bz2", new java.io.ByteArrayInputStream(bz)))
        .isEqualTo(InputFormat.JSONL);
  }
}
