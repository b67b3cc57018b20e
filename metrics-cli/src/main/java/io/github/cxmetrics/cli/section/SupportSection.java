package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
import static io.github.cxmetrics.cli.report.Cells.orNull;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.Contact;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.StatusBook;
import io.github.cxmetrics.cli.input.StatusChangesInput;
import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.cli.section.Slots.Slot;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.support.StatusTimeCalculator;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import io.github.cxmetrics.support.HandleTimeCalculator;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.ShareResult;
import io.github.cxmetrics.support.SlaCalculator;
import io.github.cxmetrics.support.SlaResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The support section: first response, first and full resolution and handle times (count, open,
 * mean, median, p90), first contact resolution, the reopen rate and SLA attainment over the
 * interactions file, by channel, by {@code --by} group (when the interactions have that column)
 * and by {@code --period}, in calendar time and, with {@code --calendar}, in business time.
 *
 * <p>One streaming pass: each interaction goes to the library's accumulators, grouped by
 * channel, by group and by period (three separate groupings, not their product). Durations are
 * kept in HdrHistograms of {@value #DIGITS} significant digits ({@code approximate(3)}), so
 * memory depends on the number of groups and periods, not of rows. SLA attainment is judged as
 * of the report's instant: with {@code --to} it is known before reading and the library's
 * calculators judge {@code asOf} it; otherwise it is known only when every file has been read,
 * so the calculators keep each open contact's start and target ({@code keepOpen()}, 16 bytes
 * each) and the results are judged at the end ({@code SlaResult.asOf}), exactly as one pass
 * with {@code asOf} would.
 */
public final class SupportSection implements ReportSection {

    /** Significant digits of the duration histograms. */
    static final int DIGITS = 3;
    private static final String CALENDAR_TIME = "calendar";
    private static final String BUSINESS_TIME = "business";

    /** The support section's options: {@code --calendar} and {@code --sla}. */
    public static final class Options implements SectionOptions {

        @Option(names = "--calendar", paramLabel = "HOURS",
                description = "Business hours for support times, e.g. 'mon-fri 09:00-18:00;"
                        + " holidays 2024-12-25', or a file of such lines; with"
                        + " --calendar-column repeatable as VALUE=HOURS, one HOURS as the"
                        + " default.")
        List<String> calendar;

        @Option(names = "--calendar-column", paramLabel = "COLUMN",
                description = "Interactions' column (such as team or region) whose value picks"
                        + " the --calendar VALUE=HOURS of each interaction; needs --to.")
        String calendarColumn;

        @Option(names = "--sla", paramLabel = "MILESTONE:TARGETS",
                description = "SLA policy, repeatable: first-reply, first-resolution or resolution"
                        + " with targets per channel, CHANNEL/PRIORITY, */PRIORITY or default"
                        + " (default: first-reply:chat=1h,email=24h,default=8h and"
                        + " resolution:default=72h).")
        List<String> sla;

        private Hours hours;
        private List<SlaOption> policies;

        @Override
        public void validate(ReportConfig config) {
            hours = hours(config);
            // The default policies are only needed with interactions; given ones are always
            // checked.
            policies = sla == null && !config.has(InputKind.INTERACTIONS) ? List.of()
                    : SlaOption.of(sla);
        }

