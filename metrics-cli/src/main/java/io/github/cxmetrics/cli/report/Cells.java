package io.github.cxmetrics.cli.report;

import java.util.function.Supplier;

/**
 * The conventions the sections share when they fill tables: the labels of the row of everything
 * and of records without a group, absent values as null, and the title of interval columns.
 */
public final class Cells {

    /** The row of all groups together, such as all channels or all segments. */
    public static final String ALL = "(all)";
    /** The group of records without a value in the grouping column, such as no segment. */
    public static final String NONE = "(none)";

    private Cells() {}

    /**
     * Returns a value the library defines only for enough data, or null: the library's rule for
     * empty input is an {@link IllegalStateException}, never a silent 0.
     */
    public static <X> X orNull(Supplier<X> value) {
        try {
            return value.get();
        } catch (IllegalStateException undefined) {
            return null;
        }
    }

    /** Returns the value, or null when it is not finite (a test without variance, say). */
    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Returns the title of a confidence interval column, such as {@code 95% CI}. */
    public static String ciTitle(double level) {
        return JsonWriter.fixed(100 * level, 4) + "% CI";
    }
}
