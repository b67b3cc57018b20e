package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Assertions shared by the property tests: merging accumulators equals one pass. */
public final class MergeChecks {

    private MergeChecks() {}

    /** Splits {@code items} at {@code cut}, accumulates both parts, merges, compares. */
    public static <T, R> void assertSplitMergeEqualsOnePass(
            Calculator<T, R> calculator, List<T> items, int cut) {
        Accumulator<T, R> first = calculator.accumulator();
        Accumulator<T, R> second = calculator.accumulator();
        first.addAll(items.subList(0, cut));
        second.addAll(items.subList(cut, items.size()));
        first.merge(second);
        assertEquals(calculator.compute(items), first.snapshot(), calculator::toString);
    }

    /** Returns a new accumulator of {@code calculator} that has added {@code items}. */
    public static <T, R> Accumulator<T, R> accumulated(Calculator<T, R> calculator, List<T> items) {
        Accumulator<T, R> accumulator = calculator.accumulator();
        accumulator.addAll(items);
        return accumulator;
    }

    /** Asserts that two accumulators give the same result and the same binary form. */
    public static <T, R> void assertSameState(Accumulator<T, R> expected, Accumulator<T, R> actual) {
        assertEquals(expected.snapshot(), actual.snapshot());
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    /** Accumulates each part separately and merges them in the order given. */
    @SafeVarargs
    public static <T, R> R mergeAll(Calculator<T, R> calculator, List<T>... parts) {
        Accumulator<T, R> total = calculator.accumulator();
        for (List<T> part : parts) {
            Accumulator<T, R> a = calculator.accumulator();
            a.addAll(part);
            total.merge(a);
        }
        return total.snapshot();
    }
}
