package io.github.cxmetrics.spark;

import static org.apache.spark.sql.functions.rand;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generated survey responses and support interactions, each both as core items and as the rows
 * of a Spark table with the same values; and random repartitioning.
 */
final class Fixtures {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final List<String> CHANNELS = List.of("email", "chat", "phone", "whatsapp");
    /** Responses over 90 days, interactions over 60 (two or three months). */
    private static final long SURVEY_SECONDS = 90L * 24 * 3600;
    private static final long SUPPORT_MILLIS = 60L * 24 * 3600 * 1000;

    static final StructType RESPONSES = new StructType()
            .add("customer", DataTypes.StringType, false)
            .add("channel", DataTypes.StringType, false)
            .add("answered_at", DataTypes.TimestampType, false)
            .add("score", DataTypes.IntegerType, true)
            .add("weight", DataTypes.DoubleType, false);

    static final StructType INTERACTIONS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("channel", DataTypes.StringType, false)
            .add("opened_at", DataTypes.TimestampType, false)
            .add("first_reply_at", DataTypes.TimestampType, true)
            .add("solved", DataTypes.BooleanType, false)
            .add("reopens", DataTypes.IntegerType, false)
            .add("public_replies", DataTypes.IntegerType, false);

    private Fixtures() {
    }

    /**
     * Responses with scores from {@code minScore} to {@code maxScore} (wider than the scale for
     * lenient tests), about one in ten unanswered, weights multiples of ¼ when {@code weighted}.
     */
    static List<Response> responses(long seed, int n, int minScore, int maxScore, boolean weighted) {
        Random random = new Random(seed);
        List<Response> responses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String customer = "c" + random.nextInt(n / 2 + 1);
            Channel channel = Channel.of(CHANNELS.get(random.nextInt(CHANNELS.size())));
            Instant at = START.plusSeconds((long) (random.nextDouble() * SURVEY_SECONDS));
            Response r = random.nextInt(10) == 0
                    ? Response.unanswered(customer, "q", at, channel)
                    : Response.of(customer, "q", minScore + random.nextInt(maxScore - minScore + 1),
                            at, channel);
            responses.add(weighted ? r.withWeight(random.nextInt(12) / 4.0) : r);
        }
        return responses;
    }

    static Dataset<Row> responseTable(SparkSession spark, List<Response> responses) {
        List<Row> rows = new ArrayList<>(responses.size());
        for (Response r : responses) {
            rows.add(RowFactory.create(r.customerId(), r.channel().toString(),
                    Timestamp.from(r.answeredAt()), r.isAnswered() ? r.score() : null,
                    r.weight()));
        }
        return spark.createDataFrame(rows, RESPONSES);
    }

    /**
     * Interactions with every outcome: open, answered, solved, reopened and open or solved again;
     * reply delays from a millisecond to days, at millisecond precision.
     */
    static List<Interaction> interactions(long seed, int n) {
        Random random = new Random(seed);
        List<Interaction> interactions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant opened = START.plusMillis((long) (random.nextDouble() * SUPPORT_MILLIS));
            Channel channel = Channel.of(CHANNELS.get(random.nextInt(CHANNELS.size())));
            Interaction.Builder b = Interaction.builder("t" + i, "c" + random.nextInt(50), channel,
                    opened);
            int outcome = random.nextInt(6);
            if (outcome > 0) {
                long delay = (long) Math.pow(10, random.nextDouble() * 8.5);
                Instant reply = opened.plusMillis(delay);
                b.firstReplyAt(reply).publicReplies(1 + random.nextInt(3) / 2);
                Instant solved = reply.plusMillis((long) Math.pow(10, random.nextDouble() * 7));
                switch (outcome) {
                    case 2, 3 -> b.solvedAt(solved);
                    case 4 -> b.firstSolvedAt(solved).reopens(1);
                    case 5 -> b.firstSolvedAt(solved).lastSolvedAt(solved.plusSeconds(3600))
                            .reopens(1 + random.nextInt(2));
                    default -> { }
                }
            }
            interactions.add(b.build());
        }
        return interactions;
    }

    static Dataset<Row> interactionTable(SparkSession spark, List<Interaction> interactions) {
        List<Row> rows = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            rows.add(RowFactory.create(i.id(), i.channel().toString(),
                    Timestamp.from(i.openedAt()),
                    i.firstReplyAt() == null ? null : Timestamp.from(i.firstReplyAt()),
                    i.isSolved(), i.reopens(), i.publicReplies()));
        }
        return spark.createDataFrame(rows, INTERACTIONS);
    }

    /** Repartitions a table into 1 to 7 partitions by a random column: any split must do. */
    static Dataset<Row> shuffled(Dataset<Row> table, long seed) {
        int partitions = 1 + new Random(seed).nextInt(7);
        return table.repartition(partitions, rand(seed));
    }
}
