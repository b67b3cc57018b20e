package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InteractionsInput;
import io.github.cxmetrics.cli.input.ReadOptions;
import io.github.cxmetrics.cli.input.ResponsesInput;
import io.github.cxmetrics.cli.input.ResponsesOptions;
import io.github.cxmetrics.cli.input.StatusBook;
import io.github.cxmetrics.cli.input.StatusChangesInput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What every section of {@code cxmetrics report} shares, validated: the files, the breakdowns,
 * the window, the confidence level, the questions of the survey metrics and how files are read.
 * A section's own options are in its {@link SectionOptions}. Built by the report command.
 *
 * @param files the input files given, by kind
 * @param by the column of the group breakdown ({@code --by}), such as {@code channel}
 * @param groups where each input's {@code --by} group comes from
 * @param period the periods of trends ({@code --period})
 * @param periodName the period as given, for the report's parameters
 * @param zone the zone of periods and of local times
 * @param from the first instant of the window, or null for no window
 * @param to the end of the window (exclusive), or null for no window
 * @param level the confidence level of intervals
 * @param survey which questions feed which survey metric, on which scale
 * @param read how the files are read
 * @param responsesOptions the labels of scores and the question of a file of one question
 * @param responses the input of the responses file, which several sections read
 * @param interactions the input of the interactions file, which several sections read: with
 *     the status changes of {@code statusChanges} when that file is given
 * @param statusChanges the input of the status changes file, or null when it is not given
 */
public record ReportConfig(
        Map<InputKind, InputFile> files,
        String by,
        GroupBy groups,
        Periodicity period,
        String periodName,
        ZoneId zone,
        Instant from,
        Instant to,
        double level,
        SurveyConfig survey,
        ReadOptions read,
        ResponsesOptions responsesOptions,
        ResponsesInput responses,
        InteractionsInput interactions,
        StatusChangesInput statusChanges) {

    public ReportConfig {
        files = Map.copyOf(files);
    }

    /** Returns the configuration, with the responses input that reads the questions of survey. */
    public static ReportConfig of(Map<InputKind, InputFile> files, GroupBy groups,
            Periodicity period, String periodName, ZoneId zone, Instant from, Instant to,
            double level, SurveyConfig survey, ReadOptions read,
            ResponsesOptions responsesOptions) {
        String by = groups.column();
        // The sections read a response's attributes only for a --by column of the responses.
        boolean attributes = !by.equals("channel")
                && groups.source(InputKind.RESPONSES) == GroupBy.Source.OWN;
        InputFile statusFile = files.get(InputKind.STATUS_CHANGES);
        StatusChangesInput statusChanges = statusFile == null ? null
                : new StatusChangesInput(new StatusBook());
        InteractionsInput interactions = statusChanges == null ? InteractionsInput.INSTANCE
                : InteractionsInput.withStatusChanges(statusChanges.book(), statusFile.name());
        return new ReportConfig(files, by, groups, period, periodName, zone, from, to, level, survey, read,
                responsesOptions, new ResponsesInput(by, survey, responsesOptions, attributes),
                interactions,
                statusChanges);
    }

    /** Returns {@code --from} as given (the start of the window), or null when it was not given. */
    public Instant givenFrom() {
        return from == null || from.equals(Instant.MIN) ? null : from;
    }

    /** Returns {@code --to} as given (the end of the window), or null when it was not given. */
    public Instant givenTo() {
        return to == null || to.equals(Instant.MAX) ? null : to;
    }

    /** Returns the file of a kind, or null when it was not given. */
    public InputFile file(InputKind kind) {
        return files.get(kind);
    }

    /** Returns whether a file of the kind was given. */
    public boolean has(InputKind kind) {
        return files.containsKey(kind);
    }
}
