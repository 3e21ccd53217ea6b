package dev.outpost.sim.experiment;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The mean of a figure over replications with its 95% confidence interval (Student t with n - 1
 * degrees of freedom). NaN values (undefined in a replication) are left out.
 *
 * @param n         replications with a value
 * @param mean      sample mean
 * @param halfWidth half-width of the 95% interval; NaN when n &lt; 2
 */
public record Estimate(long n, double mean, double halfWidth) {

    /**
     * The estimate of {@code values}.
     *
     * @param values one value per replication; NaN values are left out
     * @return the estimate of {@code values}
     */
    public static Estimate of(List<Double> values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                stats.addValue(v);
            }
        }
        long n = stats.getN();
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN);
        }
        if (n < 2) {
            return new Estimate(n, stats.getMean(), Double.NaN);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(n, stats.getMean(), t * stats.getStandardDeviation() / Math.sqrt(n));
    }

    /** {@return the lower end of the interval} */
    public double low() {
        return mean - halfWidth;
    }

    /** {@return the upper end of the interval} */
    public double high() {
        return mean + halfWidth;
    }

    /**
     * Whether {@code value} lies inside the interval.
     *
     * @param value the value to test
     * @return whether {@code value} lies inside the interval
     */
    public boolean contains(double value) {
        return value >= low() && value <= high();
    }
}
