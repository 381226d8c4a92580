package org.winnow.classify;

import java.util.Locale;
import java.util.regex.Pattern;
import org.winnow.segment.TextScrapes;
import org.winnow.text.RequiredPrefixes;

/**
 * Recognises page furniture by its words, in the languages news is mostly written in: share and
 * follow calls, cookie and copyright notices, bylines, photo credits, "read more" and advertisement
 * labels. Only short texts are tested (furniture is short; prose is not).
 *
 * <pre>{@code
 * TextPatterns.match("Follow us on Twitter") -> SHARE
 * TextPatterns.match("By Jane Doe, Reuters")  -> BYLINE
 * TextPatterns.match("Sponsored: Save 20% on flights") -> AD
 * TextPatterns.match("The cat sat.")          -> null
 * }</pre>
 */
public final class TextPatterns {
  /** What a furniture text is. */
  public enum Kind {
    SPAM("spam"),
    SHARE("share"),
    LEGAL("legal"),
    BYLINE("byline"),
    CAPTION("caption"),
    RELATED("related"),
    AD("ad"),
    DATELINE("dateline");

    private final String kind;

    Kind(String kind) {
      this.kind = kind;
    }

    /** The verdict kind. */
    public String kind() {
      return kind;
    }
  }

  /** Texts longer than this are never furniture by words alone. */
  static final int MAX_CHARS = 220;

  private static final Pattern SHARE =
      Pattern.compile(
          "^(share|teilen|partager|compartir|condividi|tweet|pin it|email|e-mail|print|drucken)"
              + "(\\b.{0,40})?$"
              + "|\\b(follow us|folgen sie uns|suivez-nous|síguenos|like us on|join us on"
              + "|share this|share on|auf facebook teilen)"
              // a newsletter's pitch in a story's column: how to sign up, what it sends, how to
              // leave ("Simply pop your email into the box", "You can unsubscribe at any time")
              + "|\\bunsubscribe\\b.{0,60}\\bany ?time\\b"
              + "|\\b(delivered|sent|straight|directly|right) to your inbox"
              + "|\\b(pop|drop) your e-?mail|\\benter your e-?mail( address)? (below|here|above)"
              + "|\\bwe('ll| will) (send|email|deliver) you\\b.{0,60}\\b(e-?mails?|newsletters?"
              + "|inbox)\\b");

  /**
   * Share and subscription words that reported speech uses too ("she wrote on Twitter", "the
   * newsletter's editor"): furniture in a short text, or one in the outlet's voice.
   */
  private static final Pattern SHARE_WORDS =
      Pattern.compile(
          "\\b(sign up for|subscribe to|abonnieren sie|newsletter"
              + "|on (facebook|twitter|instagram|whatsapp|linkedin)\\b"
              + "|download (our|the) app|get the app)");

  /** A notice by its own marks: the sign, a year in brackets, rights reserved. */
  private static final Pattern LEGAL =
      Pattern.compile(
          "©|\\(c\\) ?\\d{4}|\\ball rights reserved\\b|alle rechte vorbehalten"
              + "|tous droits réservés|todos los derechos");

  /**
   * The reuse terms under a wire story or a press release, in whichever line they stand ("This
   * material may not be published, broadcast, rewritten or redistributed", "no part may be
   * reproduced without the written permission"): a notice even in a line longer than {@link
   * #MAX_CHARS}, where they follow a copyright sentence.
   */
  private static final Pattern REUSE_TERMS =
      Pattern.compile(
          "(?i)\\bmay not be (re)?published, broadcast"
              + "|\\bno part (of [a-z ]{1,40} )?may be (reproduced|copied|republished)"
              + "|^this (document|article|material|content) is subject to copyright");

  private static final RequiredPrefixes REUSE_PREFIXES = RequiredPrefixes.of(REUSE_TERMS);

