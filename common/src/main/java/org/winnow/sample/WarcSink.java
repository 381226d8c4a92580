package org.winnow.sample;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes articles as WARC 1.1 files with one gzip member per record: a warcinfo record, a
 * robots.txt capture, then per article a request and a response with real HTTP headers, now and
 * then an image capture or a revisit record of an earlier page.
 */
final class WarcSink implements Closeable {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final URI IDENTICAL_PAYLOAD =
      URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");

  private final Path corpus;
  private final CorpusSpec spec;
  private final TruthLog truth;
  private int fileNumber = -1;
  private int inFile;
  private String fileName;
  private FileChannel channel;
  private org.netpreserve.jwarc.WarcWriter writer;
  private Rng extras;

  WarcSink(Path corpus, CorpusSpec spec, TruthLog truth) {
    this.corpus = corpus;
    this.spec = spec;
    this.truth = truth;
  }

  Placement write(Article article, String html) throws IOException {
    if (writer == null || inFile == spec.recordsPerFile()) {
      roll(article);
    }
    inFile++;
    URI uri = URI.create(article.url());
    Instant fetched = article.publishedAt().plusSeconds(extras.between(120, 6 * 3600));
    PageRenderer.Encoded page = PageRenderer.encode(article.outlet(), html);
    byte[] body = page.bytes();
    String contentType = "text/html; charset=" + page.charset();
    WarcDigest digest = sha1(body);
    UUID responseId = id("response", article.id());
    HttpRequest request = request(uri, article.outlet().language().code());
    writer.write(
        new WarcRequest.Builder(uri)
            .version(MessageVersion.WARC_1_1)
            .recordId(id("request", article.id()))
            .date(fetched)
            .concurrentTo(URI.create("urn:uuid:" + responseId))
            .body(request)
            .build());
    long offset = writer.position();
    HttpResponse response = response(body, contentType, fetched, article.publishedAt());
    writer.write(
        new WarcResponse.Builder(uri)
            .version(MessageVersion.WARC_1_1)
            .recordId(responseId)
            .date(fetched)
            .payloadDigest(digest)
            .identifiedPayloadType("text/html")
            .body(response)
            .build());
    Placement placement =
        new Placement(fileName, Long.toString(offset), "<urn:uuid:" + responseId + ">");

    if (extras.chance(0.04)) {
      image(article, fetched.plusSeconds(2));
    }
    if (extras.chance(0.03)) {
      revisit(article, uri, responseId, fetched, digest, body.length, contentType);
    }
    return placement;
  }

