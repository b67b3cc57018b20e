package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.SlaResult;
import java.util.Objects;
import java.util.Set;

/**
 * Live response or resolution times of the interactions (tickets, chats, calls) a service
 * handles, with their SLA attainment, over a sliding window, published as Micrometer gauges.
 * Thread-safe: any number of threads may {@link #record(Interaction)} at once.
 *
 * <pre>{@code
 * InteractionRecorder firstResponse = InteractionRecorder
 *         .durations("cx.first.response", CxMetrics.firstResponseTime().approximate(3))
 *         .sla(CxMetrics.slaAttainment(policy))
 *         .tag("channel", i -> i.channel().name())
 *         .build();
 * firstResponse.bindTo(registry);
 * firstResponse.record(ticket);   // when the ticket gets its first reply, or is closed
 * }</pre>
 *
 * <p><b>Figures.</b> The window's buckets are the calculators' own accumulators, merged exactly:
 * the gauges equal what the calculators compute over the interactions recorded in the window.
 * An exact duration calculator (the default) keeps every duration of the window, 8 bytes each,
 * and sorts them on each snapshot; {@code approximate(3)} keeps an HdrHistogram per bucket
 * instead, percentiles within 0.1 %, memory independent of the volume: prefer it for a service.
 *
 * <p><b>Meters</b> ({@code <name>} is the recorder's name; every meter also carries the fixed
 * tags and the tag functions' values):
 * <ul>
 *   <li>{@code <name>.median}, {@code <name>.p90}: time gauges (the registry's base time unit,
 *       seconds for Prometheus), nearest-rank percentiles; NaN when fewer durations than the
 *       minimum sample were measured;
 *   <li>{@code <name>.interactions}, {@code <name>.open}, {@code <name>.skipped}: interactions
 *       measured, recorded before reaching the milestone, and not applicable;
 *   <li>{@code <name>.small.sample}: 1 when the percentiles are NaN for want of durations;
 *   <li>with {@link Builder#sla(Calculator)}: {@code <name>.sla.attainment} (percent of the
 *       decided interactions), {@code <name>.sla.attainment.lower} and {@code .upper} (Wilson),
 *       NaN when fewer interactions than the minimum sample are decided;
 *       {@code <name>.sla.interactions} tagged
 *       {@code outcome=met|breached|open.breached|open.within.target|open.unknown|no.target};
 *       {@code <name>.sla.small.sample};
 *   <li>{@code <name>.tags.overflow} (a counter, only with tag functions): the records sent to
 *       the overflow series.
 * </ul>
 *
 * @see RecorderBuilder for the window, the tags, the overflow and the other options
 */
public final class InteractionRecorder extends WindowedRecorder<Interaction, InteractionResults> {

    private final Calculator<Interaction, DurationResult> durations;
    private final Calculator<Interaction, SlaResult> sla;

    private InteractionRecorder(Calculator<Interaction, DurationResult> durations,
            Calculator<Interaction, SlaResult> sla, Settings<Interaction> settings) {
        super(new Recording<>(settings, new SupportFigures(sla != null),
                () -> new InteractionResults.Both(durations, sla), "interaction"));
        this.durations = durations;
        this.sla = sla;
    }

    /**
     * Returns a builder of a recorder of durations, such as first response times.
     *
     * @param name the base name of the meters, such as {@code "cx.first.response"}
     * @param durations the calculator, such as {@code CxMetrics.firstResponseTime().approximate(3)}
     */
    public static Builder durations(String name, Calculator<Interaction, DurationResult> durations) {
        return new Builder(name, durations);
    }

    /**
     * Records one interaction into the current bucket of its series, for the durations and the
     * SLA. Record an interaction once, when it has reached the milestone or is closed: recording
     * it again counts it again.
     *
     * @throws NullPointerException if {@code interaction} is null, or a tag function returns null
     * @throws IllegalArgumentException if the SLA calculator rejects it (opened after its as-of
     *     instant); it is then not counted
     */
    public void record(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction must not be null");
        if (durations.accepts(interaction) || (sla != null && sla.accepts(interaction))) {
            recording.record(interaction);
        }
    }

    /**
     * Returns the durations of the window now for one combination of tag values (see
     * {@link ResponseRecorder#result(String...)}).
     *
     * @throws IllegalArgumentException if the number of values is not the number of tag keys
     */
    public DurationResult durations(String... tagValues) {
        return recording.result(tagValues).durations();
    }

    /**
     * Returns the SLA attainment of the window now for one combination of tag values.
     *
     * @throws IllegalStateException if the recorder has no SLA calculator
     * @throws IllegalArgumentException if the number of values is not the number of tag keys
     */
    public SlaResult sla(String... tagValues) {
        if (sla == null) {
            throw new IllegalStateException("the recorder has no SLA calculator: build it with"
                    + " sla(calculator)");
        }
        return recording.result(tagValues).sla();
    }

    /** Builds an {@link InteractionRecorder}; see {@link RecorderBuilder} for the options. */
    public static final class Builder extends RecorderBuilder<Interaction, Builder> {
        private final Calculator<Interaction, DurationResult> durations;
        private Calculator<Interaction, SlaResult> sla;

        private Builder(String name, Calculator<Interaction, DurationResult> durations) {
            super(name);
            this.durations = Objects.requireNonNull(durations, "durations must not be null");
        }

        /**
         * Adds SLA attainment, such as {@code CxMetrics.slaAttainment(policy)}, over the same
         * interactions. Its milestone need not be the durations' one.
         *
         * @throws IllegalStateException if the SLA calculator was already set
         */
        public Builder sla(Calculator<Interaction, SlaResult> calculator) {
            Objects.requireNonNull(calculator, "sla must not be null");
            if (sla != null) {
                throw new IllegalStateException("sla was already set to " + sla);
            }
            sla = calculator;
            return this;
        }

        /**
         * Returns the recorder.
         *
         * @throws IllegalStateException if options do not fit together: an overflow option
         *     without a tag function, a confidence level without an SLA calculator, or a tag key
         *     that is also fixed or is {@code outcome}
         */
        public InteractionRecorder build() {
            return new InteractionRecorder(durations, sla,
                    settings(Set.of(SupportFigures.OUTCOME), sla != null));
        }
    }
}
