package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pass that reads and parses one partition tells the rest of the job: its items counted by
 * kind (for the run report), its documents in partition order (where their story memberships must
 * be sent) and, of each page in partition order, the keys that classification counts over the
 * corpus. Taking them in the pass that fills the cache of parsed pages spares classification a pass
 * that would read every parsed page back, layout and all, for a few keys, and the job a pass over
 * the classified pages for their ids.
 *
 * <pre>{@code
 * partition holding a warc page d1 of a.com and a record skipped as not_html
 *   -> ReadTally({page\twarc=1, skip\tnot_html=1}, [PageKeys(a.com, title key, [block keys])], [d1])
 * }</pre>
 *
 * @param itemCounts items by {@code page\tFORMAT}, {@code reject\tREASON} or {@code skip\tREASON}
 * @param pageKeys the keys of the partition's pages, in partition order
 * @param docIds the document ids of the partition's pages, in partition order
 */
public record ReadTally(
    Map<String, Long> itemCounts, List<ClassifyStage.PageKeys> pageKeys, List<String> docIds)
    implements Serializable {
  public ReadTally {
    itemCounts = Map.copyOf(itemCounts);
    pageKeys = List.copyOf(pageKeys);
    docIds = List.copyOf(docIds);
  }

  /** The tally of one partition's items, read once. */
  public static ReadTally of(Iterator<Extracted> items) {
    Map<String, Long> counts = new TreeMap<>();
    List<ClassifyStage.PageKeys> keys = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (items.hasNext()) {
      Extracted e = items.next();
      counts.merge(itemKey(e), 1L, Long::sum);
      if (e.isPage()) {
        keys.add(ClassifyStage.PageKeys.of(e.page()));
        ids.add(e.page().docId());
      }
    }
    return new ReadTally(counts, keys, ids);
  }

  /**
   * The key an item is counted under: {@code page\tFORMAT}, {@code reject\tREASON} or {@code
   * skip\tREASON}.
   */
  public static String itemKey(Extracted e) {
    if (e.isPage()) return "page\t" + e.format();
    if (e.isReject()) return "reject\t" + e.reject().reason();
    return "skip\t" + e.skipReason();
  }
}
