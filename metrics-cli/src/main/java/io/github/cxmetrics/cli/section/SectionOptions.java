package io.github.cxmetrics.cli.section;

import java.util.Map;

/**
 * One kind of report section with its own command line options: an object with picocli
 * {@code @Option} fields, added to the report command as a mixin, that validates them and
 * creates the section when the inputs allow it. A new section is one class implementing
 * {@link ReportSection} with a nested {@code Options}, listed in {@link Sections#options()}.
 */
public interface SectionOptions {

    /**
     * Validates the options, whether or not the section will run (a bad option is a usage error
     * even when its section has no input).
     *
     * @param config what every section shares
     * @throws io.github.cxmetrics.cli.UsageException if an option is invalid
     */
    void validate(ReportConfig config);

    /**
     * Returns the section, after {@link #validate}, or null when the inputs given do not allow
     * it (no responses file for the survey section, say).
     */
    ReportSection create(ReportConfig config);

    /**
     * Adds the section's options to the report's parameters, in the report's order; by default
     * none.
     *
     * @param config what every section shares
     * @param parameters the parameters so far, in order
     */
    default void describe(ReportConfig config, Map<String, String> parameters) {}
}
