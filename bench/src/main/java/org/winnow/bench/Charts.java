package org.winnow.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Draws the scaling figure with Java2D: on the left job time (and, when measured, CPU seconds)
 * against documents with the fitted lines (straight means linear), on the right each stage's
 * seconds per 1000 documents at every size (flat bars mean no stage grows faster than its input).
 *
 * <pre>{@code
 * Charts.write(scaleRuns, Linear.fit(docs, seconds), Linear.fit(docs, cpuSeconds), Path.of("latest.png"));
 * }</pre>
 */
final class Charts {
  private Charts() {}

  private static final int W = 1200;
  private static final int H = 520;
  private static final Color[] PALETTE = {
    new Color(0x4C72B0),
    new Color(0xDD8452),
    new Color(0x55A868),
    new Color(0xC44E52),
    new Color(0x8172B3),
    new Color(0x937860),
    new Color(0xDA8BC3)
  };

  /** Draws the figure; {@code cpuFit} is null when the runs carry no CPU seconds. */
  static void write(List<BenchResults.Run> runs, Linear fit, Linear cpuFit, Path png)
      throws IOException {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    timePanel(g, runs, fit, cpuFit, 70, 50, 480, 400);
    stagePanel(g, runs, 680, 50, 480, 400);
    g.dispose();
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(img, "png", png.toFile());
  }

