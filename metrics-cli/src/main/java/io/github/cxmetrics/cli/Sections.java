package io.github.cxmetrics.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a report, in report order, chosen by the inputs given: the one place where a
 * section is plugged in.
 */
final class Sections {

    private Sections() {}

    /** Returns the sections that the given inputs allow. */
    static List<ReportSection> of(ReportConfig config) {
        List<ReportSection> sections = new ArrayList<>();
        if (config.file(InputKind.RESPONSES) != null) {
            sections.add(new SurveySection(config));
        }
        if (config.file(InputKind.INTERACTIONS) != null) {
            sections.add(new SupportSection(config));
        }
        if (config.file(InputKind.CUSTOMERS) != null) {
            sections.add(new ValueSection(config));
        }
        return sections;
    }
}
