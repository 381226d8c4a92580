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

  /** The content blocks, in page order. */
  public List<Block> contentBlocks() {
    List<Block> out = new java.util.ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i).label() == Label.CONTENT) out.add(page.blocks().get(i));
    }
    return out;
  }
}
