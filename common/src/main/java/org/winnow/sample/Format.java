package org.winnow.sample;

import java.util.Locale;

/** A file format the generator writes articles in. */
public enum Format {
  /** WARC 1.1, one gzip member per record, request and response records with HTTP headers. */
  WARC,
  /** Gzipped JSON lines in news-please style: text scrape in {@code maintext}. */
  JSONL,
  /** One plain-text scrape per file, paragraphs as lines. */
  TXT,
  /** One HTML page per file. */
  HTML;

  /** The lower-case name used on the command line and in truth files. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code name} ({@code warc}, {@code jsonl}, {@code txt}, {@code html}). */
  public static Format of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (known: warc, jsonl, txt, html)", e);
    }
  }
}