        /** Returns the hours of {@code --calendar} and {@code --calendar-column}, or null. */
        private Hours hours(ReportConfig config) {
            List<String> given = calendar == null ? List.of() : calendar;
            if (calendarColumn == null) {
                if (given.size() > 1) {
                    throw new UsageException("--calendar is given once, or per value with"
                            + " --calendar-column: " + given.size() + " calendars");
                }
                return given.isEmpty() ? null : Hours.of(calendar(given.get(0), config.zone()));
            }
            String column = calendarColumn.strip();
            if (column.isEmpty()) {
                throw new UsageException("--calendar-column must name a column");
            }
            if (config.givenTo() == null) {
                throw new UsageException("--calendar-column needs --to: without it the SLA of"
                        + " open contacts is judged at the end in one calendar");
            }
            Map<String, BusinessCalendar> byValue = new LinkedHashMap<>();
            BusinessCalendar fallback = null;
            for (String option : given) {
                int eq = option.indexOf('=');
                if (eq <= 0) {
                    if (fallback != null) {
                        throw new UsageException("--calendar: two default calendars (without"
                                + " VALUE=) for --calendar-column " + column);
                    }
                    fallback = calendar(option, config.zone());
                } else {
                    String value = option.substring(0, eq).strip();
                    if (byValue.put(value, calendar(option.substring(eq + 1), config.zone()))
                            != null) {
                        throw new UsageException("--calendar: " + value + " is given twice");
                    }
                }
            }
            if (fallback == null) {
                throw new UsageException("--calendar-column " + column + " needs a default"
                        + " --calendar HOURS (without VALUE=) for the other values");
            }
            return Hours.byColumn(column, byValue, fallback);
        }

        /**
         * Returns the business hours of {@code --calendar}: the library's text form of a
         * calendar, given in the option or in the file it names.
         */
        static BusinessCalendar calendar(String option, ZoneId zone) {
            String spec = option;
            Path path = null;
            try {
                path = Path.of(option);
            } catch (InvalidPathException e) {
                // Not a file name: the calendar itself.
            }
            if (path != null && Files.isRegularFile(path)) {
                try {
                    spec = Files.readString(path);
                } catch (IOException | UncheckedIOException e) {
                    throw new UsageException("--calendar: cannot read " + path + ": "
                            + e.getMessage());
                }
            }
            try {
                return BusinessCalendar.parse(spec, zone);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--calendar: " + e.getMessage());
            }
        }

        @Override
        public ReportSection create(ReportConfig config) {
            return config.has(InputKind.INTERACTIONS) ? new SupportSection(config, this) : null;
        }

        @Override
        public void describe(ReportConfig config, Map<String, String> parameters) {
            if (hours != null) {
                parameters.put("calendar", hours.spec());
            }
            if (config.has(InputKind.INTERACTIONS)) {
                parameters.put("sla", SlaOption.describe(policies));
            }
        }
    }

    private final ReportConfig config;
    private final List<SlaOption> policies;
    private final Hours calendar;
    private final Slots<Interaction> slots = new Slots<>();
    private final List<TimeTrack> times = new ArrayList<>();
    /** The times in statuses, with {@code --status-changes}; empty without. */
    private final List<TimeTrack> statusTimes = new ArrayList<>();
    private final Slot<Interaction, ? extends Map<Channel, ShareResult>> fcr;
    private final Slot<Interaction, ? extends Map<Channel, ShareResult>> reopens;
    private final List<SlaTrack<Channel>> slas = new ArrayList<>();
    private final Breakdown<CalendarPeriod> byPeriod;
    private final Breakdown<String> byGroup;
    private final Instant givenTo;
    private final GivenBusinessTimes givenBusiness;
    private final Tally tally;

    /** The most channel and priority pairs kept for the SLA keys that match no interaction. */
    static final int MAX_SEEN = 10_000;

