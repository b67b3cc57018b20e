package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.report.Report;
import java.time.Instant;

/**
 * One section of the report, fed by one or more inputs: survey (responses), support
 * (interactions), value (customers and purchases, joined with responses and interactions).
 *
 * <p>The life of a section: it is created by its {@link SectionOptions#create} when its inputs are
 * given; {@link #connect} registers a consumer for each input it reads; the report
 * then reads every file once, in the order of {@code InputKind}, handing each record to the
 * consumers; finally {@link #finish} turns what the section accumulated into tables. Sections
 * must keep memory independent of the number of rows (accumulators, per-group and per-period
 * state, at most per-customer state where a metric needs it).
 */
public interface ReportSection {

    /** Registers the consumers of the inputs this section reads. */
    void connect(Feeds feeds);

    /**
     * Returns the section's tables, after every input has been read.
     *
     * @param asOf the instant the report describes, for open contacts and churn: {@code --to}
     *     when given, else just after the latest event read;
     *     null when no record was read
     */
    Report.Section finish(Instant asOf);
}
