package io.github.cxmetrics.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cxmetrics.cli.input.InputKind;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the sample data of {@code docs/examples}: customers, their purchases, support
 * interactions and survey responses, written as the four documented CSV files. Seeded and
 * deterministic: the same seed and size give the same bytes on every JVM ({@link Random} is
 * specified, and only {@link StrictMath} is used). Memory holds one long per customer, so large
 * files for benchmarks stream out too.
 *
 * <p>The data are realistic rather than uniform. Each customer has a latent loyalty {@code L}
 * (normal, shifted by segment) that drives everything: survey scores, churn hazard, purchase rate
 * and amount, contact rate. So promoters churn less and spend more, and the value-by-NPS-band
 * breakdown shows the link. Channels differ: chat answers fast and scores high, email slowly,
 * social media scores lowest, SMS surveys score lower than web ones. Response and resolution
 * times are log-normal (skewed, mean well above the median) and slow first replies lower CSAT and
 * CES. Some tickets are reopened, a few are still open at the end of the export, some purchases
 * are refunded.
 *
 * <p>Customers are acquired from 2022-01-01; the export ({@code purchases}, {@code interactions},
 * {@code responses}) covers 2023-01-01 to 2024-12-31; all times are in UTC.
 */
final class SampleGenerator {

    /** The seed of the committed sample. */
    static final long DEFAULT_SEED = 42;
    /** The number of customers of the committed sample. */
    static final int DEFAULT_CUSTOMERS = 2000;

    static final long HISTORY_START = Instant.parse("2022-01-01T00:00:00Z").getEpochSecond();
    static final long EXPORT_START = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    static final long END = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    /** Acquisitions stop two weeks before the end of the export. */
    static final long LAST_ACQUISITION = END - 14 * 86_400L;
    /** NPS improves a little from this time on, so that the trend has something to show. */
    static final long IMPROVEMENT = Instant.parse("2024-10-01T00:00:00Z").getEpochSecond();

    private static final long DAY = 86_400;
    private static final double MONTH = 30.436875 * DAY;
    private static final int AGENTS = 24;

    /**
     * A customer segment: its loyalty, acquisition cost, churn, purchases and contacts per month,
     * and the weights of the support channels email, chat, phone, social.
     */
    private record Segment(String id, double loyaltyShift, double acquisitionCost,
            double monthlyChurn, double purchasesPerMonth, double purchaseAmount,
            double contactsPerMonth, double[] channels) {
        static final Segment CONSUMER = new Segment("consumer", 0.0, 40, 0.045, 0.35, 38, 0.10,
                new double[] {0.40, 0.35, 0.15, 0.10});
        static final Segment SMB = new Segment("smb", 0.2, 400, 0.025, 0.6, 240, 0.22,
                new double[] {0.40, 0.25, 0.30, 0.05});
        static final Segment ENTERPRISE = new Segment("enterprise", 0.4, 3000, 0.012, 0.9, 1900,
                0.45, new double[] {0.45, 0.15, 0.40, 0.0});
    }

    /** Support channels, with the log-normal medians (seconds) of reply and solve times. */
    private record Support(String id, double replyMedian, double replySigma, double solveMedian,
            double solveSigma, double oneTouch, double satisfaction) {
        static final Support EMAIL = new Support("email", 4 * 3600, 1.1, 20 * 3600, 1.2, 0.40, 0.0);
        static final Support CHAT = new Support("chat", 100, 1.0, 12 * 60, 0.9, 0.55, 0.25);
        static final Support PHONE = new Support("phone", 40, 0.8, 6 * 60, 0.7, 0.70, -0.10);
        static final Support SOCIAL = new Support("social", 2 * 3600, 1.3, 8 * 3600, 1.2, 0.45,
                -0.35);
        /** In the order of {@link Segment#channels}. */
        static final Support[] ALL = {EMAIL, CHAT, PHONE, SOCIAL};
    }