    SupportSection(ReportConfig config, Options options) {
        this.config = config;
        this.policies = options.policies;
        this.calendar = options.hours;
        this.givenTo = config.givenTo();
        Split<Channel> byChannel = new Split<>() {
            @Override
            public <R> Calculator<Interaction, ? extends Map<Channel, R>> apply(
                    Calculator<Interaction, R> c) {
                return c.groupBy(Interaction::channel);
            }
        };
        for (Milestone m : REPORTED) {
            ElapsedTimeCalculator c = elapsed(m);
            times.add(new TimeTrack(m.metricName(), CALENDAR_TIME,
                    slots.add(byChannel.apply(c.approximate(DIGITS)))));
            if (calendar != null) {
                times.add(new TimeTrack(m.metricName(), BUSINESS_TIME,
                        slots.add(byChannel.apply(calendar.apply(c).approximate(DIGITS)))));
            }
        }
        givenBusiness = calendar == null ? new GivenBusinessTimes(byChannel) : null;
        if (config.statusChanges() != null) {
            STATUS_METRICS.forEach((metric, measure) -> {
                StatusTimeCalculator c = givenTo == null ? measure : measure.asOf(givenTo);
                statusTimes.add(new TimeTrack(metric, CALENDAR_TIME,
                        slots.add(byChannel.apply(c.approximate(DIGITS)))));
                if (calendar != null) {
                    statusTimes.add(new TimeTrack(metric, BUSINESS_TIME, slots.add(
                            byChannel.apply(calendar.apply(c).approximate(DIGITS)))));
                }
            });
        }
        HandleTimeCalculator handle = CxMetrics.handleTime();
        times.add(new TimeTrack("handle time", CALENDAR_TIME,
                slots.add(byChannel.apply(handle.approximate(DIGITS)))));
        times.add(new TimeTrack("handle time with after-call work", CALENDAR_TIME,
                slots.add(byChannel.apply(handle.withAfterCallWork().approximate(DIGITS)))));
        fcr = slots.add(byChannel.apply(CxMetrics.firstContactResolution()));
        reopens = slots.add(byChannel.apply(CxMetrics.reopenRate()));
        for (SlaOption option : policies) {
            SlaCalculator sla = CxMetrics.slaAttainment(option.policy());
            slas.add(new SlaTrack<>(option, CALENDAR_TIME, sla, byChannel));
            if (calendar != null) {
                slas.add(new SlaTrack<>(option, BUSINESS_TIME, calendar.apply(sla),
                        byChannel));
            }
        }
        byPeriod = new Breakdown<>(new Split<>() {
            @Override
            public <R> Calculator<Interaction, ? extends Map<CalendarPeriod, R>> apply(
                    Calculator<Interaction, R> c) {
                return c.byPeriod(config.period(), config.zone());
            }
        });
        Function<Interaction, String> key = groupKey(config);
        byGroup = key == null ? null : new Breakdown<>(new Split<>() {
            @Override
            public <R> Calculator<Interaction, ? extends Map<String, R>> apply(
                    Calculator<Interaction, R> c) {
                return c.groupBy(key);
            }
        });
        tally = new Tally();
    }

    /**
     * Returns the key of {@code --by} on interactions: their own column, or their customer's in
     * the customers file; null for channel (the main tables) and when neither has the column.
     */
    private static Function<Interaction, String> groupKey(ReportConfig config) {
        String by = config.by();
        GroupBy groups = config.groups();
        if (by.equals("channel") || groups.source(InputKind.INTERACTIONS) == GroupBy.Source.NONE) {
            return null;
        }
        if (groups.source(InputKind.INTERACTIONS) == GroupBy.Source.CUSTOMERS) {
            return i -> groups.ofCustomer(i.customerId());
        }
        return switch (by) {
            case "priority" -> i -> i.priorityOr(Cells.NONE);
            case "agent_id" -> i -> i.agentOr(Cells.NONE);
            default -> i -> i.attributeOr(by, Cells.NONE);
        };
    }

    @Override
    public void connect(Feeds feeds) {
        StatusChangesInput changes = config.statusChanges();
        if (changes != null) {
            feeds.on(changes, changes::add);
        }
        feeds.onParts(config.interactions(), tally);
    }

    /**
     * What the section gathers from the interactions: the accumulators of every calculator, the
     * count of interactions with business times given by the file, and the channel and priority
     * pairs seen (up to {@link #MAX_SEEN}: a part that reached it makes the whole reach it, so
     * that merged parts keep what one pass keeps).
     */
    private final class Tally implements Part<Contact> {
        final Slots.Accumulators<Interaction> accumulators = slots.accumulators();
        long interactions;
        long givenContacts;
        final Set<Seen> seen = new HashSet<>();

