package io.github.cxmetrics.cli;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories set up for the property tests of the command line, as in the core's tests: each
 * property says how many examples it tries (running the command is slow), {@code QT_EXAMPLES}
 * overrides that, {@code QT_SEED} replays a failure's seed and {@code QT_SHRINKS} sets the
 * shrink cycles. See {@code docs/testing.md}.
 */
public final class Theories {

    private Theories() {}

    /** A theory with {@code examples} examples, unless {@code QT_EXAMPLES} says otherwise. */
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt()
                .withExamples(Integer.getInteger("QT_EXAMPLES", examples))
                .withShrinkCycles(Integer.getInteger("QT_SHRINKS", 100));
    }
}
