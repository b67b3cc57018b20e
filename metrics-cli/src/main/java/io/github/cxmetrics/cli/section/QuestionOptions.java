package io.github.cxmetrics.cli.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say which questions of the responses file feed which survey metric, on which
 * scale (a picocli mixin): {@code --question}, {@code --reverse-coded} and {@code --scale}. The
 * responses input checks scores against them, and the survey and value sections read them.
 */
public final class QuestionOptions {

    @Option(names = "--question", paramLabel = "METRIC=ID",
            description = "Question of a metric, e.g. nps=recommend or cli=q1,q2,q3 or cli=loyalty_*"
                    + " (defaults: nps, csat, csi, ces, cli_*).")
    Map<String, String> questions = new LinkedHashMap<>();

    @Option(names = "--reverse-coded", paramLabel = "ID", split = ",",
            description = "Reverse-coded loyalty questions (default: cli_competitor).")
    List<String> reverseCoded;

    @Option(names = "--scale", paramLabel = "METRIC=SCALE",
            description = "Scale of csat, csi or ces: five-point (default), seven-point,"
                    + " three-point or good-bad.")
    Map<String, String> scales = new LinkedHashMap<>();

    /**
     * Validates the options.
     *
     * @throws io.github.cxmetrics.cli.UsageException if an option is invalid
     */
    public SurveyConfig validate() {
        return SurveyConfig.of(questions, reverseCoded, scales);
    }
}