  private void roll(Article first) throws IOException {
    close();
    fileNumber++;
    inFile = 0;
    fileName = String.format("warc/crawl-%05d.warc.gz", fileNumber);
    Path path = corpus.resolve(fileName);
    Files.createDirectories(path.getParent());
    channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    writer = new org.netpreserve.jwarc.WarcWriter(channel, WarcCompression.GZIP);
    extras = Rng.of(spec.seed(), 9_000_011L, fileNumber);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("winnow-sample corpus generator"));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("description", List.of("synthetic news crawl, seed " + spec.seed()));
    fields.put("isPartOf", List.of("winnow-sample"));
    writer.write(
        new Warcinfo.Builder()
            .version(MessageVersion.WARC_1_1)
            .recordId(id("warcinfo", fileName))
            .date(first.publishedAt())
            .filename(Path.of(fileName).getFileName().toString())
            .fields(fields)
            .build());
    // Crawlers fetch robots.txt before the first page of a host.
    String host = first.outlet().host();
    URI robots = URI.create("https://" + host + "/robots.txt");
    long offset = writer.position();
    byte[] rules =
        ("User-agent: *\nDisallow: /admin/\nDisallow: /search\nSitemap: https://"
                + host
                + "/sitemap.xml\n")
            .getBytes(StandardCharsets.US_ASCII);
    writer.write(
        new WarcResponse.Builder(robots)
            .version(MessageVersion.WARC_1_1)
            .recordId(id("robots", fileName))
            .date(first.publishedAt())
            .body(response(rules, "text/plain", first.publishedAt(), first.publishedAt()))
            .build());
    truth.nonArticle(fileName, Long.toString(offset), "robots", "skip");
  }

  private void image(Article article, Instant fetched) throws IOException {
    URI uri = URI.create("https://" + article.outlet().host() + "/img/" + article.id() + ".jpg");
    byte[] jpeg = new byte[extras.between(400, 1200)];
    for (int i = 0; i < jpeg.length; i++) {
      jpeg[i] = (byte) extras.nextLong();
    }
    jpeg[0] = (byte) 0xFF;
    jpeg[1] = (byte) 0xD8;
    jpeg[jpeg.length - 2] = (byte) 0xFF;
    jpeg[jpeg.length - 1] = (byte) 0xD9;
    long offset = writer.position();
    writer.write(
        new WarcResponse.Builder(uri)
            .version(MessageVersion.WARC_1_1)
            .recordId(id("image", article.id()))
            .date(fetched)
            .body(response(jpeg, "image/jpeg", fetched, article.publishedAt()))
            .build());
    truth.nonArticle(fileName, Long.toString(offset), "image", "skip");
  }

  // A later crawl found the same page unchanged and stored only a pointer to the first capture.
  private void revisit(
      Article article,
      URI uri,
      UUID original,
      Instant firstFetch,
      WarcDigest digest,
      int length,
      String contentType)
      throws IOException {
    Instant again = firstFetch.plusSeconds(extras.between(86_400, 3 * 86_400));
    HttpResponse headers =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Date", HTTP_DATE.format(again))
            .addHeader("Server", "nginx")
            .addHeader("Content-Type", contentType)
            .addHeader("Content-Length", Integer.toString(length))
            .body(null, new byte[0])
            .build();
    long offset = writer.position();
    writer.write(
        new WarcRevisit.Builder(uri, IDENTICAL_PAYLOAD)
            .version(MessageVersion.WARC_1_1)
            .recordId(id("revisit", article.id()))
            .date(again)
            .refersTo(URI.create("urn:uuid:" + original), uri, firstFetch)
            .payloadDigest(digest)
            .body(headers)
            .build());
    truth.nonArticle(fileName, Long.toString(offset), "revisit", "skip");
  }

  private static HttpRequest request(URI uri, String language) {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new HttpRequest.Builder("GET", target)
        .addHeader("Host", uri.getHost())
        .addHeader("User-Agent", "Mozilla/5.0 (compatible; winnow-sample/1.0)")
        .addHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        .addHeader("Accept-Language", language + ",en;q=0.5")
        .addHeader("Accept-Encoding", "identity")
        .build();
  }

  private static HttpResponse response(byte[] body, Instant fetched, Instant modified) {
    return response(body, "text/html; charset=utf-8", fetched, modified);
  }

  private static HttpResponse response(
      byte[] body, String contentType, Instant fetched, Instant modified) {
    return new HttpResponse.Builder(200, "OK")
        .addHeader("Date", HTTP_DATE.format(fetched))
        .addHeader("Server", "nginx")
        .addHeader("Last-Modified", HTTP_DATE.format(modified))
        .addHeader("Cache-Control", "public, max-age=300")
        .addHeader("Connection", "close")
        .body(MediaType.parse(contentType), body)
        .build();
  }

  private static WarcDigest sha1(byte[] body) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(body);
      return new WarcDigest(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }

  private UUID id(String what, String key) {
    return UUID.nameUUIDFromBytes(
        (spec.seed() + "/" + what + "/" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** Appends the first part of one more gzip member to the last file, as a cut-off crawl does. */
  void truncateLastFile(Article article, String html) throws IOException {
    if (writer == null) {
      return;
    }
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter scratch =
        new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(member), WarcCompression.GZIP)) {
      URI uri = URI.create(article.url() + "?page=2");
      WarcRecord record =
          new WarcResponse.Builder(uri)
              .version(MessageVersion.WARC_1_1)
              .recordId(id("truncated", article.id()))
              .date(article.publishedAt())
              .body(
                  response(
                      html.getBytes(StandardCharsets.UTF_8),
                      article.publishedAt(),
                      article.publishedAt()))
              .build();
      scratch.write(record);
    }
    byte[] bytes = member.toByteArray();
    long offset = writer.position();
    channel.write(java.nio.ByteBuffer.wrap(bytes, 0, bytes.length * 11 / 20));
    truth.nonArticle(fileName, Long.toString(offset), "truncated_gzip", "reject");
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }
}
