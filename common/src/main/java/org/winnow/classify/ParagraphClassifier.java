package org.winnow.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.settings.Settings;

/** TEMPORARY until the quality branch lands. */
public final class ParagraphClassifier implements Serializable {
  private static final long serialVersionUID = 1L;

  public ParagraphClassifier(Settings settings) {}

  public List<Verdict> classify(Page page, CorpusStats stats) {
    List<Verdict> out = new ArrayList<>();
    for (Block b : page.blocks()) {
      boolean template = stats.of(b.position()).hostPages() > 2;
      boolean content = b.text().length() > 80 && !template;
      out.add(
          new Verdict(
              content ? Label.CONTENT : Label.NOISE,
              content ? 0.8 : 0.2,
              content ? "body" : template ? "template" : "short",
              "temporary"));
    }
    return out;
  }
}
