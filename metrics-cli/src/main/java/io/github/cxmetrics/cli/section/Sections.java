package io.github.cxmetrics.cli.section;

import java.util.List;

/** The sections of a report, in report order: the one place where a section is plugged in. */
public final class Sections {

    private Sections() {}

    /** Returns the options of every section, fresh for one command line, in report order. */
    public static List<SectionOptions> options() {
        return List.of(new SurveySection.Options(), new SupportSection.Options(),
                new ValueSection.Options());
    }
}
