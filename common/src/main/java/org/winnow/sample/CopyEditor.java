package org.winnow.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a wire story into one outlet's copy of it, the way syndication edits stories: trimmed to
 * its first third or half, lead rewritten, paragraphs cut, merged or split, OCR-like typos, a new
 * headline. Each edit made is named in {@link Copy#edits()}.
 *
 * <pre>{@code
 * editor.edit(story, outlet, rng)
 * // -> Copy[headline="UPDATE 2: Government approves ...", paragraphs=[...], edits=[trim_half, headline]]
 * }</pre>
 */
final class CopyEditor {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?»“\"])\\s+(?=[\\p{Lu}«„\"])");

  /**
   * One outlet's version of a story.
   *
   * @param headline the headline it runs under
   * @param paragraphs its paragraphs
   * @param edits names of the edits made, empty for a copy kept whole
   */
  record Copy(String headline, List<Story.Paragraph> paragraphs, List<String> edits) {}

  /** The story as written, for its first publisher. */
  static Copy original(Story story) {
    return new Copy(story.headline(), story.paragraphs(), List.of());
  }

  /** An edited copy of {@code story} for {@code outlet}, with the sample's mix of edits. */
  static Copy edit(Story story, Outlet outlet, Rng rng) {
    return edit(story, outlet, rng, EditMix.DEFAULT);
  }

  /** An edited copy of {@code story} for {@code outlet}, with edits drawn from {@code mix}. */
  static Copy edit(Story story, Outlet outlet, Rng rng, EditMix mix) {
    return edit(story, outlet, rng, mix, false);
  }

  /**
   * {@link #edit(Story, Outlet, Rng, EditMix)}; a story told in a real article's text ({@code
   * realText}) is re-headlined from its own headline, as a sub-editor would (a label, a shorter
   * cut, another case), never with a headline of the generator's words.
   */
  static Copy edit(Story story, Outlet outlet, Rng rng, EditMix mix, boolean realText) {
    Lexicon lexicon = Lexicon.of(story.language());
    List<Story.Paragraph> paragraphs = new ArrayList<>(story.paragraphs());
    List<String> edits = new ArrayList<>();
    String headline = story.headline();

    double trim = rng.unit();
    if (paragraphs.size() >= 4 && trim < mix.trimThird()) {
      keepFirst(paragraphs, (paragraphs.size() + 2) / 3);
      edits.add("trim_third");
    } else if (paragraphs.size() >= 4 && trim < mix.trimThird() + mix.trimHalf()) {
      keepFirst(paragraphs, (paragraphs.size() + 1) / 2);
      edits.add("trim_half");
    }
    // Drawn only when asked for, so that the sample's mix makes the same copies it always did.
    if (mix.brief() > 0 && paragraphs.size() > 1 && rng.chance(mix.brief())) {
      keepFirst(paragraphs, 1);
      edits.add("brief");
    }
    if (rng.chance(mix.leadRewritten())) {
      // A new first sentence; the rest of the lead paragraph stays, unless it is rewritten whole.
      String lead =
          Lexicon.capitalise(lexicon.draw("lead", story.leadBindings(), story.topic(), rng));
      String[] sentences = SENTENCE_END.split(paragraphs.get(0).text());
      if (mix.wholeLead() > 0 && rng.chance(mix.wholeLead())) {
        lead += " " + sentence(lexicon.draw("body", story.leadBindings(), story.topic(), rng));
      } else if (sentences.length > 1) {
        lead += " " + join(sentences, 1, sentences.length);
      }
      paragraphs.set(0, new Story.Paragraph(lead, false));
      edits.add("lead_rewritten");
    }
    if (paragraphs.size() >= 5 && rng.chance(0.2)) {
      int cuts = rng.between(1, 2);
      for (int c = 0; c < cuts; c++) {
        int at = rng.between(1, paragraphs.size() - 1);
        paragraphs.remove(at);
      }
      edits.add("paragraphs_cut");
    }
    if (paragraphs.size() >= 3 && rng.chance(0.15)) {
      int at = rng.between(1, paragraphs.size() - 2);
      Story.Paragraph a = paragraphs.get(at);
      Story.Paragraph b = paragraphs.get(at + 1);
      if (!a.heading() && !b.heading()) {
        paragraphs.set(at, new Story.Paragraph(a.text() + " " + b.text(), false));
        paragraphs.remove(at + 1);
        edits.add("paragraphs_merged");
      }
    }
    if (rng.chance(0.15)) {
      for (int at = 1; at < paragraphs.size(); at++) {
        Story.Paragraph p = paragraphs.get(at);
        String[] sentences = SENTENCE_END.split(p.text());
        if (!p.heading() && sentences.length >= 2) {
          int cut = rng.between(1, sentences.length - 1);
          paragraphs.set(at, new Story.Paragraph(join(sentences, 0, cut), false));
          paragraphs.add(
              at + 1, new Story.Paragraph(join(sentences, cut, sentences.length), false));
          edits.add("paragraph_split");
          break;
        }
      }
    }
    if (outlet.typos()) {
      paragraphs.replaceAll(
          p -> new Story.Paragraph(typos(p.text(), mix.typoRate(), rng), p.heading()));
      edits.add("typos");
    }
    if (rng.chance(0.35)) {
      headline =
          realText
              ? reheadlined(story, lexicon, rng)
              : rng.chance(0.5)
                  ? Lexicon.capitalise(
                      lexicon.draw("headline", story.leadBindings(), story.topic(), rng))
                  : lexicon.draw("headline_update", story.leadBindings(), story.topic(), rng)
                      + " "
                      + story.headline();
      if (!headline.equals(story.headline())) {
        edits.add("headline");
      }
    }
    return new Copy(headline, List.copyOf(paragraphs), List.copyOf(edits));
  }

  /** Separators a headline's parts are cut at ("Diana: a bluffer's guide"). */
  private static final Pattern HEADLINE_PARTS = Pattern.compile(":\\s+|\\s+[-–—|]\\s+|,\\s+");

  /**
   * A real headline as another outlet runs it: under an update label ("UPDATE 2: ..."), cut to one
   * of its parts or its last word dropped, or in title case.
   */
  static String reheadlined(Story story, Lexicon lexicon, Rng rng) {
    String h = story.headline();
    double x = rng.unit();
    if (x < 0.5) {
      return lexicon.draw("headline_update", story.leadBindings(), story.topic(), rng) + " " + h;
    }
    String shorter = shortened(h);
    if (x < 0.75 && shorter != null) return shorter;
    StringBuilder out = new StringBuilder(h.length());
    for (String w : h.split(" ")) {
      if (out.length() > 0) out.append(' ');
      out.append(w.length() >= 4 ? Lexicon.capitalise(w) : w);
    }
    return out.toString();
  }

  /** A headline's first or last part of three words or more, or it without its last word. */
  static String shortened(String headline) {
    String[] parts = HEADLINE_PARTS.split(headline, 2);
    if (parts.length == 2) {
      if (parts[0].split(" ").length >= 3) return parts[0];
      if (parts[1].split(" ").length >= 3) return Lexicon.capitalise(parts[1]);
    }
    String[] words = headline.split(" ");
    if (words.length < 6) return null;
    return String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - 1));
  }

  private static void keepFirst(List<Story.Paragraph> paragraphs, int count) {
    paragraphs.subList(Math.max(1, count), paragraphs.size()).clear();
    // A trimmed copy never ends on a sub-heading.
    while (paragraphs.size() > 1 && paragraphs.get(paragraphs.size() - 1).heading()) {
      paragraphs.remove(paragraphs.size() - 1);
    }
  }

  private static String sentence(String text) {
    String s = Lexicon.capitalise(text.strip());
    return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
  }

  private static String join(String[] sentences, int from, int to) {
    return String.join(" ", java.util.Arrays.asList(sentences).subList(from, to));
  }

  // Scanner confusions: rn/m, l/1, O/0, e/c, a dropped letter; about one word in seventy.
  static String typos(String text, Rng rng) {
    return typos(text, EditMix.DEFAULT.typoRate(), rng);
  }

  /** {@link #typos(String, Rng)} misreading a share {@code rate} of the longer words. */
  static String typos(String text, double rate, Rng rng) {
    StringBuilder out = new StringBuilder(text.length());
    int wordStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        String word = text.substring(wordStart, i);
        out.append(word.length() > 3 && rng.chance(rate) ? misread(word, rng) : word);
        if (i < text.length()) {
          out.append(' ');
        }
        wordStart = i + 1;
      }
    }
    return out.toString();
  }

  private static String misread(String word, Rng rng) {
    if (word.contains("m") && rng.chance(0.5)) {
      return word.replaceFirst("m", "rn");
    }
    if (word.contains("rn")) {
      return word.replaceFirst("rn", "m");
    }
    if (word.contains("l") && rng.chance(0.5)) {
      return word.replaceFirst("l", "1");
    }
    if (word.contains("O")) {
      return word.replaceFirst("O", "0");
    }
    if (word.contains("e") && rng.chance(0.5)) {
      return word.replaceFirst("e", "c");
    }
    int at = rng.between(1, word.length() - 2);
    return word.substring(0, at) + word.substring(at + 1);
  }
}
