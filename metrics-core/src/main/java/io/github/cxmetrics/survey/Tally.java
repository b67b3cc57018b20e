package io.github.cxmetrics.survey;

import io.github.cxmetrics.scale.ScoreScale;
import java.util.HashMap;
import java.util.Map;

/**
 * The counting state of a survey accumulator: one distribution for NPS and top-box metrics, one
 * per question for the loyalty index. Not thread-safe.
 */
abstract class Tally {

    abstract void add(String question, int score, double weight);

    abstract void addMissing(String question, double weight);

    abstract void addInvalid(String question);

    abstract void addDuplicate(String question);

    abstract void merge(Tally other);

    abstract Tally copy();

    abstract long invalid();

    /** One distribution for all responses. */
    static final class Single extends Tally {
        final ScoreCounts counts;
        private final ScoreScale scale;

        Single(ScoreScale scale) {
            this.scale = scale;
            this.counts = new ScoreCounts(scale);
        }

        @Override
        void add(String question, int score, double weight) {
            counts.add(score, weight);
        }

        @Override
        void addMissing(String question, double weight) {
            counts.addMissing(weight);
        }

        @Override
        void addInvalid(String question) {
            counts.addInvalid();
        }

        @Override
        void addDuplicate(String question) {
            counts.addDuplicate();
        }

        @Override
        void merge(Tally other) {
            counts.merge(((Single) other).counts);
        }

        @Override
        Tally copy() {
            Single copy = new Single(scale);
            copy.merge(this);
            return copy;
        }

        @Override
        long invalid() {
            return counts.invalid();
        }
    }

    /** One distribution per question. */
    static final class PerQuestion extends Tally {
        final Map<String, ScoreCounts> counts = new HashMap<>();
        private final ScoreScale scale;

        PerQuestion(ScoreScale scale) {
            this.scale = scale;
        }

        private ScoreCounts of(String question) {
            return counts.computeIfAbsent(question, q -> new ScoreCounts(scale));
        }

        @Override
        void add(String question, int score, double weight) {
            of(question).add(score, weight);
        }

        @Override
        void addMissing(String question, double weight) {
            of(question).addMissing(weight);
        }

        @Override
        void addInvalid(String question) {
            of(question).addInvalid();
        }

        @Override
        void addDuplicate(String question) {
            of(question).addDuplicate();
        }

        @Override
        void merge(Tally other) {
            ((PerQuestion) other).counts.forEach((question, c) -> of(question).merge(c));
        }

        @Override
        Tally copy() {
            PerQuestion copy = new PerQuestion(scale);
            copy.merge(this);
            return copy;
        }

        @Override
        long invalid() {
            long total = 0;
            for (ScoreCounts c : counts.values()) {
                total += c.invalid();
            }
            return total;
        }
    }
}