  /**
   * An outlet disclosing that its links earn it money ("This post may contain affiliate links",
   * "When you buy through links on our site, we may earn an affiliate commission", "Dieser Artikel
   * enthält Affiliate-Links"): advertising's notice, however long its explanation runs.
   */
  private static final Pattern AFFILIATE_DISCLOSURE =
      Pattern.compile(
          "(?i)\\b(contains?|include|includes|enthält|enthalten) (sogenannte |some |)affiliate[- ]links?"
              + "|\\bsome of the links (above |below |on this page |in this (post|article) |)are"
              + " affiliate links"
              + "|\\bsogenannte affiliate-links"
              + "|\\bwe (may |might |)(earn|receive|get) (a |an |)(small |)(affiliate |)(commission|compensation)"
              + "|\\bwhen you (buy|purchase|shop) (something |products |)through (links|our links"
              + "|the links|retail links)"
              + "|\\breferences to products from one or more of our advertisers");

  private static final RequiredPrefixes AFFILIATE_PREFIXES =
      RequiredPrefixes.of(AFFILIATE_DISCLOSURE);

  /**
   * Words of notices that news also reports on ("an admission of copyright infringement", "its
   * terms of service"): a notice when short, when it opens the text, or in the outlet's voice.
   */
  private static final Pattern LEGAL_WORDS =
      Pattern.compile(
          "\\bcopyright\\b|\\bcookies?\\b|\\bdatenschutz|privacy policy|terms of (use|service)"
              + "|\\bimpressum\\b|nutzungsbedingungen|\\bohne gewähr\\b");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?iu:by|von|par|por|di|door|av|af)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
              + "([,|/]|\\s+and\\s+|\\s+und\\s+|$)"
              // "Posted by Nathan Parker, Varun Khaneja ...", "Written by: Julie Mollins"
              + "|^(?iu:posted|written|reported|words|story|text) (?iu:by):?\\s+\\p{Lu}[\\p{L}.'-]+"
              + "(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}([,|/@]|\\s+[-–—]\\s|\\s+(?iu:and|on|at)\\s+|\\s*$)"
              + "|^(?iu:reuters|associated press|\\(ap\\)|afp|dpa|ap|ansa|efe)$"
              + "|^(?iu:posted|published|updated|last updated|first published|veröffentlicht"
              + "|aktualisiert|zuletzt aktualisiert|erstellt|publié|mis à jour|modifié"
              + "|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
              + "|opublikowano|zaktualizowano|publikováno|aktualizováno|julkaistu|päivitetty"
              + "|publicerad|uppdaterad|udgivet|opdateret)"
              + "(?iu: on| am| le| el| em| il| op| den)?\\s*[:\\d]"
              // "Stand 2019 lebten ..." starts a sentence: only "Stand:" is a date line
              + "|^(?iu:stand):"
              // "Ein Bericht von Jana Müller", "Un article de Jean Dupont": the name ends the line
              + "|^(?iu:geschrieben|ein bericht|ein beitrag|un article|un reportage|écrit"
              + "|información|texto|escrito|reportaje)\\s+(?iu:von|de|par|por)\\s+\\p{Lu}[\\p{L}.'-]+"
              + "(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}([,|/@]|\\s+[-–—]\\s|\\s*$)"
              // an author box's link to the author's other posts (WordPress author plugins)
              + "|^(?iu:latest posts by|more posts by|view all posts by|all posts by"
              + "|weitere beiträge von|alle beiträge von)\\s");

  /**
   * A byline naming the reporter's post after the name ("Jane Doe | Staff reporter", "Jane Doe,
   * Senior Writer", "Jean Dupont | Rédaction"): tried only on texts holding one of {@link
   * #BYLINE_ROLES}.
   */
  private static final Pattern BYLINE_ROLE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}\\s*[|,/–—-]\\s*(?iu:(staff|senior|chief"
              + "|contributing|political|business|sports?|foreign|local) )?(?iu:reporter|writer"
              + "|correspondent|editor|columnist|redaktion|rédaction|redacción|redazione|redactie)"
              + "\\s*$");

  /** What every {@link #BYLINE_ROLE} holds, lower-cased: most short texts hold none. */
  private static final String[] BYLINE_ROLES = {
    "reporter", "writer", "correspondent", "editor", "columnist", "redak", "rédac", "redac", "redaz"
  };

  private static final Pattern CAPTION =
      Pattern.compile(
          "^(photo|foto|fotos|image|imagen|bild|picture|file photo|photograph|fotografía|crédito"
              + "|zdjęcie|fot\\.)\\s*(:|by\\b|credit)"
              // a label that names the page's own picture: a credit whatever follows it
              + "|^(titelbild|beitragsbild|symbolbild|aufmacherbild|titelfoto|bildquelle"
              + "|featured image|header image|cover image|image credit|photo credit)\\b"
              + "|\\((photo|foto|image|bild|fotos|imagen|crédito|credit|zdjęcie|fot\\.)"
              + ":?[^)]{0,60}\\)$"
              // a trailing credit ("... Foto: X/dpa"); a word boundary, not a separator class, so
              // that every match still starts with a literal word and RequiredPrefixes can skip
              // the regex on texts without one
              + "|\\b(photo|foto|fotos|bild|image|imagen|picture|fotografía|fotografia"
              + "|crédito|credito|credit|photo credit|zdjęcie|fot\\.|kuva|illustration|grafik)"
              + "\\s*:\\s*[^.!?:]{1,60}$"
              + "|\\b(getty images|shutterstock|imago|picture alliance|keystone|epa|ap photo"
              + "|reuters/|afp via getty)\\b");

  private static final Pattern RELATED =
      Pattern.compile(
          "^(related|related articles?|related stories|related coverage|read more|read also"
              + "|more on this|see also|more from|more stories|recommended|top stories"
              + "|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|das könnte sie"
              + "|à lire aussi|lire aussi|leer más|te puede interesar|continue reading"
              + "|click here|klicken sie)\\b"
              // "Lea también: <headline>", "Lesen Sie auch:", "Zobacz także:": a link to another
              // story
              + "|^(lea|lee|vea|ver|mira|leia|veja|lire|voir|leggi|vedi|read|see|watch|lees|lesen sie"
              + "|lies|siehe|zobacz|czytaj|przeczytaj|puedes ver|te puede interesar)"
              + "( también| tambien| además| más| mas| aussi| anche| also| more| ook| auch| mehr"
              + "| także| też| również| também| mais)?\\s*:"
              + "|^(also read|schon gelesen|mehr dazu|dowiedz się więcej|saiba mais|en savoir plus"
              + "|más información|mehr zum thema|weiterlesen)\\b");

  /**
   * A label that points to other stories when it stands alone ("You may also like", "Das könnte Sie
   * auch interessieren", "Zobacz także", "Sur le même sujet"): many of these words also open
   * sentences ("More from the interview ..."), so only a text that is nothing else is the label.
   */
  private static final Pattern RELATED_LABEL =
      Pattern.compile(
          "((you may|you might|you'll|you will) also (like|enjoy|be interested in)"
              + "|you might be interested in|more like this|more to explore|explore (further|more)"
              + "|discover more|editor'?s'? picks?|don'?t miss|must reads?|further reading"
              + "|recommended (for you|reading|articles|stories)|related (posts|content|news|links)"
              + "|(see|read) (also|more)"
              + "|(das |)(könnte|dürfte) (sie|dich) auch interessieren|ähnliche (artikel|beiträge)"
              + "|verwandte (artikel|beiträge|themen)|passend zum thema"
              + "|weitere (artikel|beiträge|meldungen|nachrichten)|auch interessant|zum weiterlesen"
              + "|empfehlungen der redaktion|(à|a) lire (aussi|également)|sur le même (sujet|thème)"
              + "|vous (aimerez|pourriez aimer)( aussi)?|articles (similaires|liés|connexes)"
              + "|dans la même rubrique|noticias relacionadas|artículos relacionados"
              + "|(también |)te puede interesar|te recomendamos|(ti |)potrebbe interessarti( anche)?"
              + "|articoli correlati|leggi anche|zobacz (także|też|również)"
              + "|czytaj (także|też|również|więcej)|polecamy|lees ook|gerelateerde artikelen"
              + "|leia (também|mais)|veja (também|mais)|notícias relacionadas)"
              + "[\\s:.!?…»>]*");

  /**
   * A prompt to rate or judge the page ("Was this article helpful?", "War der Artikel nützlich?",
   * "Cet article vous a-t-il été utile ?", "No ratings yet"): a widget below the story, whole.
   */
  private static final Pattern FEEDBACK =
      Pattern.compile(
          "((was|is|did you find) this (article|page|post|story|information) (helpful|useful)"
              + "|did you (like|enjoy) this (article|post|story)|rate this (article|post|story)"
              + "|no ratings yet|(noch |)keine bewertungen"
              + "|(war|ist|fanden sie) (der|dieser|den|diesen) (artikel|beitrag|text)"
              + " (hilfreich|nützlich|lesenswert)"
              + "|hat (ihnen|dir) (der|dieser) (artikel|beitrag) gefallen"
              + "|(möchten sie|möchtest du|willst du) (den|diesen) (artikel|beitrag) teilen"
              + "|(diesen |den |)(artikel|beitrag) bewerten"
              + "|cet article vous a(-t-il)? (été utile|plu)"
              + "|(te|le) (ha )?(resultado|parecido) útil( este artículo)?"
              + "|czy (ten )?artykuł był (pomocny|przydatny)"
              + "|questo articolo (ti|le) è stato utile)"
              + "[\\s:.!?()]*");

  /** Longest text a rating prompt or a label standing alone can be. */
  private static final int LABEL_MAX_CHARS = 60;

  /**
   * A call to click through ("... Click HERE.", "Hier klicken", "cliquez ici"): in a short text it
   * points the reader elsewhere, whatever the text around it promises.
   */
  private static final Pattern CLICK_HERE =
      Pattern.compile(
          "\\b(click here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|pulse aquí"
              + "|clicca qui|klik hier|kliknij tutaj|clique aqui)\\b");

  /**
   * The outlet inviting its readers to contribute or laying down the rules of their comments
   * ("Submit your pics: upload photos ...", "Have a news tip?", "Comments are moderated", "Bitte
   * beachten Sie unsere Netiquette"): the page's furniture, in the words of a notice, not a report.
   */
  private static final Pattern READER_CALLS =
      Pattern.compile(
          "\\b(submit|send|upload|share) (us )?your (own )?(photos?|pics|pictures|videos?|story"
              + "|stories|news tips?|tips?|views|feedback|comments?)\\b"
              + "|\\b(have|got) a (news )?tip\\b|\\b(have|got) any (news|story) tips?\\b"
              + "|\\bcomments? (are|is|will be) (moderated|reviewed|pre-moderated)"
              + "|\\bcomment (entries|posters)\\b"
              + "|\\bnetiquette\\b"
              + "|\\b(kommentare|leserkommentare|beiträge) werden .{0,30}(moderiert|geprüft"
              + "|freigeschaltet)"
              + "|\\bschicken sie uns (ihre|ihr) (fotos|bilder|video|hinweise)"
              + "|\\benvoyez-nous vos (photos|vidéos|témoignages)"
              + "|\\benvíanos tus (fotos|vídeos|denuncias)"
              + "|\\bles commentaires sont modérés"
              + "|\\blos comentarios (son|serán) moderados");

  private static final RequiredPrefixes READER_CALL_PREFIXES = RequiredPrefixes.of(READER_CALLS);

  /*
   * Labels and prompts are short, and most short texts (menu items, names) hold none of these:
   * the scan skips both patterns for them.
   */
  private static final RequiredPrefixes RELATED_LABEL_PREFIXES = RequiredPrefixes.of(RELATED_LABEL);
  private static final RequiredPrefixes FEEDBACK_PREFIXES = RequiredPrefixes.of(FEEDBACK);
  private static final RequiredPrefixes CLICK_PREFIXES = RequiredPrefixes.of(CLICK_HERE);

  /** Longest text a call to click through makes furniture of. */
  private static final int CLICK_MAX_CHARS = 160;

  private static final Pattern AD =
      Pattern.compile(
          "^(advertisement|anzeige|werbung|publicité|publicidad|sponsored( content)?"
              + "|paid content|promoted)$");

  /**
   * An advertising label leading a line ("Sponsored: Save 20% on flights", "Anzeige – ..."): the
   * label says what the rest is, whatever it says.
   */
  private static final Pattern AD_LABEL =
      Pattern.compile(
          "^(ad|ads|advertisement|advertorial|sponsored( content| post)?|paid (content|post)|promoted"
              + "|partner content|anzeige|werbung|gesponsert|annonce|publicité|contenu sponsorisé"
              + "|publi-?reportage|publicidad|anuncio|contenido patrocinado|patrocinado"
              + "|pubblicità|contenuto sponsorizzato|advertentie|gesponsord|reklama|reklame"
              + "|annons|publicidade)(\\s*[:|–—]|\\s+-\\s)");

  /**
   * Two or more share calls in one unpunctuated line: a row of share buttons flattened into text
   * ("Compartir en Facebook Compartir en X Enviar por correo").
   */
  private static final Pattern SHARE_CALL =
      Pattern.compile(
          "\\b(share|teilen|partager|compartir|condividi|deel|dela|udostępnij|compartilhar)\\b");

  private static final Pattern DATELINE =
      Pattern.compile(
          "^[\\p{L}.,]*\\s*(\\d{1,2}[./ ]\\s*)?(\\p{L}+\\.?\\s+)?\\d{1,2}[.,/ ]\\s*(\\p{L}+\\.?\\s*)?"
              + "\\d{2,4}([,\\s]+\\d{1,2}[:.]\\d{2}(\\s*(am|pm|uhr|h))?)?\\s*[\\p{L}]{0,5}$"
              + "|^\\d{1,2}[:.]\\d{2}(\\s*(am|pm|uhr))?$");

  /** First and second person: an outlet speaking of itself or to its reader. */
  private static final Pattern OUTLET_PRONOUNS =
      Pattern.compile(
          "\\b(we|our|us|you|your|wir|uns|unser\\w*|ihr(e|en|er)?|nous|notre|nos|vous|votre|vos"
              + "|nuestr[oa]s?|nosotros|usted(es)?|noi|nostr[oaie]|vostr[oaie]|nós|noss[oa]s?|você"
              + "|wij|onze|uw)\\b");

  /** Subscriptions and rights: what only an outlet's own furniture talks about. */
  private static final Pattern SUBSCRIPTION_OR_RIGHTS =
      Pattern.compile(
          "subscri|abonn|suscri|abbona|\\bassina|newsletter|boletín|lettre d'information"
              + "|copyright|urheberrecht|droit d'auteur|derechos de autor|direitos autorais"
              + "|auteursrecht|all rights reserved|alle rechte vorbehalten|droits réservés");

  /** The site, contact, privacy: what an outlet talks about when not reporting. */
  private static final Pattern OUTLET_WORDS =
      Pattern.compile(
          "website|webseite|site web|sitio web|sito web|contact|kontakt|contacto|impressum"
              + "|privacy|datenschutz|confidentialité|privacidad|@|https?:|www\\.");

  /** The country's abbreviation, which lower-cased would read as the pronoun. */
  private static final Pattern US = Pattern.compile("\\bUS\\b");

  /** Quotation marks: first and second person inside them is a speaker's, not the outlet's. */
  private static final Pattern QUOTES = Pattern.compile("[\"“”„«»‘’‚‹›「」]");

  /*
   * The texts every match of a searched pattern starts with, read from the patterns themselves:
   * most texts hold none, and a scan for them is far cheaper than the regex engine's search.
   */
  private static final RequiredPrefixes LEGAL_PREFIXES = RequiredPrefixes.of(LEGAL);
  private static final RequiredPrefixes SHARE_PREFIXES = RequiredPrefixes.of(SHARE);
  private static final RequiredPrefixes LEGAL_WORD_PREFIXES = RequiredPrefixes.of(LEGAL_WORDS);
  private static final RequiredPrefixes SHARE_WORD_PREFIXES = RequiredPrefixes.of(SHARE_WORDS);
  private static final RequiredPrefixes CAPTION_PREFIXES = RequiredPrefixes.of(CAPTION);

  /**
   * What every match of the anchored {@link #AD_LABEL} and {@link #RELATED} starts with: most texts
   * start with none, and one position is asked instead of running the regex there.
   */
  private static final RequiredPrefixes AD_LABEL_PREFIXES = RequiredPrefixes.of(AD_LABEL);

  private static final RequiredPrefixes RELATED_PREFIXES = RequiredPrefixes.of(RELATED);

  /** What every share call starts with: most short texts (menu items) hold none. */
  private static final RequiredPrefixes SHARE_CALL_PREFIXES = RequiredPrefixes.of(SHARE_CALL);

  /**
   * The prefixes {@link #match} asks of a text's lower case, asked in one pass over it (bit {@code
   * k} for the {@code k}-th): each alone would scan the text again.
   */
  private static final RequiredPrefixes.Group PREFIXES =
      RequiredPrefixes.group(
          LEGAL_PREFIXES,
          LEGAL_WORD_PREFIXES,
          SHARE_PREFIXES,
          SHARE_WORD_PREFIXES,
          READER_CALL_PREFIXES,
          CLICK_PREFIXES,
          CAPTION_PREFIXES,
          SHARE_CALL_PREFIXES);

  private static final int MAY_LEGAL = 1;
  private static final int MAY_LEGAL_WORD = 1 << 1;
  private static final int MAY_SHARE = 1 << 2;
  private static final int MAY_SHARE_WORD = 1 << 3;
  private static final int MAY_READER_CALL = 1 << 4;
  private static final int MAY_CLICK = 1 << 5;
  private static final int MAY_CAPTION = 1 << 6;
  private static final int MAY_SHARE_CALL = 1 << 7;

  /** A text of code has at least this many of its marks, ... */
  private static final int MIN_CODE_MARKS = 4;

  /** ... and they make up at least one in this many of its visible characters. */
  private static final int CODE_MARK_SHARE_DENOMINATOR = 20;

  /** What code holds and prose does not: a call's closing, a block's opening, an operator. */
  private static final Pattern CODE_CONSTRUCT =
      Pattern.compile(
          "\\bfunction\\s*\\(|\\}\\s*\\)\\s*;|\\)\\s*\\{|\\(\\s*\\)\\s*;|\\{\\{|\\}\\}|[=!]==?|&&|\\|\\|"
              + "|\\b(var|let|const)\\s+[A-Za-z_$][\\w$]*\\s*=|\\b(document|window)\\.[a-zA-Z]");

  private TextPatterns() {}

  /**
   * Whether {@code text} speaks of subscriptions or rights ("become a subscriber", "Alle Rechte
   * vorbehalten"): a stronger cue than {@link #outletVoice}, still not a verdict.
   */
  public static boolean subscriptionOrRights(String text) {
    return SUBSCRIPTION_OR_RIGHTS.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether {@code text} speaks in an outlet's voice, about itself or to its reader ("Our
   * newsroom...", "Sie erreichen uns...", "nous corrigeons..."): words of subscriptions, rights,
   * the site or contact, or first and second person outside quotation marks. Article prose uses
   * them too, so this is a cue that needs other evidence, never a verdict.
   */
  public static boolean outletVoice(String text) {
    // "US troops" names a country, not the reader and the outlet
    String lower = US.matcher(text).replaceAll("U.S.").toLowerCase(Locale.ROOT);
    if (OUTLET_WORDS.matcher(lower).find() || subscriptionOrRights(text)) return true;
    return !QUOTES.matcher(lower).find() && OUTLET_PRONOUNS.matcher(lower).find();
  }

  /**
   * What opens the readers' part of a page: a comments heading or call ("Comments (12)", "Leave a
   * reply", "Have your say", "12 Kommentare", "Réagissez"), a short text that is nothing else.
   */
  private static final Pattern OPENS_COMMENTS =
      Pattern.compile(
          "^[\\d\\s]*(most |reader'?s?'? |user |your |latest |recent |top )*(comments?|responses?"
              + "|reactions?"
              + "|views|kommentare?|leserkommentare|commentaires?|réactions|réagissez|comentarios?"
              + "|comentários|commenti|reacties|kommentarer|komentarze|kommentit)\\b[\\s\\d():]*$"
              + "|^(post|leave|add|write|submit|show|view|read) (a |your |all |the )?"
              + "(comments?|reply|views?|responses?)\\b"
              + "|^(have your say|discuss this( story| article)?|join the (discussion|conversation)"
              + "|(do|did) you have (a )?(comments?|views?) on this"
              + "|kommentar schreiben|schreiben sie einen kommentar|laisser un commentaire"
              + "|deja (un|tu) comentario|lascia un commento)\\b");

  /**
   * A notice that readers' comments are closed ("Comments are now closed for this story", "Thanks
   * for your comments - this feedback is now closed"): it stands where the comments begin, and is
   * longer than a heading.
   */
  private static final Pattern CLOSES_COMMENTS =
      Pattern.compile(
          "^(comments|commenting|this (discussion|debate|feedback|conversation)) (are|is|has been"
              + "|have been) (now )?closed\\b"
              + "|^(thanks|thank you) for your (comments|views|feedback)\\b.{0,30}\\bclosed\\b"
              + "|^(die )?kommentarfunktion (ist|wurde) .{0,30}(geschlossen|deaktiviert)"
              + "|^les commentaires sont (désormais |maintenant )?fermés");

  /** Closed-comments notices are sentences, yet short: longer text is the article's. */
  private static final int CLOSED_NOTICE_MAX_CHARS = 80;

  private static final String[] COMMENT_STEMS = {
    "comment",
    "komment",
    "koment",
    "respons",
    "reacti",
    "réacti",
    "réagi",
    "view",
    "repl",
    "your say",
    "discuss",
    "conversation",
    "comentár",
    "commenti",
    "reactie"
  };

  /**
   * Whether {@code text} is a short heading or call that opens readers' comments ("Comments (3)",
   * "Leave a reply", "Kommentare") or a notice that they are closed ("Comments are now closed for
   * this story"); a sentence about comments is not.
   */
  public static boolean opensComments(String text) {
    if (text.length() > CLOSED_NOTICE_MAX_CHARS) return false;
    String lower = text.toLowerCase(Locale.ROOT).trim();
    if (lower.contains("clos") || lower.contains("geschlossen") || lower.contains("ferm")) {
      if (CLOSES_COMMENTS.matcher(lower).lookingAt()) return true;
    }
    if (text.length() > 40) return false;
    // every match holds one of these: most short texts (menu items, labels) skip the regex
    boolean stem = false;
    for (String w : COMMENT_STEMS) {
      if (lower.contains(w)) {
        stem = true;
        break;
      }
    }
    return stem && OPENS_COMMENTS.matcher(lower).lookingAt();
  }

  /** The furniture kind of {@code text}, or null when its words do not say. */
  public static Kind match(String text) {
    if (text.length() > MAX_CHARS * 3) return null;
    if (TextScrapes.attributionAt(text) >= 0) return Kind.SPAM;
    if (text.length() <= MAX_CHARS * 2
        && REUSE_PREFIXES.mayMatch(text)
        && REUSE_TERMS.matcher(text).find()) {
      return Kind.LEGAL;
    }
    if (text.length() <= MAX_CHARS * 2
        && AFFILIATE_PREFIXES.mayMatch(text)
        && AFFILIATE_DISCLOSURE.matcher(text).find()) {
      return Kind.AD;
    }
    if (text.length() > MAX_CHARS) return null;
    String lower = text.toLowerCase(Locale.ROOT);
    // anchored patterns use lookingAt/matches: find() would retry them at every position
    if (text.length() <= 30 && AD.matcher(lower).matches()) return Kind.AD;
    if (text.length() <= 40 && hasDigit(text) && DATELINE.matcher(lower).matches()) {
      return Kind.DATELINE;
    }
    if (AD_LABEL_PREFIXES.mayMatchAt(lower, 0) && AD_LABEL.matcher(lower).lookingAt()) {
      return Kind.AD;
    }
    if (text.length() <= 120 && BYLINE.matcher(text).lookingAt()) return Kind.BYLINE;
    if (text.length() <= 80 && namesARole(lower) && BYLINE_ROLE.matcher(text).matches()) {
      return Kind.BYLINE;
    }
    int may = PREFIXES.mayMatch(lower);
    if ((may & MAY_LEGAL) != 0 && LEGAL.matcher(lower).find()) return Kind.LEGAL;
    if ((may & MAY_LEGAL_WORD) != 0 && furnitureWords(LEGAL_WORDS, text, lower)) {
      return Kind.LEGAL;
    }
    if (((may & MAY_SHARE) != 0 && SHARE.matcher(lower).find())
        || ((may & MAY_SHARE_CALL) != 0 && shareCalls(lower) >= 2)) {
      return Kind.SHARE;
    }
    if ((may & MAY_SHARE_WORD) != 0 && furnitureWords(SHARE_WORDS, text, lower)) {
      return Kind.SHARE;
    }
    if ((may & MAY_READER_CALL) != 0 && READER_CALLS.matcher(lower).find()) {
      return Kind.SHARE;
    }
    if (RELATED_PREFIXES.mayMatchAt(lower, 0) && RELATED.matcher(lower).lookingAt()) {
      return Kind.RELATED;
    }
    if (text.length() <= LABEL_MAX_CHARS) {
      String label = lower.strip();
      // a prompt may stand in brackets or open with Spanish '¿'
      if (label.startsWith("(") || label.startsWith("¿")) label = label.substring(1);
      if (RELATED_LABEL_PREFIXES.mayMatch(label) && RELATED_LABEL.matcher(label).matches()) {
        return Kind.RELATED;
      }
      if (FEEDBACK_PREFIXES.mayMatch(label) && FEEDBACK.matcher(label).matches()) {
        return Kind.SHARE;
      }
    }
    if (text.length() <= CLICK_MAX_CHARS
        && (may & MAY_CLICK) != 0
        && CLICK_HERE.matcher(lower).find()) {
      return Kind.RELATED;
    }
    if ((may & MAY_CAPTION) != 0 && CAPTION.matcher(lower).find()) return Kind.CAPTION;
    return null;
  }

  /** Longest text whose furniture words are furniture wherever they stand in it. */
  private static final int SHORT_NOTICE = 60;

  /**
   * Whether {@code words} found in a text make it furniture: in a short text, at its start
   * ("Copyright 2008 Reuters", "Newsletter: ..."), or in a sentence in the outlet's voice ("We use
   * cookies", "Sign up for our newsletter", "This website uses cookies"); a sentence of reported
   * news may use them in passing.
   */
  private static boolean furnitureWords(Pattern words, String text, String lower) {
    java.util.regex.Matcher m = words.matcher(lower);
    if (!m.find()) return false;
    if (text.length() <= SHORT_NOTICE || m.start() <= 1) return true;
    // outletVoice would count the notice's own words ("copyright") as the outlet's
    return OUTLET_WORDS.matcher(lower).find()
        || (!QUOTES.matcher(lower).find() && OUTLET_PRONOUNS.matcher(lower).find());
  }

  /**
   * Whether {@code text} is program code rather than language: script a page leaked into its text
   * or a publisher pasted into its article body ({@code googletag.cmd.push(function() { ... });}),
   * or a template's unfilled expressions ({@code {{ctrl.content.status}}}). Brackets, braces,
   * semicolons and equals signs make up a share of it no sentence has, and it holds an operator or
   * a construct of code.
   */
  public static boolean scriptCode(String text) {
    // code opens blocks, ends statements or assigns; most prose does none of these, and these
    // searches cost far less than the count below
    if (text.indexOf('{') < 0
        && text.indexOf('}') < 0
        && text.indexOf(';') < 0
        && text.indexOf('=') < 0) {
      return false;
    }
    int structure = 0;
    int visible = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ', '\t', '\n', '\r' -> {
          continue;
        }
        case '{', '}', '(', ')', ';', '=' -> structure++;
        default -> {}
      }
      visible++;
    }
    return structure >= MIN_CODE_MARKS
        && structure * CODE_MARK_SHARE_DENOMINATOR >= visible
        && CODE_CONSTRUCT.matcher(text).find();
  }

  /**
   * Whether {@code lower} may be a {@link #BYLINE_ROLE}: it holds the separator between name and
   * post, which most short texts (menu items, labels) lack, and a post's word.
   */
  private static boolean namesARole(String lower) {
    boolean separator = false;
    for (int i = 0; i < lower.length() && !separator; i++) {
      char c = lower.charAt(i);
      separator = c == '|' || c == ',' || c == '/' || c == '-' || c == '–' || c == '—';
    }
    if (!separator) return false;
    for (String r : BYLINE_ROLES) {
      if (lower.contains(r)) return true;
    }
    return false;
  }

  private static int shareCalls(String lower) {
    // a sentence about share prices has punctuation; a row of buttons has none
    if (lower.length() > 160 || lower.indexOf('.') >= 0 || lower.indexOf(',') >= 0) return 0;
    java.util.regex.Matcher m = SHARE_CALL.matcher(lower);
    int calls = 0;
    while (calls < 2 && m.find()) calls++;
    return calls;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) return true;
    }
    return false;
  }
}