        @Override
        public void accept(Contact contact) {
            Interaction interaction = contact.interaction();
            interactions++;
            for (TimeTrack t : times) {
                accumulators.get(t.slot).add(interaction);
            }
            for (TimeTrack t : statusTimes) {
                accumulators.get(t.slot).add(interaction);
            }
            if (givenBusiness != null && contact.hasBusinessTimes()) {
                givenContacts++;
                givenBusiness.add(accumulators, contact);
            }
            if (seen.size() < MAX_SEEN) {
                seen.add(new Seen(interaction.channel(), interaction.priorityOr(null)));
            }
            accumulators.get(fcr).add(interaction);
            accumulators.get(reopens).add(interaction);
            for (SlaTrack<Channel> sla : slas) {
                accumulators.get(sla.slot).add(interaction);
            }
            byPeriod.add(accumulators, interaction);
            if (byGroup != null) {
                byGroup.add(accumulators, interaction);
            }
        }

        @Override
        public Part<Contact> emptyCopy() {
            return new Tally();
        }

        @Override
        public void merge(Part<Contact> later) {
            Tally that = (Tally) later;
            accumulators.merge(that.accumulators);
            interactions += that.interactions;
            givenContacts += that.givenContacts;
            seen.addAll(that.seen);
        }

        <R> R snapshot(Slot<Interaction, R> slot) {
            return accumulators.get(slot).snapshot();
        }
    }

    /**
     * How interactions are split into rows: one result per channel, per group or per period.
     *
     * @param <K> the key
     */
    private interface Split<K> {
        <R> Calculator<Interaction, ? extends Map<K, R>> apply(Calculator<Interaction, R> c);
    }

    /** A channel and priority of the interactions read, for the SLA keys that match none. */
    private record Seen(Channel channel, String priority) {}

    /**
     * The business times a help-desk export gives (its {@code ..._business_minutes} columns),
     * used without {@code --calendar}: the library's calendar-time calculators measure each on a
     * timeline that starts at the request and reaches the milestone after the given business
     * duration, so that the same statistics (and histograms) serve both clocks. A milestone
     * without a given business time is open when the interaction has not reached it, and not
     * measured otherwise.
     */
    private final class GivenBusinessTimes {
        private final List<TimeTrack> tracks = new ArrayList<>();

        GivenBusinessTimes(Split<Channel> byChannel) {
            for (Milestone m : REPORTED) {
                tracks.add(new TimeTrack(m.metricName(), BUSINESS_TIME,
                        slots.add(byChannel.apply(elapsed(m).approximate(DIGITS)))));
            }
        }

        void add(Slots.Accumulators<Interaction> accumulators, Contact contact) {
            Interaction i = contact.interaction();
            for (int m = 0; m < REPORTED.size(); m++) {
                Milestone milestone = REPORTED.get(m);
                Duration given = contact.business(milestone);
                if (given == null && milestone.reachedAt(i) != null) {
                    continue;
                }
                Interaction.Builder b = Interaction.builder(i.id(), i.customerId(), i.channel(),
                        i.openedAt());
                if (given != null) {
                    Instant at = i.openedAt().plus(given);
                    if (milestone == Milestone.FIRST_REPLY) {
                        b.firstReplyAt(at);
                    } else {
                        b.firstSolvedAt(at).lastSolvedAt(at);
                    }
                }
                accumulators.get(tracks.get(m).slot).add(b.build());
            }
        }
    }

    /** The milestones the section reports, in order (not the bot milestones). */
    private static final List<Milestone> REPORTED = List.of(Milestone.FIRST_REPLY,
            Milestone.FIRST_RESOLUTION, Milestone.FULL_RESOLUTION);

    /** The times in statuses the section reports with {@code --status-changes}, in order. */
    private static final Map<String, StatusTimeCalculator> STATUS_METRICS = statusMetrics();

    private static Map<String, StatusTimeCalculator> statusMetrics() {
        Map<String, StatusTimeCalculator> m = new LinkedHashMap<>();
        m.put("requester wait time", CxMetrics.requesterWaitTime());
        m.put("agent wait time", CxMetrics.agentWaitTime());
        m.put("on-hold time", CxMetrics.onHoldTime());
        m.put("agent work time", CxMetrics.agentWorkTime());
        return m;
    }

    private static ElapsedTimeCalculator elapsed(Milestone m) {
        return ElapsedTimeCalculator.create(m);
    }

    /** One duration in one clock, by channel. */
    private record TimeTrack(String metric, String clock,
            Slot<Interaction, ? extends Map<Channel, DurationResult>> slot) {}

