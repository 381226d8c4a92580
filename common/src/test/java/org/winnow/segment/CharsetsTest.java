package org.winnow.segment;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.SplittableRandom;
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

  @Test
  void strictUtf8DecodesEveryLengthOfSequenceBetweenRunsOfAscii() {
    String s = "<p>" + "a".repeat(13) + "caf\u00e9 \u2019quoted\u2019 \ud83d\ude00 \u00a0end</p>";
    assertEquals(s, Charsets.strictUtf8(s.getBytes(UTF_8)));
  }

  @Test
  void strictUtf8RefusesOverlongFormsSurrogatesAndCodePointsBeyondUnicode() {
    byte[][] malformed = {
      {(byte) 0xc0, (byte) 0xaf}, // overlong '/'
      {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, // overlong '/'
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // the surrogate U+D800
      {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0xaf}, // overlong '/'
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // U+110000
      {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {'a', (byte) 0xe2, (byte) 0x80}, // cut at the end
      {(byte) 0x80}
    };
    for (byte[] b : malformed) assertNull(Charsets.strictUtf8(b));
  }

  @Test
  void strictUtf8AgreesWithTheJdkDecoderOnRandomBytes() {
    // well-formed text of every sequence length, half of it with one byte changed at random
    SplittableRandom random = new SplittableRandom(5);
    int[] starts = {0x20, 0xa0, 0x800, 0xd7f0, 0xe000, 0xfff0, 0x10000, 0x10fff0};
    int decoded = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.appendCodePoint(starts[random.nextInt(starts.length)] + random.nextInt(16));
      }
      byte[] b = text.toString().getBytes(UTF_8);
      if (b.length > 0 && random.nextBoolean())
        b[random.nextInt(b.length)] = (byte) random.nextInt();
      String jdk = jdkStrict(b);
      assertEquals(jdk, Charsets.strictUtf8(b), () -> java.util.Arrays.toString(b));
      if (jdk != null) decoded++;
    }
    // both outcomes are well represented
    assertEquals(true, decoded > 2_000 && decoded < 18_000, "valid inputs: " + decoded);
  }

  private static String jdkStrict(byte[] b) {
    try {
      return UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
