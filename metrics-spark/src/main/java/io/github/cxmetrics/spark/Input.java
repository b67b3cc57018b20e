package io.github.cxmetrics.spark;

import io.github.cxmetrics.model.Response;
import java.time.Instant;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The shapes of a row a function reads, each with its Spark encoder and how it is added to a
 * buffer. A null score is an unanswered question, as in the core; a null end is an interval
 * still open; other nulls are refused with a message that names the argument.
 */
enum Input {
    /** {@code (score)}: an integer score, weight 1. */
    SCORE("score") {
        @Override
        Encoder<?> encoder() {
            return Encoders.INT();
        }

        @Override
        void add(StateBuffer buffer, Object row) {
            Integer score = (Integer) row;
            buffer.metric().addScore(buffer.accumulator(),
                    score == null ? Response.NO_SCORE : score, 1.0);
        }
    },
    /** {@code (score, weight)}: an integer score and a double weight. */
    WEIGHTED_SCORE("score, weight") {
        @Override
        Encoder<?> encoder() {
            return Encoders.tuple(Encoders.INT(), Encoders.DOUBLE());
        }

        @Override
        void add(StateBuffer buffer, Object row) {
            Tuple2<?, ?> t = (Tuple2<?, ?>) row;
            Integer score = (Integer) t._1();
            Double weight = (Double) t._2();
            if (weight == null) {
                throw new IllegalArgumentException("weight must not be null (score " + score
                        + "): give every row a weight, such as coalesce(weight, 1.0)");
            }
            buffer.metric().addScore(buffer.accumulator(),
                    score == null ? Response.NO_SCORE : score, weight);
        }
    },
    /** {@code (start, end)}: two timestamps; no end is an open interval. */
    INTERVAL("start, end") {
        @Override
        Encoder<?> encoder() {
            return Encoders.tuple(Encoders.INSTANT(), Encoders.INSTANT());
        }

        @Override
        void add(StateBuffer buffer, Object row) {
            Tuple2<?, ?> t = (Tuple2<?, ?>) row;
            Instant start = (Instant) t._1();
            Instant end = (Instant) t._2();
            if (start == null) {
                throw new IllegalArgumentException("start must not be null (end " + end
                        + "): filter out the rows without a start");
            }
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("end must not be before start: end " + end
                        + ", start " + start);
            }
            buffer.metric().addInterval(buffer.accumulator(), start, end);
        }
    },
    /** {@code (solved, reopens, public_replies)}: the outcome of an interaction. */
    OUTCOME("solved, reopens, public_replies") {
        @Override
        Encoder<?> encoder() {
            return Encoders.tuple(Encoders.BOOLEAN(), Encoders.INT(), Encoders.INT());
        }

        @Override
        void add(StateBuffer buffer, Object row) {
            Tuple3<?, ?, ?> t = (Tuple3<?, ?, ?>) row;
            Boolean solved = (Boolean) t._1();
            Integer reopens = (Integer) t._2();
            Integer replies = (Integer) t._3();
            if (solved == null || reopens == null || replies == null) {
                throw new IllegalArgumentException("solved, reopens and public_replies must not"
                        + " be null: " + solved + ", " + reopens + ", " + replies);
            }
            buffer.metric().addOutcome(buffer.accumulator(), solved, reopens, replies);
        }
    },
    /** {@code (state)}: a state of a {@code cx_…_state} function or of {@code cx_merge}. */
    STATE("state") {
        @Override
        Encoder<?> encoder() {
            return Encoders.BINARY();
        }

        @Override
        void add(StateBuffer buffer, Object row) {
            if (row != null) {
                buffer.mergeState((byte[]) row);
            }
        }
    };

    private final String arguments;

    Input(String arguments) {
        this.arguments = arguments;
    }

    /** Returns whether the first column is a score. */
    boolean readsScores() {
        return this == SCORE || this == WEIGHTED_SCORE;
    }

    /** Returns the arguments, as usage texts show them. */
    String arguments() {
        return arguments;
    }

    /** Returns the encoder of a row's values. */
    abstract Encoder<?> encoder();

    /** Adds a row's values, as the encoder gives them, to a buffer. */
    abstract void add(StateBuffer buffer, Object row);
}
