package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Recency–frequency–monetary summaries of many customers in one time unit: what the
 * customer-base models are fitted to. Immutable; stored in columns of primitives, so millions of
 * customers cost a few tens of bytes each.
 *
 * <p>Built either from purchases with {@link RfmCalculator} (which also fills the holdout
 * columns and the counts of what it left out), or from rows already summarised, such as the
 * CDNOW summary files:
 * <pre>{@code
 * RfmSummary summary = RfmSummary.builder(ChronoUnit.WEEKS)
 *         .add("1", 2, 30.43, 38.86, 22.35)
 *         .add("2", 1, 1.71, 38.86, 11.77)
 *         .add("3", 0, 0, 38.86, 0)
 *         .build();
 * }</pre>
 *
 * <p>The time unit is part of the summary and of every row ({@link CustomerRfm#unit()}); models
 * fitted to it are in the same unit. An empty summary is allowed ({@link #isEmpty()}); fitting a
 * model to it throws.
 */
public final class RfmSummary {

    private final ChronoUnit unit;
    private final String[] ids;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] meanSpend;
    private final Currency currency;
    private final LocalDate calibrationEnd;
    private final int[] holdoutPurchases;
    private final double[] holdoutSpend;
    private final double holdoutLength;
    private final long skippedRefunds;
    private final long customersAfterCalibration;

    RfmSummary(ChronoUnit unit, String[] ids, int[] frequency, double[] recency, double[] age,
            double[] meanSpend, Currency currency, LocalDate calibrationEnd,
            int[] holdoutPurchases, double[] holdoutSpend, double holdoutLength,
            long skippedRefunds, long customersAfterCalibration) {
        this.unit = unit;
        this.ids = ids;
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.meanSpend = meanSpend;
        this.currency = currency;
        this.calibrationEnd = calibrationEnd;
        this.holdoutPurchases = holdoutPurchases;
        this.holdoutSpend = holdoutSpend;
        this.holdoutLength = holdoutLength;
        this.skippedRefunds = skippedRefunds;
        this.customersAfterCalibration = customersAfterCalibration;
    }

    /**
     * Returns a builder of a summary from rows {@code (id, x, tₓ, T, mean spend)} in
     * {@code unit}.
     *
     * @throws IllegalArgumentException if the unit is not DAYS, WEEKS, MONTHS or YEARS
     */
    public static Builder builder(ChronoUnit unit) {
        return new Builder(TimeUnits.require(unit, "unit"));
    }

    /**
     * Returns a summary of the customers given in columns, row {@code i} being customer
     * {@code i}: the fast way in for millions of customers, with no object per customer. The
     * arrays are copied (the summary stays immutable) and checked in one pass, by the rules of
     * {@link CustomerRfm}; customers are identified by their row,
     * {@code customerId(i) = String.valueOf(i)}.
     *
     * @param unit the unit of recency and age
     * @param frequency {@code x} per customer, ≥ 0
     * @param recency {@code tₓ} per customer, 0 when {@code x = 0}, in {@code [0, age]}
     * @param age {@code T} per customer, finite and ≥ 0
     * @param meanSpend the mean repeat spend per customer, finite; null when there is none (all 0,
     *     enough for the purchase models)
     * @throws IllegalArgumentException if the columns differ in length or a value is out of
     *     range (the message names the row), or the unit is not DAYS, WEEKS, MONTHS or YEARS
     */
    public static RfmSummary of(ChronoUnit unit, int[] frequency, double[] recency, double[] age,
            double[] meanSpend) {
        return of(unit, null, frequency, recency, age, meanSpend);
    }

    /**
     * Returns a summary of the customers given in columns, with their ids; see
     * {@link #of(ChronoUnit, int[], double[], double[], double[])}. Ids are not checked for
     * uniqueness.
     *
     * @param ids the customer ids, not blank; null to identify customers by their row
     * @throws IllegalArgumentException if the columns differ in length, an id is blank or a
     *     value is out of range
     */
    public static RfmSummary of(ChronoUnit unit, String[] ids, int[] frequency,
            double[] recency, double[] age, double[] meanSpend) {
        TimeUnits.require(unit, "unit");
        Checks.requireNonNull(frequency, "frequency");
        Checks.requireNonNull(recency, "recency");
        Checks.requireNonNull(age, "age");
        int n = frequency.length;
        requireLength(recency.length, n, "recency");
        requireLength(age.length, n, "age");
        if (meanSpend != null) {
            requireLength(meanSpend.length, n, "meanSpend");
        }
        if (ids != null) {
            requireLength(ids.length, n, "ids");
        }
        int[] x = frequency.clone();
        double[] tx = recency.clone();
        double[] t = age.clone();
        double[] m = meanSpend == null ? new double[n] : meanSpend.clone();
        String[] kept = ids == null ? null : ids.clone();
        for (int i = 0; i < n; i++) {
            // One branch-free test per row; the rules and their messages live in CustomerRfm.
            boolean bad = x[i] < 0 | !(t[i] >= 0) | t[i] == Double.POSITIVE_INFINITY
                    | !(tx[i] >= 0) | tx[i] > t[i] | (x[i] == 0 & tx[i] != 0)
                    | !(Math.abs(m[i]) <= Double.MAX_VALUE);
            if (bad || (kept != null && (kept[i] == null || kept[i].isBlank()))) {
                String id = kept == null ? "row " + i : kept[i];
                if (kept != null) {
                    Checks.requireNonBlank(kept[i], "ids[" + i + "]");
                }
                CustomerRfm.check(id, x[i], tx[i], t[i], m[i]);
            }
        }
        return new RfmSummary(unit, kept, x, tx, t, m, null, null, null, null, 0, 0, 0);
    }

    private static void requireLength(int length, int expected, String name) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " must have the length of frequency, "
                    + expected + ": " + length);
        }
    }

    /** Returns the time unit of recency, age and holdout length. */
    public ChronoUnit unit() {
        return unit;
    }

    /** Returns the number of customers. */
    public int size() {
        return frequency.length;
    }

    /** Returns whether there are no customers. */
    public boolean isEmpty() {
        return frequency.length == 0;
    }

    /** Returns customer {@code i}, {@code 0 ≤ i < size()}. */
    public CustomerRfm customer(int i) {
        return new CustomerRfm(customerId(i), frequency[i], recency[i], age[i], meanSpend[i],
                unit);
    }

    /** Returns the customers as an unmodifiable list, created on access. */
    public List<CustomerRfm> customers() {
        return new Customers();
    }

    /**
     * Returns the id of customer {@code i}; its row number, {@code String.valueOf(i)}, when the
     * summary was made from columns without ids.
     */
    public String customerId(int i) {
        if (ids == null) {
            Objects.checkIndex(i, frequency.length);
            return String.valueOf(i);
        }
        return ids[i];
    }

    // The columns themselves, for the likelihoods and the per-customer predictions: never
    // modified, never handed out.
    int[] frequencyColumn() {
        return frequency;
    }

    double[] recencyColumn() {
        return recency;
    }

    double[] ageColumn() {
        return age;
    }

    double[] meanSpendColumn() {
        return meanSpend;
    }

    /** Returns {@code x}, the number of repeat purchases of customer {@code i}. */
    public int frequency(int i) {
        return frequency[i];
    }

    /** Returns {@code tₓ}, the recency of customer {@code i} in {@link #unit()}. */
    public double recency(int i) {
        return recency[i];
    }

    /** Returns {@code T}, the age of customer {@code i} in {@link #unit()}. */
    public double age(int i) {
        return age[i];
    }

    /** Returns the mean repeat spend of customer {@code i}, 0 if {@code x = 0}. */
    public double meanSpend(int i) {
        return meanSpend[i];
    }

    /** Returns the number of customers with at least one repeat purchase. */
    public int repeatBuyers() {
        int count = 0;
        for (int x : frequency) {
            if (x > 0) {
                count++;
            }
        }
        return count;
    }

    /** Returns the total number of repeat purchases, {@code Σx}. */
    public long totalRepeatPurchases() {
        long sum = 0;
        for (int x : frequency) {
            sum += x;
        }
        return sum;
    }

    /** Returns the currency of the spend, when the summary was built from purchases or given one. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** Returns the last day of the calibration period, when built from purchases. */
    public Optional<LocalDate> calibrationEnd() {
        return Optional.ofNullable(calibrationEnd);
    }

    /** Returns whether the summary has holdout columns (built with a holdout end). */
    public boolean hasHoldout() {
        return holdoutPurchases != null;
    }

    /**
     * Returns the length of the holdout period in {@link #unit()}.
     *
     * @throws IllegalStateException if there is no holdout period
     */
    public double holdoutLength() {
        requireHoldout();
        return holdoutLength;
    }

    /**
     * Returns the number of transactions of customer {@code i} in the holdout period.
     *
     * @throws IllegalStateException if there is no holdout period
     */
    public int holdoutPurchases(int i) {
        requireHoldout();
        return holdoutPurchases[i];
    }

    /**
     * Returns the spend of customer {@code i} in the holdout period.
     *
     * @throws IllegalStateException if there is no holdout period
     */
    public double holdoutSpend(int i) {
        requireHoldout();
        return holdoutSpend[i];
    }

    /**
     * Returns the total number of holdout transactions of the calibration customers.
     *
     * @throws IllegalStateException if there is no holdout period
     */
    public long totalHoldoutPurchases() {
        requireHoldout();
        long sum = 0;
        for (int x : holdoutPurchases) {
            sum += x;
        }
        return sum;
    }

    /** Returns the number of refunds (negative amounts) left out of the summary. */
    public long skippedRefunds() {
        return skippedRefunds;
    }

    /**
     * Returns the number of customers left out because their first purchase came after the
     * calibration period.
     */
    public long customersAfterCalibration() {
        return customersAfterCalibration;
    }

    private void requireHoldout() {
        if (holdoutPurchases == null) {
            throw new IllegalStateException(
                    "the summary has no holdout period: set a holdout end on the calculator");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RfmSummary other && unit == other.unit
                && Arrays.equals(ids, other.ids) && Arrays.equals(frequency, other.frequency)
                && Arrays.equals(recency, other.recency) && Arrays.equals(age, other.age)
                && Arrays.equals(meanSpend, other.meanSpend)
                && Objects.equals(currency, other.currency)
                && Objects.equals(calibrationEnd, other.calibrationEnd)
                && Arrays.equals(holdoutPurchases, other.holdoutPurchases)
                && Arrays.equals(holdoutSpend, other.holdoutSpend)
                && Double.compare(holdoutLength, other.holdoutLength) == 0
                && skippedRefunds == other.skippedRefunds
                && customersAfterCalibration == other.customersAfterCalibration;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, Arrays.hashCode(ids), Arrays.hashCode(frequency),
                Arrays.hashCode(recency), Arrays.hashCode(age), Arrays.hashCode(meanSpend),
                currency, calibrationEnd, Arrays.hashCode(holdoutPurchases));
    }

    @Override
    public String toString() {
        return "RfmSummary(" + size() + " customers, " + repeatBuyers() + " repeat buyers, "
                + totalRepeatPurchases() + " repeat purchases, in " + unit.name()
                + (calibrationEnd == null ? "" : ", calibration to " + calibrationEnd)
                + (hasHoldout() ? ", holdout of " + holdoutLength + " " + unit.name() : "")
                + ")";
    }

    private final class Customers extends AbstractList<CustomerRfm> implements RandomAccess {
        @Override
        public CustomerRfm get(int index) {
            Objects.checkIndex(index, frequency.length);
            return customer(index);
        }

        @Override
        public int size() {
            return frequency.length;
        }
    }

    /**
     * Collects rows of a summary. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final ChronoUnit unit;
        private String[] ids = new String[16];
        private int[] frequency = new int[16];
        private double[] recency = new double[16];
        private double[] age = new double[16];
        private double[] meanSpend = new double[16];
        private int size;
        private Currency currency;

        private Builder(ChronoUnit unit) {
            this.unit = unit;
        }

        /**
         * Adds a customer.
         *
         * @param customerId the customer; not blank; ids are not checked for uniqueness
         * @param frequency {@code x}, repeat purchases, ≥ 0
         * @param recency {@code tₓ} in the builder's unit, 0 when {@code x = 0}, at most
         *     {@code age}
         * @param age {@code T} in the builder's unit, ≥ 0
         * @param meanSpend the mean repeat spend, 0 when {@code x = 0}; finite
         * @throws IllegalArgumentException if a value is out of range (see {@link CustomerRfm})
         */
        public Builder add(String customerId, int frequency, double recency, double age,
                double meanSpend) {
            Checks.requireNonBlank(customerId, "customerId");
            CustomerRfm.check(customerId, frequency, recency, age, meanSpend);
            if (size == ids.length) {
                int grown = size * 2;
                ids = Arrays.copyOf(ids, grown);
                this.frequency = Arrays.copyOf(this.frequency, grown);
                this.recency = Arrays.copyOf(this.recency, grown);
                this.age = Arrays.copyOf(this.age, grown);
                this.meanSpend = Arrays.copyOf(this.meanSpend, grown);
            }
            ids[size] = customerId;
            this.frequency[size] = frequency;
            this.recency[size] = recency;
            this.age[size] = age;
            this.meanSpend[size] = meanSpend;
            size++;
            return this;
        }

        /**
         * Adds a customer, converting it to the builder's unit.
         */
        public Builder add(CustomerRfm customer) {
            CustomerRfm c = Checks.requireNonNull(customer, "customer").inUnit(unit);
            return add(c.customerId(), c.frequency(), c.recency(), c.age(), c.meanSpend());
        }

        /** Sets the currency of the spend. */
        public Builder currency(Currency currency) {
            this.currency = Checks.requireNonNull(currency, "currency");
            return this;
        }

        /** Returns the summary of the rows added so far. */
        public RfmSummary build() {
            return new RfmSummary(unit, Arrays.copyOf(ids, size), Arrays.copyOf(frequency, size),
                    Arrays.copyOf(recency, size), Arrays.copyOf(age, size),
                    Arrays.copyOf(meanSpend, size), currency, null, null, null, 0, 0, 0);
        }
    }
}
