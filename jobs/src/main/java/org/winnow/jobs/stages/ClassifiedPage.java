package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.List;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.model.Block;
import org.winnow.model.Page;

/**
 * A page with one verdict per block.
 *
 * @param page the parsed page
 * @param verdicts {@code verdicts.get(i)} decides {@code page.blocks().get(i)}
 */
public record ClassifiedPage(Page page, List<Verdict> verdicts) implements Serializable {
  public ClassifiedPage {
    if (verdicts.size() != page.blocks().size()) {
      throw new IllegalArgumentException(
          page.docId() + ": " + verdicts.size() + " verdicts for " + page.blocks().size());
    }
    verdicts = List.copyOf(verdicts);
  }

  /** Kind of the verdict on the article's own headline, which the text leaves out. */
  public static final String TITLE_KIND = "title";

  /**
   * The blocks of the article text: content blocks in page order, the headline left out (outlets
   * re-headline wire copies, and {@code documents.title} holds it).
   */
  public List<Block> textBlocks() {
    List<Block> out = new java.util.ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      if (v.label() == Label.CONTENT && !TITLE_KIND.equals(v.kind())) {
        out.add(page.blocks().get(i));
      }
    }
    return out;
  }
}
