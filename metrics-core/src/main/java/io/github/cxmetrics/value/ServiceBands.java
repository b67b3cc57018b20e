package io.github.cxmetrics.value;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service-quality band of each customer, joined by customer id: the key that breaks churn,
 * retention and lifetime value down by service quality, to show the seeds' thesis that promoters
 * stay longer and buy more and that slow answers drive churn. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceBands nps = ServiceBands.nps(responses, "nps");        // latest answer per customer
 * Map<ServiceBand, ChurnResult> churn = CxMetrics.churn().asOf(julyFirst)
 *         .groupBy(nps::bandOf).compute(customers);
 * Map<ServiceBand, LifetimeValueResult> value = CxMetrics.lifetimeValue().asOf(julyFirst)
 *         .groupBy(nps::bandOf).compute(histories);
 * }</pre>
 *
 * <p><b>Survey bands</b> ({@link #nps}, {@link #csat}, {@link #survey}): each customer's
 * <em>latest</em> answer to the question by {@link Response#BY_RECENCY} (ties at one instant go
 * to the higher score, then the higher weight, as
 * {@link io.github.cxmetrics.survey.Duplicates#KEEP_LATEST} does) is read on the scale: promoter,
 * passive or detractor for NPS; positive, neutral or negative otherwise. Unanswered responses
 * are not answers. A score outside the scale is an {@link IllegalArgumentException} naming the
 * response.
 *
 * <p><b>First-response-time bands</b> ({@link #firstResponseTime(Function, Duration...)}): each
 * customer's first response time, given per customer id, falls in a band of increasing
 * thresholds: {@code < 1h}, {@code [1h, 4h)}, {@code >= 4h} for thresholds 1 and 4 hours. Which
 * time stands for a customer with many requests is the caller's choice with a map or a function;
 * from {@link Interaction}s ({@link #firstResponseTime(Iterable, Duration...)}) it is the median
 * of the customer's answered interactions.
 *
 * <p><b>Nothing is dropped</b>: a customer with no answer is in {@link ServiceBand#NO_ANSWER}, a
 * customer without a response time in {@link ServiceBand#NO_RESPONSE_TIME}; they form a group of
 * their own.
 */
public final class ServiceBands {

    private final String name;
    private final List<ServiceBand> bands;
    private final Function<String, ServiceBand> lookup;

    private ServiceBands(String name, List<ServiceBand> bands, Function<String, ServiceBand> lookup) {
        this.name = name;
        this.bands = List.copyOf(bands);
        this.lookup = lookup;
    }

    /**
     * Returns each customer's NPS band, promoter, passive or detractor, from their latest answer
     * to {@code question} on the 0–10 scale.
     *
     * @throws IllegalArgumentException if an answer to the question is outside 0–10
     */
    public static ServiceBands nps(Iterable<Response> responses, String question) {
        Map<Band, ServiceBand> names = new EnumMap<>(Band.class);
        names.put(Band.POSITIVE, ServiceBand.PROMOTER);
        names.put(Band.NEUTRAL, ServiceBand.PASSIVE);
        names.put(Band.NEGATIVE, ServiceBand.DETRACTOR);
        return survey(responses, question, ScoreScale.NPS, names);
    }

    /**
     * Returns each customer's CSAT band, positive (4–5), neutral (3) or negative (1–2), from their
     * latest answer to {@code question} on the five-point scale.
     *
     * @throws IllegalArgumentException if an answer to the question is outside 1–5
     */
    public static ServiceBands csat(Iterable<Response> responses, String question) {
        return survey(responses, question, ScoreScale.FIVE_POINT);
    }

    /**
     * Returns each customer's band, positive, neutral or negative, from their latest answer to
     * {@code question} on {@code scale} (CES 2.0 on {@link ScoreScale#SEVEN_POINT}, a scale of
     * your own).
     *
     * @throws IllegalArgumentException if the scale is inconsistent or an answer is outside it
     */
    public static ServiceBands survey(Iterable<Response> responses, String question,
            ScoreScale scale) {
        Map<Band, ServiceBand> names = new EnumMap<>(Band.class);
        names.put(Band.POSITIVE, ServiceBand.POSITIVE);
        names.put(Band.NEUTRAL, ServiceBand.NEUTRAL);
        names.put(Band.NEGATIVE, ServiceBand.NEGATIVE);
        return survey(responses, question, scale, names);
    }

    private static ServiceBands survey(Iterable<Response> responses, String question,
            ScoreScale scale, Map<Band, ServiceBand> names) {
        Checks.requireNonNull(responses, "responses");
        Checks.requireNonBlank(question, "question");
        ScoreScale.requireConsistent(scale);
        Map<String, Response> latest = new HashMap<>();
        for (Response r : responses) {
            Checks.requireNonNull(r, "response");
            if (!r.question().equals(question) || !r.isAnswered()) {
                continue;
            }
            scale.requireScore(r.score(), () -> "customer " + r.customerId() + ", question "
                    + question + ", answered at " + r.answeredAt());
            latest.merge(r.customerId(), r, Response::later);
        }
        Map<String, ServiceBand> byCustomer = new HashMap<>();
        latest.forEach((id, r) -> byCustomer.put(id, names.get(scale.band(r.score()))));
        List<ServiceBand> bands = new ArrayList<>();
        for (Band band : new Band[] {Band.POSITIVE, Band.NEUTRAL, Band.NEGATIVE}) {
            if (hasBand(scale, band)) {
                bands.add(names.get(band));
            }
        }
        bands.add(ServiceBand.NO_ANSWER);
        return new ServiceBands(question + " on " + scale.name(), bands,
                id -> byCustomer.getOrDefault(id, ServiceBand.NO_ANSWER));
    }

    private static boolean hasBand(ScoreScale scale, Band band) {
        for (int s = scale.min(); s <= scale.max(); s++) {
            if (scale.band(s) == band) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns each customer's first-response-time band from a map of customer id to first
     * response time; customers not in the map are in {@link ServiceBand#NO_RESPONSE_TIME}.
     *
     * @throws IllegalArgumentException if the thresholds are empty, not positive or not
     *     increasing
     * @see #firstResponseTime(Function, Duration...)
     */
    public static ServiceBands firstResponseTime(Map<String, Duration> byCustomer,
            Duration... thresholds) {
        Checks.requireNonNull(byCustomer, "byCustomer");
        Map<String, Duration> copy = Map.copyOf(byCustomer);
        return firstResponseTime(id -> Optional.ofNullable(copy.get(id)), thresholds);
    }

    /**
     * Returns each customer's first-response-time band from their support interactions: a
     * customer's time is the median (nearest rank, as {@link DurationResult#median()}) of the
     * first response times of their answered interactions, in calendar time. Customers with no
     * answered interaction are in {@link ServiceBand#NO_RESPONSE_TIME}.
     *
     * @see #firstResponseTime(Iterable, ElapsedTimeCalculator, Duration...)
     */
    public static ServiceBands firstResponseTime(Iterable<Interaction> interactions,
            Duration... thresholds) {
        return firstResponseTime(interactions, CxMetrics.firstResponseTime(), thresholds);
    }

    /**
     * Returns each customer's first-response-time band from their support interactions, with the
     * response times measured by {@code times} (for example
     * {@code CxMetrics.firstResponseTime().inBusinessTime(calendar)}): a customer's time is the
     * median of their answered interactions' times.
     *
     * @throws IllegalArgumentException if the thresholds are empty, not positive or not
     *     increasing
     */
    public static ServiceBands firstResponseTime(Iterable<Interaction> interactions,
            ElapsedTimeCalculator times, Duration... thresholds) {
        Checks.requireNonNull(interactions, "interactions");
        Checks.requireNonNull(times, "times");
        Map<String, Duration> medians = new HashMap<>();
        times.groupBy(Interaction::customerId).compute(interactions).forEach((id, result) -> {
            if (!result.isEmpty()) {
                medians.put(id, result.median());
            }
        });
        return firstResponseTime(medians, thresholds);
    }

    /**
     * Returns each customer's first-response-time band: {@code byCustomer} gives a customer's
     * first response time by their id (empty when they have none), and the increasing
     * {@code thresholds} cut the bands {@code < t1}, {@code [t1, t2)}, …, {@code >= tn}, fastest
     * first. The function is called when a band is asked for, so it must be thread-safe if the
     * bands are used from several threads.
     *
     * @throws IllegalArgumentException if the thresholds are empty, not positive or not
     *     increasing; when a band is asked for, if a response time is negative
     */
    public static ServiceBands firstResponseTime(Function<String, Optional<Duration>> byCustomer,
            Duration... thresholds) {
        Checks.requireNonNull(byCustomer, "byCustomer");
        Checks.requireNonNull(thresholds, "thresholds");
        if (thresholds.length == 0) {
            throw new IllegalArgumentException("thresholds must not be empty");
        }
        Duration[] cuts = thresholds.clone();
        List<ServiceBand> bands = new ArrayList<>();
        for (int i = 0; i < cuts.length; i++) {
            Checks.requireNonNull(cuts[i], "threshold");
            if (cuts[i].isNegative() || cuts[i].isZero()) {
                throw new IllegalArgumentException("thresholds must be > 0: " + cuts[i]);
            }
            if (i > 0 && cuts[i].compareTo(cuts[i - 1]) <= 0) {
                throw new IllegalArgumentException("thresholds must be increasing: "
                        + cuts[i - 1] + ", " + cuts[i]);
            }
            bands.add(new ServiceBand(i == 0 ? "< " + format(cuts[0])
                    : "[" + format(cuts[i - 1]) + ", " + format(cuts[i]) + ")", i));
        }
        bands.add(new ServiceBand(">= " + format(cuts[cuts.length - 1]), cuts.length));
        bands.add(ServiceBand.NO_RESPONSE_TIME);
        List<ServiceBand> byRank = List.copyOf(bands);
        return new ServiceBands("first response time", byRank, id -> {
            Optional<Duration> time = byCustomer.apply(id);
            if (time == null) {
                throw new NullPointerException(
                        "first response time must not be null (customer " + id + ")");
            }
            if (time.isEmpty()) {
                return ServiceBand.NO_RESPONSE_TIME;
            }
            Duration t = time.get();
            if (t.isNegative()) {
                throw new IllegalArgumentException(
                        "first response time must be >= 0: " + t + " (customer " + id + ")");
            }
            int band = 0;
            while (band < cuts.length && t.compareTo(cuts[band]) >= 0) {
                band++;
            }
            return byRank.get(band);
        });
    }

    /** Formats a threshold compactly: {@code 90s}, {@code 30m}, {@code 4h}, else ISO-8601. */
    private static String format(Duration d) {
        if (d.getNano() != 0) {
            return d.toString();
        }
        long s = d.getSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /**
     * Returns the band of the customer with this id.
     *
     * @throws IllegalArgumentException for first response times, if the customer's is negative
     */
    public ServiceBand bandOf(String customerId) {
        Checks.requireNonNull(customerId, "customerId");
        return lookup.apply(customerId);
    }

    /** Returns the band of a customer; usable as a grouping key, {@code groupBy(bands::bandOf)}. */
    public ServiceBand bandOf(Customer customer) {
        return bandOf(customer.id());
    }

    /** Returns the band of a customer with their purchases; usable as a grouping key. */
    public ServiceBand bandOf(CustomerPurchases history) {
        return bandOf(history.customer().id());
    }

    /** Returns every band a customer may fall in, best first, the no-answer band last. */
    public List<ServiceBand> bands() {
        return bands;
    }

    @Override
    public String toString() {
        return "service bands of " + name + ": " + bands;
    }
}
