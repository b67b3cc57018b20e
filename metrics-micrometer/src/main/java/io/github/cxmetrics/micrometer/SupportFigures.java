package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.SlaResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The gauges of an interaction recorder: median and p90 of the durations, the measured, open and
 * skipped counts and the small-sample flag; with an SLA calculator, the attainment, its interval,
 * the interactions per outcome and the SLA's small-sample flag.
 */
final class SupportFigures implements Figures<InteractionResults> {

    /** The tag key of the SLA outcome gauges. */
    static final String OUTCOME = "outcome";

    private static final String[] OUTCOMES = {
        "met", "breached", "open.breached", "open.within.target", "open.unknown", "no.target"};

    private final boolean sla;
    private final List<MeterSpec> meters;

    SupportFigures(boolean sla) {
        this.sla = sla;
        List<MeterSpec> list = new ArrayList<>(List.of(
                MeterSpec.time("median", "Median duration over the window (nearest rank);"
                        + " NaN below the minimum sample"),
                MeterSpec.time("p90", "90th percentile of the durations over the window"
                        + " (nearest rank); NaN below the minimum sample"),
                MeterSpec.gauge("interactions", "Interactions measured over the window"),
                MeterSpec.gauge("open", "Interactions recorded over the window that had not"
                        + " reached the milestone"),
                MeterSpec.gauge("skipped", "Interactions the metric does not apply to over the"
                        + " window"),
                MeterSpec.gauge("small.sample", "1 when fewer interactions than the minimum"
                        + " sample were measured and the percentiles are NaN, else 0")));
        if (sla) {
            list.add(MeterSpec.gauge("sla.attainment", "Share of the decided interactions that"
                    + " met their target over the window, in percent; NaN below the minimum"
                    + " sample"));
            list.add(MeterSpec.gauge("sla.attainment.lower",
                    "Lower bound of the attainment's Wilson interval"));
            list.add(MeterSpec.gauge("sla.attainment.upper",
                    "Upper bound of the attainment's Wilson interval"));
            for (String outcome : OUTCOMES) {
                list.add(MeterSpec.gauge("sla.interactions", OUTCOME, outcome,
                        "Interactions per SLA outcome over the window"));
            }
            list.add(MeterSpec.gauge("sla.small.sample", "1 when fewer interactions than the"
                    + " minimum sample are decided and the attainment is NaN, else 0"));
        }
        this.meters = List.copyOf(list);
    }

    @Override
    public List<MeterSpec> meters() {
        return meters;
    }

    @Override
    public double[] values(InteractionResults result, int minimumSample, double level) {
        double[] values = new double[meters.size()];
        DurationResult d = result.durations();
        boolean small = d.isEmpty() || d.count() < minimumSample;
        values[0] = small ? Double.NaN : d.median().toNanos() / 1e6;
        values[1] = small ? Double.NaN : d.p90().toNanos() / 1e6;
        values[2] = d.count();
        values[3] = d.open();
        values[4] = d.skipped();
        values[5] = Figures.flag(small);
        if (sla) {
            SlaResult s = result.sla();
            boolean undecided = s.decided() == 0 || s.decided() < minimumSample;
            values[6] = undecided ? Double.NaN : s.attainment();
            Interval interval = undecided ? null : s.confidenceInterval(level);
            values[7] = undecided ? Double.NaN : interval.lower();
            values[8] = undecided ? Double.NaN : interval.upper();
            long[] outcomes = {s.met(), s.breached(), s.openBreached(), s.openWithinTarget(),
                s.openUnknown(), s.noTarget()};
            for (int i = 0; i < outcomes.length; i++) {
                values[9 + i] = outcomes[i];
            }
            values[15] = Figures.flag(undecided);
        }
        return values;
    }
}
