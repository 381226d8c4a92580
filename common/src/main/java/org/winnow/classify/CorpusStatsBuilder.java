package org.winnow.classify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.winnow.model.Block;
import org.winnow.model.Hosts;
import org.winnow.model.Page;
import org.winnow.text.TextKey;

/**
 * The corpus signals of a set of pages, computed in memory: the reference semantics of what the
 * Spark layer computes at scale, and what tests and the evaluation use.
 *
 * <p>For each block, key = {@code TextKey.of(block.text())} (key 0, empty text, is ignored):
 *
 * <ul>
 *   <li>{@code hostPages} = number of distinct pages of the same {@link Page#host()} carrying the
 *       key;
 *   <li>{@code hosts} = number of distinct hosts carrying the key;
 *   <li>{@code pages} = number of distinct pages of any host carrying the key;
 *   <li>{@code titlePages} = number of OTHER pages whose {@code TextKey.of(title)} equals the key
 *       or that list it as a headline ({@link ListedHeadlines});
 *   <li>{@code storyPages} = the most pages carrying the key that share a story key ({@link
 *       StorySample}, counted over the 32 smallest story keys);
 *   <li>{@code hostPageCount} = pages of the host in the run.
 * </ul>
 *
 * A page counts under its outlet, {@link Hosts#outletOf(Page)}: its host, or the site folder it was
 * scraped into, or else a name of its own. A page is identified by its docId; adding the same docId
 * twice counts it once.
 *
 * <pre>{@code
 * CorpusStatsBuilder b = new CorpusStatsBuilder();
 * b.add(pageA); b.add(pageB);          // both on x.com, both end with "© X Ltd"
 * b.statsFor(pageA).of(lastBlock)      // -> BlockStats[hostPages=2, hosts=1, titlePages=0, pages=2]
 * }</pre>
 *
 * <p>Not thread-safe: add all pages first, then ask.
 */
public final class CorpusStatsBuilder {
  private final Set<String> docIds = new HashSet<>();
  private final Map<String, Integer> pagesByHost = new HashMap<>();
  private final Map<HostKey, Integer> hostPagesByKey = new HashMap<>();
  private final Map<Long, Set<String>> hostsByKey = new HashMap<>();
  private final Map<Long, Integer> titlePagesByKey = new HashMap<>();
  private final Map<Long, Integer> pagesByKey = new HashMap<>();
  private final Map<Long, StorySample> storiesByKey = new HashMap<>();

  private record HostKey(String host, long key) {}

  /** Counts {@code page}'s blocks and title. */
  public void add(Page page) {
    if (!docIds.add(page.docId())) return;
    String host = hostOf(page);
    pagesByHost.merge(host, 1, Integer::sum);
    Set<Long> keys = new HashSet<>();
    for (Block b : page.blocks()) {
      long k = TextKey.of(b.text());
      if (k != 0) keys.add(k);
    }
    long story = StorySample.storyKey(page);
    for (long k : keys) {
      storiesByKey.computeIfAbsent(k, x -> new StorySample()).add(story, 1);
      hostPagesByKey.merge(new HostKey(host, k), 1, Integer::sum);
      hostsByKey.computeIfAbsent(k, x -> new HashSet<>()).add(host);
      pagesByKey.merge(k, 1, Integer::sum);
    }
    for (long t : titleKeys(page)) titlePagesByKey.merge(t, 1, Integer::sum);
  }

  /** The keys a page names as headlines: its title's and its listed headlines', distinct. */
  private static Set<Long> titleKeys(Page page) {
    Set<Long> out = new HashSet<>();
    long t = page.title() == null ? 0 : TextKey.of(page.title());
    if (t != 0) out.add(t);
    for (long k : ListedHeadlines.keys(page)) out.add(k);
    return out;
  }

  /** The stats of {@code page}'s blocks against every page added (it should be one of them). */
  public CorpusStats statsFor(Page page) {
    String host = hostOf(page);
    boolean added = docIds.contains(page.docId());
    Set<Long> ownTitles = titleKeys(page);
    Map<Integer, BlockStats> byPosition = new HashMap<>();
    for (Block b : page.blocks()) {
      long k = TextKey.of(b.text());
      if (k == 0) continue;
      int hostPages = hostPagesByKey.getOrDefault(new HostKey(host, k), 0) + (added ? 0 : 1);
      Set<String> hosts = hostsByKey.getOrDefault(k, Set.of());
      int hostCount = hosts.size() + (hosts.contains(host) ? 0 : 1);
      int titles = titlePagesByKey.getOrDefault(k, 0);
      if (added && ownTitles.contains(k)) titles--;
      int pages = pagesByKey.getOrDefault(k, 0) + (added ? 0 : 1);
      StorySample stories = storiesByKey.get(k);
      int storyPages = (stories == null ? 0 : stories.largestStory()) + (added ? 0 : 1);
      BlockStats s = new BlockStats(hostPages, hostCount, Math.max(0, titles), pages, storyPages);
      if (!s.equals(BlockStats.UNIQUE)) byPosition.put(b.position(), s);
    }
    int hostPageCount = pagesByHost.getOrDefault(host, 0) + (added ? 0 : 1);
    return new CorpusStats(hostPageCount, byPosition);
  }

  private static String hostOf(Page page) {
    return Hosts.outletOf(page);
  }
}