    /** Relationship-survey channels with their weights and effect on NPS. */
    private static final String[] SURVEY_CHANNELS = {"email", "web", "sms"};
    private static final double[] SURVEY_WEIGHTS = {0.55, 0.30, 0.15};
    private static final double[] SURVEY_EFFECT = {0.0, 0.3, -0.6};
    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};
    private static final double[] PRIORITY_WEIGHTS = {0.20, 0.60, 0.15, 0.05};
    private static final double[] PRIORITY_SPEED = {1.5, 1.0, 0.7, 0.4};

    /** The number of rows written to each file. */
    record Counts(long responses, long interactions, long customers, long purchases) {}

    private final Random master;
    private final int customers;
    private final String idFormat;
    private long tickets;
    private long responseRows;
    private long purchaseRows;

    private SampleGenerator(long seed, int customers) {
        this.master = new Random(seed);
        this.customers = customers;
        int digits = Math.max(5, Integer.toString(customers).length());
        this.idFormat = "C%0" + digits + "d";
    }

    /**
     * Writes {@code responses.csv}, {@code interactions.csv}, {@code customers.csv} and
     * {@code purchases.csv} into {@code dir}, replacing them.
     *
     * @param dir the directory, created if needed
     * @param seed the seed
     * @param customers the number of customers, at least 1
     * @return the rows written to each file
     */
    static Counts write(Path dir, long seed, int customers) throws IOException {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1: " + customers);
        }
        Files.createDirectories(dir);
        SampleGenerator g = new SampleGenerator(seed, customers);
        try (Writer r = Files.newBufferedWriter(dir.resolve("responses.csv"), StandardCharsets.UTF_8);
                Writer i = Files.newBufferedWriter(dir.resolve("interactions.csv"), StandardCharsets.UTF_8);
                Writer c = Files.newBufferedWriter(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
                Writer p = Files.newBufferedWriter(dir.resolve("purchases.csv"), StandardCharsets.UTF_8);
                CsvWriter responses = csv(r);
                CsvWriter interactions = csv(i);
                CsvWriter customerRows = csv(c);
                CsvWriter purchases = csv(p)) {
            responses.writeRecord("customer_id", "question", "score", "answered_at", "channel",
                    "segment");
            interactions.writeRecord(InputKind.INTERACTIONS.columns());
            customerRows.writeRecord(InputKind.CUSTOMERS.columns());
            purchases.writeRecord(InputKind.PURCHASES.columns());
            g.run(responses, interactions, customerRows, purchases);
        }
        return new Counts(g.responseRows, g.tickets, customers, g.purchaseRows);
    }

    private static CsvWriter csv(Writer w) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
    }

    private void run(CsvWriter responses, CsvWriter interactions, CsvWriter customerRows,
            CsvWriter purchases) {
        long[] acquisitions = new long[customers];
        for (int k = 0; k < customers; k++) {
            acquisitions[k] = HISTORY_START
                    + (long) (master.nextDouble() * (LAST_ACQUISITION - HISTORY_START));
        }
        Arrays.sort(acquisitions);
        for (int k = 0; k < customers; k++) {
            Random r = new Random(master.nextLong());
            customer(r, String.format(Locale.ROOT, idFormat, k + 1), acquisitions[k], responses,
                    interactions, customerRows, purchases);
        }
    }

    /** A response row before sorting by time. */
    private record Answer(long at, String question, String score, String channel) {}

    private void customer(Random r, String id, long acquired, CsvWriter responses,
            CsvWriter interactions, CsvWriter customerRows, CsvWriter purchases) {
        double u = r.nextDouble();
        Segment segment = u < 0.6 ? Segment.CONSUMER : u < 0.9 ? Segment.SMB : Segment.ENTERPRISE;
        double loyalty = r.nextGaussian() + segment.loyaltyShift;
        double cost = lognormal(r, segment.acquisitionCost, 0.4);

        double hazard = segment.monthlyChurn
                * (loyalty > 0.5 ? 0.45 : loyalty < -0.5 ? 2.2 : 1.0);
        long churned = -1;
        for (long month = acquired; month < END; month += (long) MONTH) {
            if (r.nextDouble() < hazard) {
                long at = month + (long) (r.nextDouble() * MONTH);
                if (at < END) {
                    churned = at;
                }
                break;
            }
        }
        customerRows.writeRecord(id, segment.id, time(acquired), churned < 0 ? "" : time(churned),
                money(cost), "EUR");

        long start = Math.max(acquired, EXPORT_START);
        long end = churned < 0 ? END : churned;
        if (start >= end) {
            return;
        }
        purchases(r, id, segment, loyalty, start, end, purchases);
        List<Answer> answers = new ArrayList<>();
        interactions(r, id, segment, loyalty, start, end, interactions, answers);
        surveys(r, loyalty, start, end, answers);
        answers.sort(Comparator.comparingLong(Answer::at));
        for (Answer a : answers) {
            responses.writeRecord(id, a.question, a.score, time(a.at), a.channel, segment.id);
            responseRows++;
        }
    }

    private void purchases(Random r, String id, Segment segment, double loyalty, long start,
            long end, CsvWriter out) {
        double perSecond = segment.purchasesPerMonth * StrictMath.exp(0.35 * loyalty) / MONTH;
        double median = segment.purchaseAmount * StrictMath.exp(0.1 * loyalty);
        for (long t = start + gap(r, perSecond); t < end; t += gap(r, perSecond)) {
            double amount = lognormal(r, median, 0.5);
            out.writeRecord(id, time(t), money(amount), "EUR");
            purchaseRows++;
            if (r.nextDouble() < 0.03) {
                long refund = t + DAY + (long) (r.nextDouble() * 13 * DAY);
                if (refund < END) {
                    out.writeRecord(id, time(refund), money(-amount), "EUR");
                    purchaseRows++;
                }
            }
        }
    }

    private void interactions(Random r, String id, Segment segment, double loyalty, long start,
            long end, CsvWriter out, List<Answer> answers) {
        double perSecond = segment.contactsPerMonth * StrictMath.exp(-0.25 * loyalty) / MONTH;
        for (long day = start + gap(r, perSecond); day < end; day += gap(r, perSecond)) {
            long opened = day - Math.floorMod(day, DAY) + timeOfDay(r);
            if (opened < start || opened >= end) {
                continue;
            }
            Support channel = Support.ALL[pick(r, segment.channels)];
            int priority = pick(r, PRIORITY_WEIGHTS);
            String agent = String.format(Locale.ROOT, "A%02d", 1 + r.nextInt(AGENTS));
            double speed = PRIORITY_SPEED[priority];
            double replyDelay = lognormal(r, channel.replyMedian * speed, channel.replySigma);
            long reply = opened + Math.max(1, (long) replyDelay);
            boolean oneTouch = r.nextDouble() < channel.oneTouch;
            int replies = oneTouch ? 1 : 2 + geometric(r, 0.5);
            long firstSolved = reply + (long) (lognormal(r, channel.solveMedian * speed,
                    channel.solveSigma) * (oneTouch ? 1 : replies));
            double v = r.nextDouble();
            int reopens = v < 0.015 ? 2 : v < 0.085 ? 1 : 0;
            if (reopens > 0) {
                oneTouch = false;
            }
            long lastSolved = firstSolved;
            for (int k = 0; k < reopens; k++) {
                lastSolved += (long) lognormal(r, 2 * DAY, 0.8);
            }
            String talk = "";
            String hold = "";
            String acw = "";
            if (channel == Support.PHONE) {
                talk = Long.toString((long) lognormal(r, 330, 0.6));
                hold = r.nextDouble() < 0.45 ? "0" : Long.toString((long) lognormal(r, 80, 0.8));
                acw = Long.toString((long) lognormal(r, 50, 0.5));
            }
            tickets++;
            // A contact not solved by the end of the export has not been reopened yet either.
            boolean solvedOnce = firstSolved < END && reply < END;
            out.writeRecord(String.format(Locale.ROOT, "T%06d", tickets), id, channel.id, agent,
                    PRIORITIES[priority], time(opened), reply < END ? time(reply) : "",
                    solvedOnce ? time(firstSolved) : "",
                    lastSolved < END && reply < END ? time(lastSolved) : "",
                    Integer.toString(solvedOnce ? reopens : 0),
                    reply < END ? Integer.toString(replies) : "0",
                    talk, hold, acw);
            if (lastSolved < END && r.nextDouble() < 0.3) {
                long answered = lastSolved + (long) lognormal(r, 3 * 3600, 1.0);
                if (answered < END) {
                    double slow = StrictMath.log(replyDelay / channel.replyMedian);
                    double base = 3.9 + 0.45 * loyalty + channel.satisfaction
                            - 0.3 * Math.max(-1, slow) - 0.5 * reopens;
                    answers.add(new Answer(answered, "csat",
                            score(base + 0.8 * r.nextGaussian(), 1, 5), channel.id));
                    String ces = score(base - 0.2 + (oneTouch ? 0.3 : -0.3)
                            + 0.9 * r.nextGaussian(), 1, 5);
                    answers.add(new Answer(answered, "ces", r.nextDouble() < 0.05 ? "" : ces,
                            channel.id));
                }
            }
        }
    }

    private static void surveys(Random r, double loyalty, long start, long end,
            List<Answer> answers) {
        for (long invited = start + (long) (r.nextDouble() * 120 * DAY); invited < end;
                invited += 110 * DAY + (long) (r.nextDouble() * 20 * DAY)) {
            if (r.nextDouble() >= 0.4) {
                continue;
            }
            long answered = invited + (long) (-StrictMath.log(1 - r.nextDouble()) * 2 * DAY);
            if (answered >= end) {
                continue;
            }
            int c = pick(r, SURVEY_WEIGHTS);
            String channel = SURVEY_CHANNELS[c];
            double base = 7.0 + 1.5 * loyalty + SURVEY_EFFECT[c]
                    + (answered >= IMPROVEMENT ? 0.4 : 0);
            double nps = base + 1.5 * r.nextGaussian();
            answers.add(new Answer(answered, "nps", score(nps, 0, 10), channel));
            answers.add(new Answer(answered, "csi",
                    score(3.8 + 0.5 * loyalty + 0.8 * r.nextGaussian(), 1, 5), channel));
            if (r.nextDouble() < 0.3) {
                answers.add(new Answer(answered, "cli_recommend",
                        score(nps + 0.8 * r.nextGaussian(), 0, 10), channel));
                answers.add(new Answer(answered, "cli_repurchase",
                        score(6.8 + 1.4 * loyalty + 1.6 * r.nextGaussian(), 0, 10), channel));
                answers.add(new Answer(answered, "cli_other_products",
                        score(5.5 + 1.2 * loyalty + 1.8 * r.nextGaussian(), 0, 10), channel));
                answers.add(new Answer(answered, "cli_competitor",
                        score(3.5 - 1.3 * loyalty + 1.8 * r.nextGaussian(), 0, 10), channel));
            }
        }
    }

    /** Seconds into the day: mostly office hours, some at any time. */
    private static long timeOfDay(Random r) {
        double hours = r.nextDouble() < 0.75 ? 8 + 10 * r.nextDouble() : 24 * r.nextDouble();
        return (long) (hours * 3600);
    }

    private static long gap(Random r, double perSecond) {
        return Math.max(1, (long) (-StrictMath.log(1 - r.nextDouble()) / perSecond));
    }

    private static double lognormal(Random r, double median, double sigma) {
        return median * StrictMath.exp(sigma * r.nextGaussian());
    }

    private static int geometric(Random r, double p) {
        int k = 0;
        while (r.nextDouble() >= p && k < 8) {
            k++;
        }
        return k;
    }

    private static int pick(Random r, double[] weights) {
        double u = r.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (u < sum) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no weight is positive");
    }

    private static String score(double value, int min, int max) {
        long rounded = StrictMath.round(value);
        return Long.toString(Math.max(min, Math.min(max, rounded)));
    }

    private static String time(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    /** Formats an amount with two decimals, exactly from the rounded cents. */
    private static String money(double amount) {
        long cents = StrictMath.round(amount * 100);
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }
}
