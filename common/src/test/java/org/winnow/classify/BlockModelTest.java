package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;

class BlockModelTest {
  @TempDir Path dir;

  @Test
  void roundTripsThroughJson() throws IOException {
    double[] w = new double[BlockModel.FEATURES.size()];
    w[0] = 2.0;
    Path file = dir.resolve("m.json");
    Files.writeString(file, new BlockModel(w, -1.0).toJson("test"));
    double[] x = new double[w.length];
    x[0] = 0.5;
    assertThat(BlockModel.load(file).probability(x)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void refusesAFileWithOtherFeatures() throws IOException {
    Path file = dir.resolve("old.json");
    Files.writeString(file, "{\"features\":[\"a\"],\"weights\":[1],\"bias\":0}");
    assertThatThrownBy(() -> BlockModel.load(file)).hasMessageContaining("features differ");
  }

  @Test
  void classifierScoresOpenBlocksWithTheModelAndSaysSo() throws IOException {
    double[] w = new double[BlockModel.FEATURES.size()];
    Path file = dir.resolve("flat.json");
    Files.writeString(file, new BlockModel(w, 3.0).toJson("always content"));
    Settings s = Settings.defaults().with(Map.of("classify.model_path", file.toString()));
    Page p =
        new PageParser(s)
            .parse(
                SourceRecord.html(
                    "s", null, "<div><p>Short note here.</p></div>".getBytes(), null, null));
    Verdict v = new ParagraphClassifier(s).classify(p, CorpusStats.NONE).get(0);
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).contains("model 0.95");
  }

  @Test
  void committedModelMatchesThisVersionsFeatures() {
    Path committed = Path.of("../conf/model/paragraph-lr.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(committed), "conf/model/paragraph-lr.json absent: check skipped");
    assertThat(BlockModel.load(committed)).isNotNull();
  }

  @Test
  void defaultSettingsScoreWithTheBuiltInModel() {
    Page p =
        new PageParser(Settings.defaults())
            .parse(
                SourceRecord.html(
                    "s", null, "<div><p>Short note here.</p></div>".getBytes(), null, null));
    Verdict v = new ParagraphClassifier(Settings.defaults()).classify(p, CorpusStats.NONE).get(0);
    assertThat(v.reason()).contains("; model ");
  }

  @Test
  void anEmptyModelSettingLeavesTheRulesAlone() {
    Settings s = Settings.defaults().with(Map.of("classify.model_path", ""));
    Page p =
        new PageParser(s)
            .parse(
                SourceRecord.html(
                    "s", null, "<div><p>Short note here.</p></div>".getBytes(), null, null));
    Verdict v = new ParagraphClassifier(s).classify(p, CorpusStats.NONE).get(0);
    assertThat(v.reason()).doesNotContain("model");
  }

  private static final String PROSE =
      "The city council said on Tuesday that it would open the new bridge to traffic in the"
          + " spring, after two years of work that were delayed by the floods of last winter and"
          + " by a long dispute with the company that had won the contract for it.";

  private Settings withModel(double bias) throws IOException {
    Path file = dir.resolve("bias.json");
    Files.writeString(
        file, new BlockModel(new double[BlockModel.FEATURES.size()], bias).toJson("flat"));
    return Settings.defaults().with(Map.of("classify.model_path", file.toString()));
  }

  @Test
  void neverEmptiesAPageOnWhichTheRulesFoundAnArticle() throws IOException {
    Settings s = withModel(-5.0);
    Page p =
        new PageParser(s)
            .parse(SourceRecord.html("s", null, ("<p>" + PROSE + "</p>").getBytes(), null, null));
    Verdict v = new ParagraphClassifier(s).classify(p, CorpusStats.NONE).get(0);
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).contains("model overruled");
  }

  @Test
  void leavesCaptionsAndShortDatesToTheRules() throws IOException {
    Settings s = withModel(5.0);
    String html =
        "<p>"
            + PROSE
            + "</p><figure><figcaption>The bridge at dawn</figcaption></figure>"
            + "<p>Updated 12.01.2025, 10:45</p>";
    Page p = new PageParser(s).parse(SourceRecord.html("s", null, html.getBytes(), null, null));
    java.util.List<Verdict> v = new ParagraphClassifier(s).classify(p, CorpusStats.NONE);
    assertThat(v.get(0).reason()).contains("; model ");
    assertThat(v.get(1).reason()).doesNotContain("model");
    assertThat(v.get(2).reason()).doesNotContain("model");
  }
}