    /**
     * The attainment of one SLA policy in one clock, split by a key, judged as of {@code --to}
     * while reading, or kept open and judged as of the report's instant at the end.
     */
    private final class SlaTrack<K> {
        final SlaOption option;
        final String clock;
        final Slot<Interaction, ? extends Map<K, SlaResult>> slot;

        SlaTrack(SlaOption option, String clock, SlaCalculator calculator, Split<K> split) {
            this.option = option;
            this.clock = clock;
            this.slot = slots.add(split.apply(givenTo != null ? calculator.asOf(givenTo)
                    : calculator.keepOpen()));
        }

        /**
         * Returns the attainment per key, not yet judged as of the report's instant: results
         * that kept their open contacts add up only before they are judged ({@link #judged}).
         */
        Map<K, SlaResult> results() {
            return tally.snapshot(slot);
        }
    }

    /** Returns {@code r} as of {@code asOf}: its open contacts judged then; null for null. */
    private static SlaResult judged(SlaResult r, Instant asOf) {
        return r == null || asOf == null ? r : r.asOf(asOf);
    }

    /**
     * The headline figures per period or per group, in the report's clock (business time with
     * {@code --calendar}): first response and full resolution times, first contact resolution,
     * the reopen rate and the attainment of the first SLA policy.
     */
    private final class Breakdown<K> {
        final Slot<Interaction, ? extends Map<K, DurationResult>> firstResponse;
        final Slot<Interaction, ? extends Map<K, DurationResult>> resolution;
        final Slot<Interaction, ? extends Map<K, ShareResult>> fcr;
        final Slot<Interaction, ? extends Map<K, ShareResult>> reopens;
        final SlaTrack<K> sla;

        Breakdown(Split<K> split) {
            ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
            ElapsedTimeCalculator res = CxMetrics.fullResolutionTime();
            if (calendar != null) {
                frt = calendar.apply(frt);
                res = calendar.apply(res);
            }
            firstResponse = slots.add(split.apply(frt.approximate(DIGITS)));
            resolution = slots.add(split.apply(res.approximate(DIGITS)));
            fcr = slots.add(split.apply(CxMetrics.firstContactResolution()));
            reopens = slots.add(split.apply(CxMetrics.reopenRate()));
            SlaOption first = policies.get(0);
            SlaCalculator c = CxMetrics.slaAttainment(first.policy());
            sla = new SlaTrack<>(first, calendar == null ? CALENDAR_TIME : BUSINESS_TIME,
                    calendar == null ? c : calendar.apply(c), split);
        }

        void add(Slots.Accumulators<Interaction> accumulators, Interaction interaction) {
            accumulators.get(firstResponse).add(interaction);
            accumulators.get(resolution).add(interaction);
            accumulators.get(fcr).add(interaction);
            accumulators.get(reopens).add(interaction);
            accumulators.get(sla.slot).add(interaction);
        }

        Report.Table table(String id, String title, String keyId, String keyTitle, Instant asOf) {
            Report.Table.Builder t = Report.Table.builder(id, title)
                    .text(keyId, keyTitle).count("interactions", "interactions")
                    .column("first_response_median", "first response median",
                            Report.Type.NUMBER, 1)
                    .column("first_response_p90", "p90", Report.Type.NUMBER, 1)
                    .column("first_response_p95", "p95", Report.Type.NUMBER, 1)
                    .column("resolution_median", "resolution median", Report.Type.NUMBER, 1)
                    .column("resolution_p90", "p90", Report.Type.NUMBER, 1)
                    .column("resolution_p95", "p95", Report.Type.NUMBER, 1)
                    .column("fcr", "FCR %", Report.Type.NUMBER, 1)
                    .column("reopen_rate", "reopened %", Report.Type.NUMBER, 1)
                    .column("sla", "SLA %", Report.Type.NUMBER, 1)
                    .note("Minutes" + (calendar == null ? "" : " of business time")
                            + "; resolution = full resolution time; FCR = first contact"
                            + " resolution; SLA = attainment of the " + sla.option.label()
                            + " SLA (the first policy), as of " + asOf + ".");
            Map<K, DurationResult> frt = tally.snapshot(firstResponse);
            Map<K, DurationResult> res = tally.snapshot(resolution);
            Map<K, ShareResult> f = tally.snapshot(fcr);
            Map<K, ShareResult> r = tally.snapshot(reopens);
            Map<K, SlaResult> s = sla.results();
            for (K key : new TreeSet<>(frt.keySet())) {
                DurationResult a = frt.get(key);
                DurationResult b = res.get(key);
                t.row(key.toString(), a.count() + a.open(), median(a), p90(a), p95(a),
                        median(b), p90(b), p95(b), share(f.get(key)), share(r.get(key)),
                        attainment(judged(s.get(key), asOf)));
            }
            return t.build();
        }

