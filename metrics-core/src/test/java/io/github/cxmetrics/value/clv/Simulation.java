package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Simulates customer bases from known parameters, straight from the models' assumptions:
 * gamma-distributed purchase rates, beta-distributed dropout probabilities (BG/NBD) or
 * gamma-distributed dropout rates (Pareto/NBD), gamma-distributed spend (Gamma-Gamma).
 */
final class Simulation {

    private final SplittableRandom random;

    Simulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A gamma variate of {@code shape} and {@code rate} (Marsaglia and Tsang 2000). */
    double gamma(double shape, double rate) {
        if (shape < 1) {
            return gamma(shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    double normal() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    double exponential(double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    /** Ages spread evenly over {@code [minAge, maxAge]}, as in a cohort acquired over time. */
    double age(int i, int n, double minAge, double maxAge) {
        return minAge + (maxAge - minAge) * (i + 0.5) / n;
    }

    /** {@code n} BG/NBD customers with mean spend 0 (spend is simulated separately). */
    RfmSummary bgNbd(BgNbd m, int n, double minAge, double maxAge) {
        return betaGeometric(m.r(), m.alpha(), m.a(), m.b(), m.unit(), false, n, minAge, maxAge);
    }

    /** {@code n} MBG/NBD customers: like the BG/NBD, but they may drop out at their first purchase. */
    RfmSummary mbgNbd(MbgNbd m, int n, double minAge, double maxAge) {
        return betaGeometric(m.r(), m.alpha(), m.a(), m.b(), m.unit(), true, n, minAge, maxAge);
    }

    private RfmSummary betaGeometric(double r, double alpha, double a, double bb,
            java.time.temporal.ChronoUnit unit, boolean dropoutAtFirstPurchase, int n,
            double minAge, double maxAge) {
        RfmSummary.Builder b = RfmSummary.builder(unit);
        for (int i = 0; i < n; i++) {
            double age = age(i, n, minAge, maxAge);
            double lambda = gamma(r, alpha);
            double x1 = gamma(a, 1);
            double p = x1 / (x1 + gamma(bb, 1));
            int x = 0;
            double t = 0;
            double last = 0;
            boolean alive = !dropoutAtFirstPurchase || random.nextDouble() >= p;
            while (alive) {
                t += exponential(lambda);
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                if (random.nextDouble() < p) {
                    break;
                }
            }
            b.add("c" + i, x, last, age, 0);
        }
        return b.build();
    }

    /**
     * {@code n} NBD customers, who never drop out: Poisson purchases of a gamma(r, α) rate over
     * their whole age.
     */
    RfmSummary nbd(double r, double alpha, ChronoUnit unit, int n, double minAge,
            double maxAge) {
        RfmSummary.Builder b = RfmSummary.builder(unit);
        for (int i = 0; i < n; i++) {
            double age = age(i, n, minAge, maxAge);
            double lambda = gamma(r, alpha);
            int x = 0;
            double t = 0;
            double last = 0;
            while ((t += exponential(lambda)) <= age) {
                x++;
                last = t;
            }
            b.add("c" + i, x, last, age, 0);
        }
        return b.build();
    }

    /** {@code n} Pareto/NBD customers. */
    RfmSummary paretoNbd(ParetoNbd m, int n, double minAge, double maxAge) {
        RfmSummary.Builder b = RfmSummary.builder(m.unit());
        for (int i = 0; i < n; i++) {
            double age = age(i, n, minAge, maxAge);
            double lambda = gamma(m.r(), m.alpha());
            double lifetime = exponential(gamma(m.s(), m.beta()));
            double end = Math.min(age, lifetime);
            int x = 0;
            double t = 0;
            double last = 0;
            while ((t += exponential(lambda)) <= end) {
                x++;
                last = t;
            }
            b.add("c" + i, x, last, age, 0);
        }
        return b.build();
    }

    /** {@code n} repeat buyers with 1 + Poisson(mean) transactions of Gamma-Gamma spend. */
    RfmSummary gammaGamma(GammaGamma m, int n, double meanTransactions) {
        RfmSummary.Builder b = RfmSummary.builder(ChronoUnit.WEEKS);
        for (int i = 0; i < n; i++) {
            int x = 1;
            double t = exponential(1);
            while (t < meanTransactions) {
                x++;
                t += exponential(1);
            }
            double nu = gamma(m.q(), m.gamma());
            double sum = 0;
            for (int j = 0; j < x; j++) {
                sum += gamma(m.p(), nu);
            }
            b.add("c" + i, x, 1, 2, sum / x);
        }
        return b.build();
    }
}
