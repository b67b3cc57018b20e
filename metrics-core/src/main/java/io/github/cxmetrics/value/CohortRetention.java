package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Proportion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One row of a cohort retention table: the customers acquired in one period (the cohort) and how
 * many of them were still customers at each age. Immutable.
 *
 * <p><b>Definition</b>: age 0 is the acquisition period itself, where every customer of the
 * cohort counts; at age {@code a >= 1}, the customers active at the start of the {@code a}-th
 * period after it (not churned before its start). {@code share(a) = retained(a) / size}. Counts
 * never grow with age. Example: 10 customers acquired in January 2024, 2 lost in January, 1 in
 * February: retained 10, 8, 7 at ages 0, 1, 2 (January, February, March); shares 1.0, 0.8, 0.7.
 */
public final class CohortRetention {

    private final CalendarPeriod cohort;
    private final long[] retained;

    CohortRetention(CalendarPeriod cohort, long[] retained) {
        this.cohort = cohort;
        this.retained = retained;
    }

    /** Returns the acquisition period of the cohort. */
    public CalendarPeriod cohort() {
        return cohort;
    }

    /** Returns the number of customers acquired in the cohort's period. */
    public long size() {
        return retained[0];
    }

    /** Returns the number of ages observed: 1 for the acquisition period alone. */
    public int ages() {
        return retained.length;
    }

    /**
     * Returns the customers retained at {@code age}.
     *
     * @throws IllegalArgumentException if the age is not in {@code [0, ages() − 1]}
     */
    public long retained(int age) {
        return retained[requireAge(age)];
    }

    /**
     * Returns the share of the cohort retained at {@code age}, in [0, 1].
     *
     * @throws IllegalArgumentException if the age is not observed
     */
    public double share(int age) {
        return (double) retained[requireAge(age)] / retained[0];
    }

    /**
     * Returns the Wilson interval of the share retained at {@code age}, on the 0–1 scale.
     *
     * @throws IllegalArgumentException if the age is not observed or the level is not in (0, 1)
     */
    public Interval shareInterval(int age, double level) {
        return Proportion.of(retained[requireAge(age)], retained[0]).confidenceInterval(level);
    }

    /** Returns the counts retained at each age, from age 0. */
    public List<Long> retainedCounts() {
        List<Long> list = new ArrayList<>(retained.length);
        for (long r : retained) {
            list.add(r);
        }
        return Collections.unmodifiableList(list);
    }

    private int requireAge(int age) {
        return Checks.requireInRange(age, 0, retained.length - 1, "age");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortRetention c && cohort.equals(c.cohort)
                && Arrays.equals(retained, c.retained);
    }

    @Override
    public int hashCode() {
        return cohort.hashCode() * 31 + Arrays.hashCode(retained);
    }

    /** Returns a line such as {@code 2024-01: 10 customers, retained 10 8 7 (100.0% 80.0% 70.0%)}. */
    @Override
    public String toString() {
        StringBuilder counts = new StringBuilder();
        StringBuilder shares = new StringBuilder();
        for (int a = 0; a < retained.length; a++) {
            counts.append(a == 0 ? "" : " ").append(retained[a]);
            shares.append(a == 0 ? "" : " ")
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * share(a)));
        }
        return cohort + ": " + size() + " customers, retained " + counts + " (" + shares + ")";
    }
}
