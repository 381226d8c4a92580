package org.winnow.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.winnow.model.DocIds;

/**
 * A synthetic news corpus with known stories, for tests and benchmarks of copy detection: stories
 * of Zipf-distributed pseudo-words, run by wire agencies and re-run by outlets as full copies,
 * copies with a rewritten lead, halves, thirds and 1–3 paragraph briefs, with paragraphs merged or
 * split and typos; plus outlet-original stories, stories that quote two paragraphs of another story
 * (a different story), and per-outlet template paragraphs that leaked into the content.
 *
 * <pre>{@code
 * SyntheticCopies.Corpus c = SyntheticCopies.generate(42, 5_000);
 * c.docs();   // about 5,000 CopyFacts
 * c.truth();  // docId -> story id
 * }</pre>
 */
public final class SyntheticCopies {
  private static final Instant BASE = Instant.parse("2018-07-01T00:00:00Z");
  private static final String[] AGENCIES = {
    "apwire-example.com", "newswire-example.com", "globalwire-example.com"
  };
  private static final String[] AGENCY_CREDITS = {"Associated Press", "Reuters", "AFP"};

  /** The documents and, for each doc id, the id of the story it tells. */
  public record Corpus(List<CopyFacts> docs, Map<String, String> truth) {}

  private final Random random;
  private final String[] words;
  private final double[] cdf;
  private final String[] outlets;
  private final List<List<String>> templates = new ArrayList<>();
  private final List<List<List<String>>> stories = new ArrayList<>();
  private final List<CopyFacts> docs = new ArrayList<>();
  private final Map<String, String> truth = new LinkedHashMap<>();
  private int serial;