        /** Returns whether every key is the no-group key: the column has no values. */
        boolean noValues() {
            Map<K, DurationResult> frt = tally.snapshot(firstResponse);
            return frt.size() == 1 && frt.containsKey(Cells.NONE);
        }
    }

    @Override
    public Report.Section finish(Instant asOf) {
        if (tally.interactions == 0) {
            return new Report.Section("support", "Support", true,
                    List.of("No interactions to report: the file has none in the window."),
                    List.of());
        }
        List<String> notes = new ArrayList<>();
        notes.add("Times in minutes: mean, median, p90 and p95 (nearest rank) of the interactions"
                + " that reached the event; open = not yet reached (never counted as 0). Percentiles"
                + " from HdrHistograms with " + DIGITS + " significant digits (within 0.1%);"
                + " counts and means are exact.");
        if (calendar != null) {
            notes.add("Business time counts only the hours of --calendar ("
                    + calendar.spec() + ").");
        }
        notes.add("SLA as of " + asOf + ": an interaction still open then and past its target"
                + " counts as breached; targets: " + SlaOption.describe(policies) + ".");
        if (givenBusiness != null && tally.givenContacts > 0) {
            notes.add("Business time as the file gives it (its ..._business_minutes columns, the"
                    + " help desk's schedule) for " + tally.givenContacts + " of "
                    + tally.interactions + " interactions; give --calendar to compute it instead.");
        }
        notes.addAll(unmatchedKeys());
        List<Report.Table> tables = new ArrayList<>();
        tables.add(timesTable());
        if (!statusTimes.isEmpty()) {
            tables.add(statusTimesTable());
            notes.addAll(statusNotes());
        }
        tables.add(sharesTable());
        tables.add(slaTable(asOf));
        String clock = calendar == null ? "" : ", business time";
        if (!config.by().equals("channel")) {
            GroupBy.Source source = config.groups().source(InputKind.INTERACTIONS);
            if (source == GroupBy.Source.NONE) {
                notes.add(config.groups().noteOf("interactions"));
            } else if (source == GroupBy.Source.CUSTOMERS) {
                notes.add(config.groups().joinedNote("interactions"));
            }
        }
        if (byGroup != null) {
            if (byGroup.noValues()) {
                notes.add("The interactions have no values in column '" + config.by()
                        + "' (absent or empty): no breakdown by " + config.by() + ".");
            } else {
                tables.add(byGroup.table("support.by_group", "By " + config.by() + clock, "group",
                        config.by(), asOf));
            }
        }
        String periodName = config.periodName().toLowerCase(Locale.ROOT);
        tables.add(byPeriod.table("support.by_period", "By " + periodName + " (" + config.zone()
                + ")" + clock, "period", periodName, asOf));
        return new Report.Section("support", "Support", true, notes, tables);
    }

