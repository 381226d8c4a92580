package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class ProvenanceTest {
  private final Shingler shingler = new Shingler(Settings.defaults());

  @Test
  void marksARewrittenLeadAndALocalParagraphAsNotShared() {
    List<String> full = SyntheticCopies.generate(5, 30).docs().get(0).paragraphs();
    List<String> copy = new ArrayList<>(full.subList(0, 4));
    copy.set(0, "Residents of our county woke to flooded streets on Monday, the mayor said today.");
    copy.add(
        "Local shelters are open at the high school gym and the library until further notice.");
    CopyFacts facts =
        new CopyFacts(
            "c", "https://x.com/c", "x.com", null, null, null, copy, new int[] {3, 5, 8, 9, 12});
    long[] canonical = shingler.shingle(full).set();
    int[] shared = Provenance.sharedPositions(facts, shingler.shingle(copy), canonical);
    assertThat(shared).containsExactly(5, 8, 9);
  }
}
