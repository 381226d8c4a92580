package org.winnow.segment;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CharsetsTest {

  @Test
  void strictUtf8KeepsAReplacementCharacterThePageWrote() {
    assertEquals("bad byte: \uFFFD.", Charsets.strictUtf8("bad byte: \uFFFD.".getBytes(UTF_8)));
  }

  @Test
  void strictUtf8RefusesBytesOfALegacyCharset() {
    assertNull(Charsets.strictUtf8("caf\u00e9 cr\u00e8me".getBytes(ISO_8859_1)));
  }

  @Test
  void strictUtf8RefusesAMalformedByteBesideAReplacementCharacter() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("\uFFFD caf".getBytes(UTF_8));
    b.write(0xe9);
    assertNull(Charsets.strictUtf8(b.toByteArray()));
  }
}
