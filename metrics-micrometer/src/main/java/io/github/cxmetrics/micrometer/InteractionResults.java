package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.SlaResult;

/**
 * What an interaction recorder's window holds: the durations and, when an SLA calculator was
 * given, the SLA attainment, each from the core's own accumulator.
 *
 * @param durations the durations to the milestone
 * @param sla the SLA attainment, or null without an SLA calculator
 */
record InteractionResults(DurationResult durations, SlaResult sla) {

    /** The durations' and the SLA's accumulators side by side; not thread-safe. */
    static final class Both implements Accumulator<Interaction, InteractionResults> {
        private final Accumulator<Interaction, DurationResult> durations;
        private final Accumulator<Interaction, SlaResult> sla;

        Both(Calculator<Interaction, DurationResult> durations,
                Calculator<Interaction, SlaResult> sla) {
            this.durations = durations.accumulator();
            this.sla = sla == null ? null : sla.accumulator();
        }

        @Override
        public void add(Interaction interaction) {
            // The SLA first: it is the one that may reject an interaction (opened after its
            // as-of instant), and then neither part has counted it.
            if (sla != null) {
                sla.add(interaction);
            }
            durations.add(interaction);
        }

        @Override
        public void merge(Accumulator<Interaction, InteractionResults> other) {
            Both that = (Both) other;
            durations.merge(that.durations);
            if (sla != null) {
                sla.merge(that.sla);
            }
        }

        @Override
        public InteractionResults snapshot() {
            return new InteractionResults(durations.snapshot(), sla == null ? null : sla.snapshot());
        }
    }
}