  private SyntheticCopies(long seed, int targetDocs) {
    this.random = new Random(seed);
    this.words = vocabulary(6000);
    this.cdf = zipf(words.length, 1.05);
    this.outlets = new String[Math.max(20, targetDocs / 120)];
    for (int i = 0; i < outlets.length; i++) {
      outlets[i] = String.format("outlet%03d.news", i);
      List<String> t = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int k = 0; k < n; k++) t.add(paragraph(2, 3));
      templates.add(t);
    }
  }

  /** A corpus of about {@code targetDocs} documents, the same for the same seed. */
  public static Corpus generate(long seed, int targetDocs) {
    SyntheticCopies g = new SyntheticCopies(seed, targetDocs);
    while (g.docs.size() < targetDocs) g.story();
    return new Corpus(List.copyOf(g.docs), Map.copyOf(g.truth));
  }

  private void story() {
    int id = stories.size();
    String storyId = "story" + id;
    double kind = random.nextDouble();
    List<List<String>> text = new ArrayList<>();
    int length = 5 + random.nextInt(10);
    for (int p = 0; p < length; p++) text.add(sentences(2 + random.nextInt(3)));
    Instant t0 = BASE.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 180)));
    if (kind < 0.08 && id > 10) {
      // quotes two paragraphs of an earlier story: a different story all the same
      List<List<String>> source = stories.get(random.nextInt(id));
      int from = random.nextInt(Math.max(1, source.size() - 1));
      int at = 1 + random.nextInt(text.size() - 1);
      text.add(at, source.get(from));
      text.add(at + 1, source.get(Math.min(from + 1, source.size() - 1)));
      stories.add(text);
      String outlet = outlets[random.nextInt(outlets.length)];
      emit(storyId, outlet, t0, "By " + name(), text, false);
      return;
    }
    stories.add(text);
    int copies;
    if (kind < 0.70) {
      int agency = random.nextInt(AGENCIES.length);
      emit(
          storyId,
          AGENCIES[agency],
          t0,
          "By " + name() + ", " + AGENCY_CREDITS[agency],
          text,
          false);
      copies = (int) Math.min(14, Math.floor(-Math.log(1 - random.nextDouble()) * 4));
      for (int c = 0; c < copies; c++) {
        String byline =
            random.nextBoolean() ? AGENCY_CREDITS[agency] : "By " + name() + ", Staff Writer";
        copy(storyId, text, t0, byline);
      }
    } else {
      emit(storyId, outlets[random.nextInt(outlets.length)], t0, "By " + name(), text, true);
      copies = random.nextInt(3);
      for (int c = 0; c < copies; c++) copy(storyId, text, t0, "By " + name());
    }
  }

  private void copy(String storyId, List<List<String>> text, Instant t0, String byline) {
    List<List<String>> c = new ArrayList<>(text);
    double v = random.nextDouble();
    if (v < 0.15) {
      c.set(0, sentences(2 + random.nextInt(2))); // rewritten lead
    } else if (v < 0.30) {
      c = new ArrayList<>(c.subList(0, Math.max(1, (c.size() + 1) / 2)));
    } else if (v < 0.42) {
      c = new ArrayList<>(c.subList(0, Math.max(1, (c.size() + 2) / 3)));
    } else if (v < 0.55) {
      c = new ArrayList<>(c.subList(0, Math.min(c.size(), 1 + random.nextInt(3))));
    }
    if (random.nextDouble() < 0.3) c = reflow(c);
    boolean typos = random.nextBoolean();
    Instant at = t0.plus(Duration.ofMinutes(5 + random.nextInt(48 * 60)));
    String outlet = outlets[random.nextInt(outlets.length)];
    List<List<String>> out = new ArrayList<>();
    for (List<String> p : c) {
      List<String> q = new ArrayList<>();
      for (String s : p) q.add(typos ? typos(s) : s);
      out.add(q);
    }
    emit(storyId, outlet, at, byline, out, true);
  }

  /** Merges one pair of neighbouring paragraphs, or splits one at a sentence break. */
  private List<List<String>> reflow(List<List<String>> c) {
    List<List<String>> r = new ArrayList<>(c);
    int i = random.nextInt(r.size());
    if (random.nextBoolean() && i + 1 < r.size()) {
      List<String> merged = new ArrayList<>(r.get(i));
      merged.addAll(r.get(i + 1));
      r.set(i, merged);
      r.remove(i + 1);
    } else if (r.get(i).size() > 1) {
      List<String> p = r.get(i);
      int cut = 1 + random.nextInt(p.size() - 1);
      r.set(i, p.subList(0, cut));
      r.add(i + 1, p.subList(cut, p.size()));
    }
    return r;
  }

  private void emit(
      String storyId,
      String host,
      Instant at,
      String byline,
      List<List<String>> text,
      boolean outlet) {
    List<String> paragraphs = new ArrayList<>();
    for (List<String> p : text) paragraphs.add(String.join(" ", p));
    if (outlet) {
      int o = Arrays.asList(outlets).indexOf(host);
      // an outlet's template paragraphs leak into a third of its pages
      if (random.nextDouble() < 0.35) paragraphs.addAll(templates.get(o));
    }
    int[] positions = new int[paragraphs.size()];
    for (int i = 0; i < positions.length; i++) positions[i] = 4 + 2 * i;
    String url = "https://" + host + "/2018/" + storyId + "-" + (serial++);
    String docId = DocIds.of(url);
    docs.add(
        new CopyFacts(docId, url, host, at, byline, "Story " + storyId, paragraphs, positions));
    truth.put(docId, storyId);
  }

  private String typos(String sentence) {
    String[] w = sentence.split(" ");
    for (int i = 0; i < w.length; i++) {
      if (w[i].length() > 3 && random.nextInt(60) == 0) {
        char[] ch = w[i].toCharArray();
        int k = 1 + random.nextInt(ch.length - 2);
        char t = ch[k];
        ch[k] = ch[k + 1];
        ch[k + 1] = t;
        w[i] = new String(ch);
      }
    }
    return String.join(" ", w);
  }

  private String paragraph(int minSentences, int maxSentences) {
    return String.join(
        " ", sentences(minSentences + random.nextInt(maxSentences - minSentences + 1)));
  }

  private List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int len = 8 + random.nextInt(15);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        String w = words[word()];
        if (k == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        if (k > 0) sb.append(k % 7 == 6 ? ", " : " ");
        sb.append(w);
      }
      out.add(sb.append('.').toString());
    }
    return out;
  }

  private int word() {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(words.length - 1, i < 0 ? -i - 1 : i);
  }

  private String name() {
    String w = words[100 + random.nextInt(2000)];
    String v = words[100 + random.nextInt(2000)];
    return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + v.toUpperCase();
  }

  private String[] vocabulary(int n) {
    String[] onsets = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st"};
    String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou"};
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    while (seen.size() < n) {
      int syllables = 1 + random.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        sb.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(7)]);
      }
      if (random.nextBoolean()) sb.append(onsets[random.nextInt(onsets.length)]);
      seen.add(sb.toString());
    }
    return seen.toArray(new String[0]);
  }

  private static double[] zipf(int n, double exponent) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) c[i] /= sum;
    return c;
  }
}