    /** Returns a note per SLA target whose key matches no interaction read: a likely typo. */
    private List<String> unmatchedKeys() {
        List<String> notes = new ArrayList<>();
        Set<Seen> seen = tally.seen;
        if (seen.size() >= MAX_SEEN) {
            return notes;
        }
        for (SlaOption option : policies) {
            List<String> unmatched = new ArrayList<>();
            for (SlaOption.Key key : option.keys()) {
                if (key.channel() == null && key.priority() == null) {
                    continue;
                }
                boolean matched = false;
                for (Seen s : seen) {
                    matched |= key.matches(s.channel(), s.priority());
                }
                if (!matched) {
                    unmatched.add(key.text());
                }
            }
            if (!unmatched.isEmpty()) {
                notes.add("Warning: --sla " + option.id() + ": no interaction has "
                        + (unmatched.size() == 1 ? "the key " : "the keys ")
                        + String.join(", ", unmatched) + " (channels: " + seenChannels()
                        + "; priorities: " + seenPriorities() + ").");
            }
        }
        return notes;
    }

    private String seenChannels() {
        TreeSet<String> names = new TreeSet<>();
        tally.seen.forEach(s -> names.add(s.channel().name()));
        return String.join(", ", names);
    }

    private String seenPriorities() {
        TreeSet<String> names = new TreeSet<>();
        tally.seen.forEach(s -> {
            if (s.priority() != null) {
                names.add(s.priority());
            }
        });
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private Report.Table timesTable() {
        Report.Table.Builder t = durationColumns(Report.Table.builder("support.times",
                        "Response, resolution and handle times (minutes)"))
                .note("Handle time: talk + hold of calls (interactions with talk or hold"
                        + " seconds), with after-call work: + acw; other interactions are not"
                        + " calls and have no handle time.");
        List<TimeTrack> tracks = new ArrayList<>(times);
        if (givenBusiness != null && tally.givenContacts > 0) {
            // After each calendar-time metric, its given business time, as with --calendar.
            for (int m = 0; m < givenBusiness.tracks.size(); m++) {
                tracks.add(2 * m + 1, givenBusiness.tracks.get(m));
            }
        }
        durationRows(t, tracks);
        return t.build();
    }

    /** Returns {@code t} with the columns of a table of durations by metric, clock and channel. */
    private static Report.Table.Builder durationColumns(Report.Table.Builder t) {
        return t.text("metric", "metric").text("clock", "clock").text("channel", "channel")
                .count("n", "n").count("open", "open")
                .column("mean", "mean", Report.Type.NUMBER, 1)
                .column("median", "median", Report.Type.NUMBER, 1)
                .column("p90", "p90", Report.Type.NUMBER, 1)
                .column("p95", "p95", Report.Type.NUMBER, 1);
    }

    /** Adds a row per track and channel (all channels first) that has a value or is open. */
    private void durationRows(Report.Table.Builder t, List<TimeTrack> tracks) {
        for (TimeTrack track : tracks) {
            rows(tally.snapshot(track.slot), DurationResult::plus, (channel, r) -> {
                if (r.count() > 0 || r.open() > 0) {
                    t.row(track.metric, track.clock, channel, r.count(), r.open(),
                            orNull(() -> minutes(r.mean())), median(r), p90(r), p95(r));
                }
            });
        }
    }

    /**
     * Returns the times in statuses of the interactions with status changes: requester wait
     * (new + open + on-hold), agent wait (pending), on-hold and agent work (new + open), up to
     * the last solve; an interaction not solved at the end of its timeline is open.
     */
    private Report.Table statusTimesTable() {
        Report.Table.Builder t = durationColumns(Report.Table.builder("support.status_times",
                        "Time in statuses (minutes)"))
                .note("From --status-changes, up to the last solve: requester wait = new + open +"
                        + " on-hold, agent wait = pending, on-hold, agent work = new + open. Open ="
                        + " not solved at the end of its changes" + (givenTo == null
                                ? " (not measured)." : ", measured up to --to (" + givenTo + ")."));
        durationRows(t, statusTimes);
        return t.build();
    }

    /** Returns the notes of the times in statuses: interactions and changes left out. */
    private List<String> statusNotes() {
        List<String> notes = new ArrayList<>();
        DurationResult all = null;
        for (DurationResult r : tally.snapshot(statusTimes.get(0).slot).values()) {
            all = all == null ? r : all.plus(r);
        }
        long without = all == null ? 0 : all.skipped();
        if (without > 0) {
            notes.add(without + " of " + tally.interactions + " interactions have no status"
                    + " changes in " + config.file(InputKind.STATUS_CHANGES).name()
                    + ": they are left out of the times in statuses.");
        }
        StatusBook book = config.statusChanges().book();
        if (book.unmatched() > 0) {
            notes.add("Warning: " + book.unmatched() + " of " + book.interactions()
                    + " interaction ids of " + config.file(InputKind.STATUS_CHANGES).name()
                    + " are not in the interactions read (another file, or outside the window).");
        }
        return notes;
    }

    private Report.Table sharesTable() {
        String ci = Cells.ciTitle(config.level());
        Report.Table.Builder t = Report.Table.builder("support.shares",
                        "First contact resolution and reopens (%)")
                .text("metric", "metric").text("channel", "channel").count("n", "n")
                .column("share", "share", Report.Type.NUMBER, 1)
                .column("ci", ci, Report.Type.INTERVAL, 1)
                .count("outside", "outside n")
                .note("First contact resolution: solved interactions solved with at most one"
                        + " public reply and never reopened; reopen rate: interactions ever solved"
                        + " that were reopened. n is the base; outside n: interactions not solved"
                        + " (FCR) or never solved (reopens). Wilson intervals.");
        for (var e : List.of(Map.entry("first contact resolution", fcr),
                Map.entry("reopen rate", reopens))) {
            rows(tally.snapshot(e.getValue()), ShareResult::plus, (channel, r) -> t.row(e.getKey(),
                    channel, r.count(), share(r),
                    orNull(() -> r.confidenceInterval(config.level())), r.outside()));
        }
        return t.build();
    }

    private Report.Table slaTable(Instant asOf) {
        String ci = Cells.ciTitle(config.level());
        Report.Table.Builder t = Report.Table.builder("support.sla", "SLA attainment")
                .text("sla", "sla").text("clock", "clock").text("channel", "channel")
                .count("n", "with target").count("met", "met").count("breached", "breached")
                .count("open_breached", "open, late").count("open_within_target", "open, in time")
                .count("no_target", "no target")
                .column("attainment", "attainment %", Report.Type.NUMBER, 1)
                .column("ci", ci, Report.Type.INTERVAL, 1)
                .note("attainment = met / (met + breached + open and late); open, in time: still"
                        + " open at the as-of instant within the target (not in the base); no"
                        + " target: the policy has none for the channel or priority.");
        for (SlaTrack<Channel> track : slas) {
            rows(track.results(), SlaResult::plus, (channel, kept) -> {
                SlaResult r = judged(kept, asOf);
                t.row(track.option.label(), track.clock, channel, r.count(), r.met(),
                        r.breached(), r.openBreached(), r.openWithinTarget(), r.noTarget(),
                        attainment(r), orNull(() -> r.confidenceInterval(config.level())));
            });
        }
        return t.build();
    }

    /** Calls {@code row} for all channels together, then for each channel in order. */
    private static <R> void rows(Map<Channel, R> byChannel, BinaryOperator<R> plus,
            BiConsumer<String, R> row) {
        SortedMap<Channel, R> sorted = new TreeMap<>(byChannel);
        R all = null;
        for (R r : sorted.values()) {
            all = all == null ? r : plus.apply(all, r);
        }
        if (all == null) {
            return;
        }
        row.accept(Cells.ALL, all);
        sorted.forEach((channel, r) -> row.accept(channel.name(), r));
    }

    /** Returns a duration in minutes. */
    public static double minutes(Duration d) {
        return d.getSeconds() / 60.0 + d.getNano() / 60e9;
    }

    private static Double median(DurationResult r) {
        return r == null ? null : orNull(() -> minutes(r.median()));
    }

    private static Double p90(DurationResult r) {
        return r == null ? null : orNull(() -> minutes(r.p90()));
    }

    private static Double p95(DurationResult r) {
        return r == null ? null : orNull(() -> minutes(r.p95()));
    }

    private static Double share(ShareResult r) {
        return r == null ? null : orNull(r::share);
    }

    private static Double attainment(SlaResult r) {
        return r == null ? null : orNull(r::attainment);
    }
}
