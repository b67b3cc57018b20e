package io.github.cxmetrics.cli;

import java.util.List;

/**
 * A section whose metrics this build of the command line does not compute yet: its input files
 * are still read in full (header, field counts) so that a wrong file fails now, and the section
 * says plainly that it is not available. Replaced by the real section in {@link Sections#of}.
 */
final class PendingSection implements ReportSection {

    private final String id;
    private final String title;
    private final String what;

    private PendingSection(String id, String title, String what) {
        this.id = id;
        this.title = title;
        this.what = what;
    }

    /** Returns the placeholder of the support section (interactions). */
    static PendingSection support(ReportConfig config) {
        String calendar = config.calendar() == null ? ""
                : " The business hours of --calendar (" + config.calendar().describe()
                        + ") were checked.";
        return new PendingSection("support", "Support",
                "Support metrics (response, handle and resolution times, FCR, SLA) are not"
                        + " available in this version yet; the interactions file was checked"
                        + " (header and field counts)." + calendar);
    }

    /** Returns the placeholder of the value section (customers, purchases). */
    static PendingSection value() {
        return new PendingSection("value", "Value",
                "Value metrics (churn, retention, LTV by segment, value by NPS band) are not"
                        + " available in this version yet; the customers and purchases files were"
                        + " checked (header and field counts).");
    }

    @Override
    public void connect(Feeds feeds) {
        // Reads nothing: the report checks files no section reads.
    }

    @Override
    public Report.Section finish() {
        return new Report.Section(id, title, false, List.of(what), List.of());
    }
}