  private static void timePanel(
      Graphics2D g,
      List<BenchResults.Run> runs,
      Linear fit,
      Linear cpuFit,
      int x0,
      int y0,
      int w,
      int h) {
    double maxX = runs.stream().mapToDouble(BenchResults.Run::articles).max().orElse(1) * 1.05;
    double maxY =
        runs.stream()
                .mapToDouble(
                    r -> Math.max(Math.max(r.wallS(), r.totalS()), cpuFit == null ? 0 : r.cpuS()))
                .max()
                .orElse(1)
            * 1.1;
    axes(g, x0, y0, w, h, maxX, maxY, "documents", "seconds");
    title(
        g,
        x0,
        y0,
        String.format(
            Locale.ROOT,
            "Job time vs input: %.2f s per 1000 docs, R\u00b2 %.4f%s",
            fit.slope() * 1000,
            fit.r2(),
            cpuFit == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; CPU %.2f s, R\u00b2 %.4f",
                    cpuFit.slope() * 1000,
                    cpuFit.r2())));
    fitLine(g, fit, maxX, maxY, x0, y0, w, h);
    if (cpuFit != null) fitLine(g, cpuFit, maxX, maxY, x0, y0, w, h);
    for (BenchResults.Run r : runs) {
      dot(g, PALETTE[0], px(r.articles(), maxX, x0, w), py(r.totalS(), maxY, y0, h));
      dot(g, PALETTE[1], px(r.articles(), maxX, x0, w), py(r.wallS(), maxY, y0, h));
      if (cpuFit != null) {
        dot(g, PALETTE[2], px(r.articles(), maxX, x0, w), py(r.cpuS(), maxY, y0, h));
      }
    }
    List<String> names = new ArrayList<>(List.of("job (report total)", "wall (with start-up)"));
    List<Color> colors = new ArrayList<>(List.of(PALETTE[0], PALETTE[1]));
    if (cpuFit != null) {
      names.add("CPU seconds (all cores)");
      colors.add(PALETTE[2]);
    }
    names.add("linear fits");
    colors.add(Color.GRAY);
    legend(g, x0 + 10, y0 + 10, names, colors.toArray(new Color[0]));
  }

  private static void fitLine(
      Graphics2D g, Linear fit, double maxX, double maxY, int x0, int y0, int w, int h) {
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0));
    g.drawLine(
        px(0, maxX, x0, w),
        py(fit.at(0), maxY, y0, h),
        px(maxX, maxX, x0, w),
        py(fit.at(maxX), maxY, y0, h));
    g.setStroke(new BasicStroke(1));
  }

  private static void stagePanel(
      Graphics2D g, List<BenchResults.Run> runs, int x0, int y0, int w, int h) {
    Set<String> stages = new LinkedHashSet<>();
    for (BenchResults.Run r : runs) {
      r.stagesMs().keySet().stream().filter(s -> !s.equals("total")).forEach(stages::add);
    }
    List<String> names = new ArrayList<>(stages);
    double maxY = 0;
    for (BenchResults.Run r : runs) {
      double sum = 0;
      for (String s : names) sum += perThousand(r, s);
      maxY = Math.max(maxY, sum);
    }
    maxY *= 1.15;
    axes(g, x0, y0, w, h, 0, maxY, "documents", "seconds per 1000 documents");
    title(g, x0, y0, "Stage time per 1000 documents, by input size");
    int n = runs.size();
    int slot = w / Math.max(n, 1);
    int bar = Math.min(60, slot * 2 / 3);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i < n; i++) {
      BenchResults.Run r = runs.get(i);
      int bx = x0 + i * slot + (slot - bar) / 2;
      double acc = 0;
      for (int s = 0; s < names.size(); s++) {
        double v = perThousand(r, names.get(s));
        int top = py(acc + v, maxY, y0, h);
        int bottom = py(acc, maxY, y0, h);
        g.setColor(PALETTE[s % PALETTE.length]);
        g.fillRect(bx, top, bar, Math.max(1, bottom - top));
        acc += v;
      }
      g.setColor(Color.BLACK);
      String label = String.format(Locale.ROOT, "%,d", r.articles());
      g.drawString(label, bx + bar / 2 - g.getFontMetrics().stringWidth(label) / 2, y0 + h + 15);
    }
    Color[] colors = new Color[names.size()];
    for (int s = 0; s < names.size(); s++) colors[s] = PALETTE[s % PALETTE.length];
    legend(g, x0 + w - 150, y0 + 10, names, colors);
  }

  private static double perThousand(BenchResults.Run r, String stage) {
    return r.stagesMs().getOrDefault(stage, 0L) / 1000.0 / r.articles() * 1000;
  }

  private static void axes(
      Graphics2D g, int x0, int y0, int w, int h, double maxX, double maxY, String xl, String yl) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.setColor(new Color(0xDDDDDD));
    for (int i = 0; i <= 5; i++) {
      int y = y0 + h - h * i / 5;
      g.drawLine(x0, y, x0 + w, y);
    }
    g.setColor(Color.BLACK);
    g.drawRect(x0, y0, w, h);
    for (int i = 0; i <= 5; i++) {
      int y = y0 + h - h * i / 5;
      g.drawString(String.format(Locale.ROOT, "%.1f", maxY * i / 5), x0 - 45, y + 4);
      if (maxX > 0) {
        String t = String.format(Locale.ROOT, "%,.0f", maxX * i / 5);
        g.drawString(t, x0 + w * i / 5 - g.getFontMetrics().stringWidth(t) / 2, y0 + h + 15);
      }
    }
    g.drawString(xl, x0 + w / 2 - 30, y0 + h + 35);
    g.rotate(-Math.PI / 2);
    g.drawString(yl, -(y0 + h / 2 + 60), x0 - 52);
    g.rotate(Math.PI / 2);
  }

  private static void title(Graphics2D g, int x0, int y0, String text) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(text, x0, y0 - 12);
  }

  private static void legend(Graphics2D g, int x, int y, List<String> names, Color[] colors) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i < names.size(); i++) {
      g.setColor(colors[i]);
      g.fillRect(x, y + i * 16, 10, 10);
      g.setColor(Color.BLACK);
      g.drawString(names.get(i), x + 15, y + i * 16 + 10);
    }
  }

  private static void dot(Graphics2D g, Color c, int x, int y) {
    g.setColor(c);
    g.fillOval(x - 5, y - 5, 10, 10);
  }

  private static int px(double v, double max, int x0, int w) {
    return x0 + (int) Math.round(v / max * w);
  }

  private static int py(double v, double max, int y0, int h) {
    return y0 + h - (int) Math.round(v / max * h);
  }
}
