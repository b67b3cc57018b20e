package io.github.cxmetrics.cli;

import io.github.cxmetrics.Periodicity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code cxmetrics report} was asked to do, validated: the files, the breakdowns, the
 * reading options. Built by {@link ReportCommand}; read by the sections and the reader.
 *
 * @param files the input files given, by kind
 * @param by the column of the group breakdown ({@code --by}), such as {@code channel}
 * @param period the periods of trends ({@code --period})
 * @param periodName the period as given, for the report's parameters
 * @param zone the zone of periods and of local times
 * @param from the first instant of the window, or null for no window
 * @param to the end of the window (exclusive), or null for no window
 * @param calendar the business hours of support durations, or null for calendar time
 * @param lenient whether bad rows are skipped and counted rather than stopping the run
 * @param delimiter the field delimiter of every file
 * @param columns per kind: documented column → header name ({@code --column})
 * @param times the parser of time cells
 * @param survey which questions feed which survey metric
 * @param level the confidence level of intervals
 * @param smallSample the effective sample size below which results are flagged
 * @param progress whether to show progress lines for large files
 * @param sla the SLA policies of the support section, in the order given ({@code --sla})
 * @param margin the gross margin of the churn-based lifetime value ({@code --margin})
 * @param window the trailing months of churn, ARPA and lifetime value ({@code --window})
 * @param responseBands the increasing first-response-time thresholds of the value section's
 *     bands ({@code --response-bands})
 */
record ReportConfig(
        Map<InputKind, InputFile> files,
        String by,
        Periodicity period,
        String periodName,
        ZoneId zone,
        Instant from,
        Instant to,
        CalendarSpec calendar,
        boolean lenient,
        char delimiter,
        Map<InputKind, Map<String, String>> columns,
        TimeParser times,
        SurveyConfig survey,
        double level,
        int smallSample,
        boolean progress,
        List<SlaOption> sla,
        double margin,
        int window,
        List<Duration> responseBands) {

    ReportConfig {
        files = Map.copyOf(files);
        sla = List.copyOf(sla);
        responseBands = List.copyOf(responseBands);
        Map<InputKind, Map<String, String>> copy = new EnumMap<>(InputKind.class);
        columns.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        columns = copy;
    }

    /** Returns the {@code --column} mapping of one kind of file. */
    Map<String, String> columns(InputKind kind) {
        return columns.getOrDefault(kind, Map.of());
    }

    /** Returns {@code --from} as given (the start of the window), or null when it was not given. */
    Instant givenFrom() {
        return from == null || from.equals(Instant.MIN) ? null : from;
    }

    /** Returns {@code --to} as given (the end of the window), or null when it was not given. */
    Instant givenTo() {
        return to == null || to.equals(Instant.MAX) ? null : to;
    }

    /** Returns the file of a kind, or null when it was not given. */
    InputFile file(InputKind kind) {
        return files.get(kind);
    }
}
