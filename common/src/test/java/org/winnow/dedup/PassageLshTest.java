package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class PassageLshTest {
  private final Shingler shingler = new Shingler(Settings.defaults());
  private final PassageLsh lsh = new PassageLsh(Settings.defaults());

  private static final List<String> FLOODS =
      List.of("Floods hit the north of the country.", "Dozens of families fled.");

  private static List<String> story() {
    return SyntheticCopies.generate(5, 30).docs().get(0).paragraphs();
  }

  @Test
  void pinsSignatureValuesSoThatAChangedSeedCannotStaleStoredSignatures() {
    ShingledText t = shingler.shingle(FLOODS);
    long[] sig = lsh.signature(t, 0, t.size());
    assertThat(sig).hasSize(6);
    assertThat(sig[0]).isEqualTo(-6003959332559225572L);
    assertThat(sig[1]).isEqualTo(-8024797185583497440L);
    assertThat(sig[5]).isEqualTo(-6385333083122696395L);
  }

  @Test
  void pinsBandKeys() {
    long[] keys = lsh.bandKeys(shingler.shingle(FLOODS));
    assertThat(keys).hasSize(3);
    assertThat(keys[0]).isEqualTo(-2341147906571470131L);
    assertThat(keys[2]).isEqualTo(7148728719841313379L);
  }

  @Test
  void cutsATrimmedCopyAtTheSamePlacesAsItsFullStory() {
    List<String> full = story();
    ShingledText f = shingler.shingle(full);
    ShingledText third = shingler.shingle(full.subList(0, full.size() / 3));
    int[] fullStarts = lsh.passageStarts(f);
    int[] thirdStarts = lsh.passageStarts(third);
    assertThat(thirdStarts.length).isGreaterThan(1);
    assertThat(Arrays.copyOf(fullStarts, thirdStarts.length)).isEqualTo(thirdStarts);
  }

  @Test
  void givesABriefBandKeysOfItsFullStory() {
    List<String> full = story();
    long[] fullKeys = lsh.bandKeys(shingler.shingle(full));
    long[] briefKeys = lsh.bandKeys(shingler.shingle(full.subList(0, 1)));
    assertThat(ShingleSets.intersection(fullKeys, briefKeys)).isGreaterThan(0);
  }

  @Test
  void sharesNoBandKeysBetweenUnrelatedStories() {
    SyntheticCopies.Corpus c = SyntheticCopies.generate(5, 30);
    List<String> first = null;
    List<String> second = null;
    for (CopyFacts d : c.docs()) {
      String story = c.truth().get(d.docId());
      if (first == null && story.equals("story0")) first = d.paragraphs();
      if (second == null && story.equals("story1")) second = d.paragraphs();
    }
    long[] a = lsh.bandKeys(shingler.shingle(first));
    long[] b = lsh.bandKeys(shingler.shingle(second));
    assertThat(ShingleSets.intersection(a, b)).isZero();
  }

  @Test
  void keepsPassagesNearTheConfiguredLength() {
    ShingledText t = shingler.shingle(story());
    int[] starts = lsh.passageStarts(t);
    double mean = (double) t.size() / starts.length;
    assertThat(mean).isBetween(6.0, 30.0);
  }

  @Test
  void rejectsMoreBandsTimesRowsThanPermutations() {
    Settings s = Settings.of(Map.of("dedup.bands", "8", "dedup.rows", "4", "dedup.num_perm", "16"));
    assertThatThrownBy(() -> new PassageLsh(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dedup.num_perm");
  }

  @Test
  void followsTheBandingCurve() {
    assertThat(lsh.candidateProbability(1.0)).isEqualTo(1.0);
    assertThat(lsh.candidateProbability(0.5)).isCloseTo(1 - Math.pow(0.75, 3), within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
