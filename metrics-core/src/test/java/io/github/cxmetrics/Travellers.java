package io.github.cxmetrics;

import static io.github.cxmetrics.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.support.Timelines;
import io.github.cxmetrics.survey.Duplicates;
import io.github.cxmetrics.survey.MissingAnswers;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.JoinedAndLeft;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every calculator whose accumulators travel as bytes, each with a generator of random items:
 * the cases the binary-form properties run over.
 */
final class Travellers {

    private Travellers() {}

    /** A calculator and a generator of items for it. */
    record Case<T, R>(String name, Calculator<T, R> calculator, Function<Random, List<T>> items) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Channel[] CHANNELS = {Channel.CHAT, Channel.EMAIL, Channel.PHONE};
    /** Weights that add exactly in doubles, so that any order of merging gives equal sums. */
    private static final double[] WEIGHTS = {1, 1, 1, 0.5, 2, 0.25, 0};

    static List<Response> responses(Random random) {
        int n = random.nextInt(120);
        List<Response> list = new ArrayList<>(n);
        String[] questions = {"nps", "nps", "csat", "cli_a", "cli_b"};
        for (int i = 0; i < n; i++) {
            String customer = "c" + random.nextInt(40);
            String question = questions[random.nextInt(questions.length)];
            Instant at = T0.plus(random.nextInt(200), ChronoUnit.DAYS)
                    .plusSeconds(random.nextInt(3) * 60L);
            Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
            Response r = random.nextInt(12) == 0
                    ? Response.unanswered(customer, question, at, channel)
                    : Response.of(customer, question, random.nextInt(question.equals("csat") ? 5 : 11)
                            + (question.equals("csat") ? 1 : 0), at, channel);
            if (random.nextInt(4) == 0) {
                r = r.withWeight(WEIGHTS[random.nextInt(WEIGHTS.length)]);
            }
            if (random.nextInt(30) == 0) {
                r = r.withScore(99);
            }
            list.add(r);
        }
        return list;
    }

