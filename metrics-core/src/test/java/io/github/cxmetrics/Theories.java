package io.github.cxmetrics;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories, set up once for the property tests of this module: how many examples a property
 * tries, how many shrink cycles a failure gets, and where the seed comes from.
 *
 * <p>A property tries {@value #EXAMPLES} examples unless it asks for fewer (slow ones do). Three
 * system properties override the code, for a run by hand: {@code QT_SEED} fixes the seed (a
 * failure prints {@code Seed was N}; rerun the one test with {@code -DQT_SEED=N} to replay it),
 * {@code QT_EXAMPLES} sets every property's number of examples (for a longer search), and
 * {@code QT_SHRINKS} the shrink cycles. A fourth, {@code QT_MAX_EXAMPLES}, caps the number of
 * examples without raising any: mutation testing sets it, as each mutant reruns the properties
 * that cover it. No property pins a seed in code: a fixed seed hides the cases it never
 * generates. See {@code docs/testing.md}.
 */
public final class Theories {

    /** Examples per property unless it says otherwise. */
    public static final int EXAMPLES = 500;

    /** Shrink cycles after a failure: enough to reach a small counterexample. */
    public static final int SHRINK_CYCLES = 200;

    private Theories() {}

    /** A theory with {@value #EXAMPLES} examples. */
    public static QuickTheory qt() {
        return qt(EXAMPLES);
    }

    /**
     * A theory with {@code examples} examples, unless {@code QT_EXAMPLES} says otherwise, and at
     * most {@code QT_MAX_EXAMPLES}.
     */
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt()
                .withExamples(examples(examples))
                .withShrinkCycles(Integer.getInteger("QT_SHRINKS", SHRINK_CYCLES));
    }

    /** The examples of a property that asks for {@code examples}, after the system properties. */
    private static int examples(int examples) {
        return Math.min(Integer.getInteger("QT_EXAMPLES", examples),
                Integer.getInteger("QT_MAX_EXAMPLES", Integer.MAX_VALUE));
    }

    /**
     * Lists of {@code min} to {@code max} elements. The sizes lean to short lists, as hand-picked
     * cases do, and the extreme sizes come up often; the lists shrink towards {@code min}
     * elements and each element towards its own simplest value.
     */
    public static <T> Gen<List<T>> listsOf(Gen<T> element, int min, int max) {
        return SourceDSL.lists().of(element).ofSizes(sizes(min, max));
    }

    /** Sizes from {@code min} to {@code max}: the extremes, short ones, any. */
    public static Gen<Integer> sizes(int min, int max) {
        int shortMax = Math.min(max, min + Math.max(1, (max - min) / 8));
        return Generate.frequency(List.of(
                Pair.of(4, Generate.range(min, max)),
                Pair.of(4, Generate.range(min, shortMax)),
                Pair.of(1, Generate.pick(List.of(min, Math.min(min + 1, max), max)))));
    }

    /** Any long (the seed of a shuffle, for instance). */
    public static Gen<Long> anyLong() {
        return SourceDSL.longs().all();
    }

    /**
     * {@code common} most of the time and now and then one of {@code edges}: values that a
     * uniform draw would seldom reach but that matter (the ends of a band, a duplicate).
     */
    @SafeVarargs
    public static <T> Gen<T> withEdges(Gen<T> common, T... edges) {
        return Generate.frequency(List.of(Pair.of(4, common),
                Pair.of(1, Generate.pick(List.of(edges)))));
    }
}
