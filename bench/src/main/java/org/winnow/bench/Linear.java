package org.winnow.bench;

/**
 * A least-squares line {@code y = intercept + slope * x} and how well it fits ({@code r2}).
 *
 * <pre>{@code
 * Linear.fit(new double[] {1, 2, 3}, new double[] {12, 14, 16}); // slope 2, intercept 10, r2 1
 * }</pre>
 */
public record Linear(double slope, double intercept, double r2) {

  /** Fits the points; needs at least two distinct x. */
  public static Linear fit(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two or more points, got " + x.length);
    }
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0) throw new IllegalArgumentException("all x are equal");
    double slope = sxy / sxx;
    double r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
    return new Linear(slope, my - slope * mx, r2);
  }

  public double at(double x) {
    return intercept + slope * x;
  }
}