    static List<Interaction> interactions(Random random) {
        int n = random.nextInt(120);
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant opened = T0.plus(random.nextInt(60 * 24 * 90), ChronoUnit.MINUTES);
            Interaction.Builder b = Interaction.builder("t" + i, "c" + random.nextInt(30),
                    CHANNELS[random.nextInt(CHANNELS.length)], opened);
            if (random.nextInt(3) == 0) {
                b.priority("urgent");
            }
            if (random.nextInt(5) != 0) {
                Instant reply = opened.plusSeconds(random.nextInt(6 * 3600));
                b.firstReplyAt(reply).publicReplies(1 + random.nextInt(3));
                if (random.nextBoolean()) {
                    b.solvedAt(reply.plusSeconds(random.nextInt(48 * 3600)));
                    b.reopens(random.nextInt(4) == 0 ? 1 : 0);
                }
            }
            if (random.nextInt(4) == 0) {
                b.firstBotReplyAt(opened.plusSeconds(random.nextInt(120)));
            }
            if (random.nextInt(3) == 0) {
                b.talkTime(Duration.ofSeconds(random.nextInt(1800)))
                        .holdTime(Duration.ofSeconds(random.nextInt(300)));
            }
            list.add(b.build());
        }
        return list;
    }

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] AMOUNTS = {"10.00", "25.50", "4.99", "120", "0.01", "-5.00"};

    static List<Customer> customers(Random random) {
        return histories(random).stream().map(CustomerPurchases::customer).toList();
    }

    static List<CustomerPurchases> histories(Random random) {
        int n = random.nextInt(60);
        List<CustomerPurchases> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant acquired = T0.plus(random.nextInt(300), ChronoUnit.DAYS)
                    .plusSeconds(random.nextInt(86_400));
            Customer c = Customer.of("c" + i, random.nextBoolean() ? "retail" : "pro", acquired);
            if (random.nextInt(3) == 0) {
                c = c.withChurnedAt(acquired.plus(1 + random.nextInt(200), ChronoUnit.DAYS));
            }
            if (random.nextInt(2) == 0) {
                c = c.withAcquisitionCost(Money.of(AMOUNTS[random.nextInt(4)], "EUR"));
            }
            Purchase[] purchases = new Purchase[random.nextInt(5)];
            for (int k = 0; k < purchases.length; k++) {
                purchases[k] = Purchase.of(c.id(), acquired.plus(random.nextInt(250),
                        ChronoUnit.DAYS), new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]),
                        EUR);
            }
            list.add(CustomerPurchases.of(c, purchases));
        }
        return list;
    }

    static List<Purchase> purchases(Random random) {
        List<Purchase> list = new ArrayList<>();
        for (CustomerPurchases h : histories(random)) {
            list.addAll(h.purchases());
        }
        return list;
    }

    /** Runs {@code check} on {@code examples} random seeds for every case. */
    static void forEveryCase(int examples, BiConsumer<Case<?, ?>, Long> check) {
        for (Case<?, ?> c : all()) {
            qt(examples).forAll(longs().all()).checkAssert(seed -> check.accept(c, seed));
        }
    }

    static List<Case<?, ?>> all() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        SlaPolicy policy = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofMinutes(30))
                .forPriority("urgent", Duration.ofHours(1))
                .otherwise(Duration.ofHours(4)).build();
        List<Case<?, ?>> cases = new ArrayList<>();
        cases.add(new Case<>("nps", CxMetrics.nps().lenient(), Travellers::responses));
        cases.add(new Case<>("nps of one question, missing in base",
                CxMetrics.nps().question("nps").lenient()
                        .missingAnswers(MissingAnswers.COUNT_IN_BASE), Travellers::responses));
        cases.add(new Case<>("nps keep latest", CxMetrics.nps().lenient()
                .duplicates(Duplicates.KEEP_LATEST), Travellers::responses));
        cases.add(new Case<>("csat", CxMetrics.csat().question("csat").lenient(),
                Travellers::responses));
        cases.add(new Case<>("loyalty index", CxMetrics.loyaltyIndex()
                .questions("nps", "cli_a", "cli_b").reverseCoded("cli_b").lenient(),
                Travellers::responses));
        cases.add(new Case<>("loyalty index keep latest", CxMetrics.loyaltyIndex().lenient()
                .duplicates(Duplicates.KEEP_LATEST), Travellers::responses));
        cases.add(new Case<>("nps by channel", CxMetrics.nps().lenient()
                .groupBy(Response::channel), Travellers::responses));
        cases.add(new Case<>("nps by question by month", CxMetrics.nps().lenient()
                .groupBy(Response::question).byPeriod(ChronoUnit.MONTHS, paris),
                Travellers::responses));
        cases.add(new Case<>("first response time", CxMetrics.firstResponseTime(),
                Travellers::interactions));
        cases.add(new Case<>("first response time approximate",
                CxMetrics.firstResponseTime().approximate(2), Travellers::interactions));
        cases.add(new Case<>("full resolution time by channel by week",
                CxMetrics.fullResolutionTime().approximate(3).groupBy(Interaction::channel)
                        .byPeriod(ChronoUnit.WEEKS, ZoneOffset.UTC), Travellers::interactions));
        cases.add(new Case<>("handle time", CxMetrics.handleTime().withAfterCallWork(),
                Travellers::interactions));
        cases.add(new Case<>("first response time counting bots, business time",
                CxMetrics.firstResponseTime().countingBots().inBusinessTime(
                        BusinessCalendar.parse("mon-fri 08:00-20:00", paris)),
                Travellers::interactions));
        cases.add(new Case<>("bot deflection by channel", CxMetrics.botDeflection()
                .groupBy(Interaction::channel), Travellers::interactions));
        cases.add(new Case<>("first contact resolution", CxMetrics.firstContactResolution(),
                Travellers::interactions));
        cases.add(new Case<>("reopen rate by channel", CxMetrics.reopenRate()
                .groupBy(Interaction::channel), Travellers::interactions));
        cases.add(new Case<>("sla", CxMetrics.slaAttainment(policy), Travellers::interactions));
        cases.add(new Case<>("sla as of", CxMetrics.slaAttainment(policy)
                .asOf(T0.plus(200, ChronoUnit.DAYS)), Travellers::interactions));
        cases.add(new Case<>("sla keep open by channel", CxMetrics.slaAttainment(policy)
                .keepOpen().groupBy(Interaction::channel), Travellers::interactions));
        cases.add(new Case<>("requester wait time", CxMetrics.requesterWaitTime(),
                Timelines::random));
        cases.add(new Case<>("agent wait time in business time as of, approximate",
                CxMetrics.agentWaitTime().inBusinessTime(BusinessCalendar.parse(
                        "mon-fri 09:00-12:00, 13:00-17:00", paris))
                        .asOf(T0.plus(45, ChronoUnit.DAYS)).approximate(2), Timelines::random));
        BusinessCalendar parisHours = BusinessCalendar.parse("mon-fri 09:00-17:00", paris);
        BusinessCalendar newYorkHours = BusinessCalendar.parse("mon-fri 09:00-17:00",
                ZoneId.of("America/New_York"));
        cases.add(new Case<>("first response time, a calendar per channel, by channel",
                CxMetrics.firstResponseTime().inBusinessTime((Interaction i) ->
                        i.channel().equals(Channel.CHAT) ? newYorkHours : parisHours)
                        .groupBy(Interaction::channel), Travellers::interactions));
        cases.add(new Case<>("sla as of, a calendar per channel", CxMetrics.slaAttainment(policy)
                .inBusinessTime((Interaction i) -> i.channel().equals(Channel.CHAT)
                        ? newYorkHours : parisHours).asOf(T0.plus(30, ChronoUnit.DAYS)),
                Travellers::interactions));
        cases.add(new Case<>("time in a named status by channel", CxMetrics
                .timeInStatus("waiting on vendor").groupBy(Interaction::channel),
                Timelines::random));
        Instant asOf = T0.plus(400, ChronoUnit.DAYS);
        cases.add(new Case<>("churn", CxMetrics.churn(), Travellers::customers));
        cases.add(new Case<>("churn as of, quarterly, joined and left",
                CxMetrics.churn().per(Periodicity.QUARTER).asOf(asOf)
                        .joinedAndLeft(JoinedAndLeft.COUNT), Travellers::customers));
        cases.add(new Case<>("retention by segment", CxMetrics.retention().zone(paris)
                .groupBy(Customer::segment), Travellers::customers));
        cases.add(new Case<>("revenue retention", CxMetrics.revenueRetention(),
                Travellers::histories));
        cases.add(new Case<>("lifetime value", CxMetrics.lifetimeValue().currency(EUR),
                Travellers::histories));
        cases.add(new Case<>("lifetime value by cohort month", CxMetrics.lifetimeValue()
                .asOf(asOf).byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC), Travellers::histories));
        cases.add(new Case<>("rfm", CxMetrics.lifetimeValue().rfm(ChronoUnit.WEEKS,
                LocalDate.of(2024, 6, 30)), Travellers::purchases));
        cases.add(new Case<>("rfm with holdout", CxMetrics.lifetimeValue().rfm(ChronoUnit.DAYS,
                LocalDate.of(2024, 5, 31)).holdoutEnd(LocalDate.of(2024, 12, 31)),
                Travellers::purchases));
        return cases;
    }
}
