package io.github.cxmetrics;

import static io.github.cxmetrics.MergeChecks.assertSplitMergeEqualsOnePass;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/** Properties that hold for every calculator, checked over generated inputs for a list of them. */
public final class CalculatorProperties {

    private CalculatorProperties() {}

    /**
     * Checks that cutting the input anywhere in [0, {@code maxCut}] (at most its size), adding
     * the two parts to two accumulators and merging them gives the one-pass result, for each of
     * {@code calculators}.
     */
    public static <T> void splitAndMergeEqualsOnePass(Gen<List<T>> inputs, int maxCut,
            List<? extends Calculator<T, ?>> calculators) {
        qt().forAll(inputs, integers().between(0, maxCut)).checkAssert((items, cut) -> {
            for (Calculator<T, ?> calculator : calculators) {
                assertSplitMergeEqualsOnePass(calculator, items, Math.min(cut, items.size()));
            }
        });
    }

    /** Returns a copy of {@code items} in the order of a shuffle with {@code seed}. */
    public static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }

    /** Checks that collecting {@code items} from a parallel stream gives the one-pass result. */
    public static <T> void assertParallelEqualsSequential(Calculator<T, ?> calculator,
            List<T> items) {
        assertEquals(calculator.compute(items),
                items.parallelStream().collect(calculator.collector()), calculator::toString);
    }
}
