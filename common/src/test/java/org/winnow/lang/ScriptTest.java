package org.winnow.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {
  @Test
  void findsDominantScript() {
    assertThat(Script.of("Привет, мир")).isEqualTo(Script.CYRILLIC);
    assertThat(Script.of("Καλημέρα")).isEqualTo(Script.GREEK);
    assertThat(Script.of("مرحبا بالعالم")).isEqualTo(Script.ARABIC);
    assertThat(Script.of("北京时间昨天")).isEqualTo(Script.HAN);
    assertThat(Script.of("안녕하세요")).isEqualTo(Script.HANGUL);
    assertThat(Script.of("สวัสดีครับ")).isEqualTo(Script.THAI);
    assertThat(Script.of("नमस्ते दुनिया")).isEqualTo(Script.DEVANAGARI);
  }

  @Test
  void takesJapaneseForKanaMixedWithKanji() {
    assertThat(Script.of("東京都の天気は晴れです")).isEqualTo(Script.KANA);
  }

  @Test
  void givesNoneWithoutLetters() {
    assertThat(Script.of("12:30 — !")).isEqualTo(Script.NONE);
  }
}
