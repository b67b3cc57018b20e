package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.section.SlaOption;
import io.github.cxmetrics.cli.section.SupportSection;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import io.github.cxmetrics.support.ShareResult;
import io.github.cxmetrics.support.SlaResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cxmetrics report} on crafted interaction files and on the sample, and checks the
 * support section against hand-computed values and against the library's API.
 */
class SupportReportTest {

    private static final double EXACT = 1e-6;
    /** Percentiles come from HdrHistograms of 3 significant digits: within 0.1 % above. */
    private static final double HISTOGRAM = 1e-3;

    static final String HEADER = "id,customer_id,channel,agent_id,priority,opened_at,"
            + "first_reply_at,first_solved_at,last_solved_at,reopens,public_replies,talk_seconds,"
            + "hold_seconds,acw_seconds,team";

    @TempDir
    Path dir;

    /**
     * Eight contacts in April and May 2024: first response times 5, 10, 90, 240, 1560, 1 and 0.5
     * minutes and one unanswered; full resolution times 20, 60, 1560 (reopened), 1440, 10 and 5
     * minutes and two open; two calls.
     */
    private Path crafted() throws IOException {
        return Cli.write(dir, "interactions.csv", HEADER,
                "t1,c1,chat,a1,normal,2024-04-01T10:00:00Z,2024-04-01T10:05:00Z,"
                        + "2024-04-01T10:20:00Z,2024-04-01T10:20:00Z,0,1,,,,red",
                "t2,c2,chat,a1,normal,2024-04-01T11:00:00Z,2024-04-01T11:10:00Z,"
                        + "2024-04-01T12:00:00Z,2024-04-01T12:00:00Z,0,2,,,,red",
                "t3,c3,chat,a2,urgent,2024-04-02T09:00:00Z,2024-04-02T10:30:00Z,"
                        + "2024-04-02T11:00:00Z,2024-04-03T11:00:00Z,1,1,,,,blue",
                "t4,c1,email,a2,normal,2024-04-03T08:00:00Z,2024-04-03T12:00:00Z,"
                        + "2024-04-04T08:00:00Z,2024-04-04T08:00:00Z,0,1,,,,blue",
                "t5,c2,email,,low,2024-05-06T08:00:00Z,2024-05-07T10:00:00Z,,,0,1,,,,",
                "t6,c3,email,,,2024-05-10T09:00:00Z,,,,0,0,,,,red",
                "t7,c4,phone,a3,normal,2024-05-02T09:00:00Z,2024-05-02T09:01:00Z,"
                        + "2024-05-02T09:10:00Z,2024-05-02T09:10:00Z,0,1,300,60,30,",
                "t8,c4,phone,a3,normal,2024-05-03T09:00:00Z,2024-05-03T09:00:30Z,"
                        + "2024-05-03T09:05:00Z,2024-05-03T09:05:00Z,,,240,0,60,");
    }

    private Cli.Run report(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("report", "--interactions", file.toString(),
                "--format", "csv"));
        args.addAll(List.of(options));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** Asserts a duration in minutes read from a histogram: at or up to 0.1 % above. */
    static void assertMinutes(double expected, String cell) {
        double actual = Double.parseDouble(cell);
        assertTrue(actual >= expected - EXACT && actual <= expected * (1 + HISTOGRAM) + EXACT,
                "expected " + expected + " minutes (within 0.1 % above), was " + actual);
    }

    @Test
    void times_matchHandComputedValues() throws IOException {
        Cli.Run run = report(crafted());
        // First response, all channels: 0.5, 1, 5, 10, 90, 240, 1560 minutes and one open; mean
        // 1906.5 / 7; median rank ceil(0.5 × 7) = 4 → 10; p90 rank ceil(6.3) = 7 → 1560.
        Map<String, String> frt = run.row("support.times", "metric", "first response time",
                "clock", "calendar", "channel", "(all)");
        assertEquals("7", frt.get("n"));
        assertEquals("1", frt.get("open"));
        assertEquals(1906.5 / 7, Double.parseDouble(frt.get("mean")), EXACT);
        assertMinutes(10, frt.get("median"));
        assertMinutes(1560, frt.get("p90"));
        // Chat: 5, 10, 90 → median rank 2 = 10, p90 rank 3 = 90; email: 240, 1560 and t6 open.
        Map<String, String> chat = run.row("support.times", "metric", "first response time",
                "clock", "calendar", "channel", "chat");
        assertMinutes(10, chat.get("median"));
        assertMinutes(90, chat.get("p90"));
        Map<String, String> email = run.row("support.times", "metric", "first response time",
                "clock", "calendar", "channel", "email");
        assertEquals("2", email.get("n"));
        assertEquals("1", email.get("open"));
        assertMinutes(240, email.get("median"));
        // Full resolution: 5, 10, 20, 60, 1440, 1560 (t3's last solve after the reopen), t5 and
        // t6 open → median rank 3 = 20, p90 rank 6 = 1560; first resolution has t3 at 120.
        Map<String, String> full = run.row("support.times", "metric", "full resolution time",
                "clock", "calendar", "channel", "(all)");
        assertEquals("6", full.get("n"));
        assertEquals("2", full.get("open"));
        assertMinutes(20, full.get("median"));
        assertMinutes(1560, full.get("p90"));
        assertMinutes(1440, run.row("support.times", "metric", "first resolution time", "clock",
                "calendar", "channel", "(all)").get("p90"));
        // Handle time of the two calls: 300 + 60 s = 6 min and 240 + 0 s = 4 min, mean 5; with
        // after-call work 6.5 and 5, mean 5.75. No row for channels without calls.
        Map<String, String> handle = run.row("support.times", "metric", "handle time", "clock",
                "calendar", "channel", "phone");
        assertEquals(5.0, Double.parseDouble(handle.get("mean")), EXACT);
        assertMinutes(4, handle.get("median"));
        assertMinutes(6, handle.get("p90"));
        assertEquals(5.75, run.number("support.times", "mean", "metric",
                "handle time with after-call work", "channel", "(all)"), EXACT);
        assertEquals(2, run.table("support.times").stream()
                .filter(r -> r.get("metric").equals("handle time")).count());
    }

    @Test
    void sharesAndSla_matchHandComputedValues() throws IOException {
        Cli.Run run = report(crafted());
        // FCR: six solved (t5, t6 outside); one-touch t1, t4, t7, t8 (t2 two replies, t3
        // reopened) → 4 / 6. Reopen rate: t3 of six ever solved → 1 / 6.
        Map<String, String> fcr = run.row("support.shares", "metric", "first contact resolution",
                "channel", "(all)");
        assertEquals("6", fcr.get("n"));
        assertEquals("2", fcr.get("outside"));
        assertEquals(400.0 / 6, Double.parseDouble(fcr.get("share")), EXACT);
        assertEquals(100.0 / 6, run.number("support.shares", "share", "metric", "reopen rate",
                "channel", "(all)"), EXACT);
        // As of one second after the latest event (t6 opened 2024-05-10T09:00:00Z).
        assertTrue(run.out().contains("parameters,as_of,2024-05-10T09:00:01Z"), run.out());
        // First reply (chat 1h, email 24h, otherwise 8h): met t1, t2, t4, t7, t8; breached t3
        // (90 min on chat) and t5 (26 h on email); t6 open for a second, within its target.
        Map<String, String> reply = run.row("support.sla", "sla", "first reply", "clock",
                "calendar", "channel", "(all)");
        assertEquals(List.of("8", "5", "2", "0", "1", "0"), List.of(reply.get("n"),
                reply.get("met"), reply.get("breached"), reply.get("open_breached"),
                reply.get("open_within_target"), reply.get("no_target")));
        assertEquals(500.0 / 7, Double.parseDouble(reply.get("attainment")), EXACT);
        // Resolution within 72 h: six met; t5 open for 4 days and 1 hour, late; t6 in time.
        Map<String, String> resolution = run.row("support.sla", "sla", "resolution", "clock",
                "calendar", "channel", "(all)");
        assertEquals(List.of("6", "0", "1", "1"), List.of(resolution.get("met"),
                resolution.get("breached"), resolution.get("open_breached"),
                resolution.get("open_within_target")));
        assertEquals(600.0 / 7, Double.parseDouble(resolution.get("attainment")), EXACT);
    }

    @Test
    void byPeriodAndGroup_matchHandComputedValues() throws IOException {
        Cli.Run run = report(crafted(), "--by", "team");
        // April: t1-t4, first response 5, 10, 90, 240 → median 10, p90 240; full resolution
        // 20, 60, 1440, 1560 → median 60; FCR 2 / 4; reopened 1 / 4; SLA 3 of 4 met.
        Map<String, String> april = run.row("support.by_period", "period", "2024-04");
        assertEquals("4", april.get("interactions"));
        assertMinutes(10, april.get("first_response_median"));
        assertMinutes(240, april.get("first_response_p90"));
        assertMinutes(60, april.get("resolution_median"));
        assertEquals(50.0, Double.parseDouble(april.get("fcr")), EXACT);
        assertEquals(25.0, Double.parseDouble(april.get("reopen_rate")), EXACT);
        assertEquals(75.0, Double.parseDouble(april.get("sla")), EXACT);
        // May: first response 0.5, 1, 1560 and t6 open → median 1; SLA: t7, t8 met, t5 late,
        // t6 undecided → 2 / 3.
        Map<String, String> may = run.row("support.by_period", "period", "2024-05");
        assertMinutes(1, may.get("first_response_median"));
        assertEquals(200.0 / 3, Double.parseDouble(may.get("sla")), EXACT);
        // Teams: red t1, t2 and t6 (open); blue t3, t4; the rest without a team.
        Map<String, String> red = run.row("support.by_group", "group", "red");
        assertEquals("3", red.get("interactions"));
        assertMinutes(5, red.get("first_response_median"));
        assertMinutes(90, run.row("support.by_group", "group", "blue")
                .get("first_response_median"));
        assertEquals("3", run.row("support.by_group", "group", "(none)").get("interactions"));
    }

    @Test
    void byColumnMissingOnInteractions_isANoteWhenAnotherInputHasIt() throws IOException {
        Path responses = Cli.write(dir, "r.csv", "customer_id,question,score,answered_at,channel,"
                + "segment", "c1,nps,9,2024-04-02T10:00:00Z,email,smb");
        Cli.Run run = Cli.run("report", "--interactions", crafted().toString(), "--responses",
                responses.toString(), "--by", "segment", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Cli.Run text = Cli.run("report", "--interactions", crafted().toString(), "--responses",
                responses.toString(), "--by", "segment");
        assertTrue(text.out().contains("The interactions have no column 'segment', nor has the"
                + " customers file: no breakdown by segment."), text.out());
        assertFalse(run.out().contains("support.by_group"), run.out());
        assertEquals("1", run.row("survey.by_group", "group", "smb").get("n"));
        Cli.Run alone = Cli.run("report", "--interactions", crafted().toString(), "--by",
                "segment");
        assertEquals(2, alone.exitCode(), alone.out());
        assertTrue(alone.err().startsWith("cxmetrics: " + crafted() + ":1: unknown column"
                + " 'segment' (--by; header: id, customer_id"), alone.err());
        Cli.Run priority = report(crafted(), "--by", "priority");
        assertEquals("5", priority.row("support.by_group", "group", "normal")
                .get("interactions"));
        assertEquals("1", priority.row("support.by_group", "group", "(none)")
                .get("interactions"));
        assertEquals("1", priority.row("support.by_group", "group", "urgent")
                .get("interactions"));
    }

    @Test
    void report_agreesWithLibrary() throws IOException {
        Path file = crafted();
        List<Interaction> interactions = readInteractions(file);
        Cli.Run run = report(file);
        assertAgrees(run, interactions, Instant.parse("2024-05-10T09:00:01Z"));
    }

    /** Asserts the report's support figures equal the library's on the same interactions. */
    static void assertAgrees(Cli.Run run, List<Interaction> interactions, Instant asOf) {
        ElapsedTimeCalculator[] times = {CxMetrics.firstResponseTime(),
            CxMetrics.firstResolutionTime(), CxMetrics.fullResolutionTime()};
        for (ElapsedTimeCalculator time : times) {
            DurationResult all = time.approximate(3).compute(interactions);
            String metric = time.milestone().metricName();
            Map<String, String> row = run.row("support.times", "metric", metric, "clock",
                    "calendar", "channel", "(all)");
            assertEquals(Long.toString(all.count()), row.get("n"), metric);
            assertEquals(Long.toString(all.open()), row.get("open"), metric);
            if (all.isEmpty()) {
                assertEquals("", row.get("median"), metric);
                continue;
            }
            assertEquals(SupportSection.minutes(all.median()),
                    Double.parseDouble(row.get("median")), EXACT, metric);
            assertEquals(SupportSection.minutes(all.p90()), Double.parseDouble(row.get("p90")),
                    EXACT, metric);
            assertEquals(SupportSection.minutes(all.mean()), Double.parseDouble(row.get("mean")),
                    EXACT, metric);
            Map<Channel, DurationResult> byChannel = time.approximate(3)
                    .groupBy(Interaction::channel).compute(interactions);
            byChannel.forEach((channel, r) -> {
                if (!r.isEmpty()) {
                    assertEquals(SupportSection.minutes(r.median()), run.number("support.times",
                            "median", "metric", metric, "clock", "calendar", "channel",
                            channel.name()), EXACT, metric + " " + channel);
                }
            });
        }
        for (ShareResult share : List.of(CxMetrics.firstContactResolution().compute(interactions),
                CxMetrics.reopenRate().compute(interactions))) {
            Map<String, String> row = run.row("support.shares", "metric", share.metric(),
                    "channel", "(all)");
            assertEquals(Long.toString(share.count()), row.get("n"), share.metric());
            assertEquals(Long.toString(share.outside()), row.get("outside"), share.metric());
            if (!share.isEmpty()) {
                assertEquals(share.share(), Double.parseDouble(row.get("share")), EXACT);
            }
        }
        for (SlaOption option : SlaOption.of(List.of())) {
            SlaResult sla = CxMetrics.slaAttainment(option.policy()).asOf(asOf)
                    .compute(interactions);
            Map<String, String> row = run.row("support.sla", "sla", option.label(), "clock",
                    "calendar", "channel", "(all)");
            assertEquals(Long.toString(sla.met()), row.get("met"), option.label());
            assertEquals(Long.toString(sla.openBreached()), row.get("open_breached"));
            assertEquals(Long.toString(sla.openWithinTarget()), row.get("open_within_target"));
            if (sla.decided() > 0) {
                assertEquals(sla.attainment(), Double.parseDouble(row.get("attainment")), EXACT);
            }
            Map<Channel, SlaResult> byChannel = CxMetrics.slaAttainment(option.policy())
                    .asOf(asOf).groupBy(Interaction::channel).compute(interactions);
            byChannel.forEach((channel, r) -> assertEquals(Long.toString(r.breached()), run.row(
                    "support.sla", "sla", option.label(), "clock", "calendar", "channel",
                    channel.name()).get("breached"), option.label() + " " + channel));
        }
        SortedMap<CalendarPeriod, DurationResult> trend = CxMetrics.firstResponseTime()
                .approximate(3).byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC).compute(interactions);
        trend.forEach((period, r) -> {
            Map<String, String> row = run.row("support.by_period", "period", period.toString());
            assertEquals(Long.toString(r.count() + r.open()), row.get("interactions"));
            if (!r.isEmpty()) {
                assertEquals(SupportSection.minutes(r.median()),
                        Double.parseDouble(row.get("first_response_median")), EXACT);
            }
        });
    }

    /**
     * Three contacts around a weekend, office hours Monday to Friday 09:00-18:00 UTC: b1 from
     * Friday 17:30 to Monday 09:30 (3840 minutes, 60 in business time), b2 on Monday 08:00 to
     * 12:00 (240, 180), b3 on Saturday (30, 0).
     */
    private Path weekend() throws IOException {
        return Cli.write(dir, "weekend.csv", HEADER,
                "b1,c1,email,,,2024-04-05T17:30:00Z,2024-04-08T09:30:00Z,2024-04-08T10:00:00Z,"
                        + "2024-04-08T10:00:00Z,0,1,,,,",
                "b2,c2,email,,,2024-04-08T08:00:00Z,2024-04-08T12:00:00Z,2024-04-09T10:00:00Z,"
                        + "2024-04-09T10:00:00Z,0,1,,,,",
                "b3,c3,chat,,,2024-04-06T12:00:00Z,2024-04-06T12:30:00Z,2024-04-06T13:00:00Z,"
                        + "2024-04-06T13:00:00Z,0,1,,,,");
    }

    @Test
    void calendar_measuresBusinessTime() throws IOException {
        Path file = weekend();
        Cli.Run run = report(file, "--calendar", "mon-fri 09:00-18:00");
        // Calendar time: 30, 240, 3840 → median 240; business time: 0, 60, 180 → median 60.
        assertMinutes(240, run.row("support.times", "metric", "first response time", "clock",
                "calendar", "channel", "(all)").get("median"));
        Map<String, String> business = run.row("support.times", "metric", "first response time",
                "clock", "business", "channel", "(all)");
        assertMinutes(60, business.get("median"));
        assertMinutes(180, business.get("p90"));
        assertEquals(80.0, Double.parseDouble(business.get("mean")), EXACT);
        // Full resolution in business time: b1 30 + 60, b2 540 + 60, b3 0 → mean 230.
        assertEquals(230.0, run.number("support.times", "mean", "metric", "full resolution time",
                "clock", "business", "channel", "(all)"), EXACT);
        // First reply within 24 h on email: b1 breached in calendar time, met in business time.
        assertEquals(200.0 / 3, run.number("support.sla", "attainment", "sla", "first reply",
                "clock", "calendar", "channel", "(all)"), EXACT);
        assertEquals(100.0, run.number("support.sla", "attainment", "sla", "first reply",
                "clock", "business", "channel", "(all)"), EXACT);
        // The period table is in business time with a calendar.
        assertMinutes(60, run.row("support.by_period", "period", "2024-04")
                .get("first_response_median"));
        Cli.Run text = Cli.run("report", "--interactions", file.toString(), "--calendar",
                "mon-fri 09:00-18:00");
        assertTrue(text.out().contains("\nBy month (UTC), business time\n"), text.out());
        assertTrue(text.out().contains("\nBusiness time counts only the hours of --calendar"
                + " (mon-fri 09:00-18:00; zone UTC).\n"), text.out());

        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        List<Interaction> interactions = readInteractions(file);
        DurationResult library = CxMetrics.firstResponseTime().inBusinessTime(office)
                .approximate(3).compute(interactions);
        assertEquals(SupportSection.minutes(library.median()), Double.parseDouble(
                business.get("median")), EXACT);
        SlaResult sla = CxMetrics.slaAttainment(SlaOption.of(List.of()).get(1).policy())
                .inBusinessTime(office).asOf(Instant.parse("2024-04-09T10:00:01Z"))
                .compute(interactions);
        assertEquals(sla.attainment(), run.number("support.sla", "attainment", "sla",
                "resolution", "clock", "business", "channel", "(all)"), EXACT);
    }

    @Test
    void calendarWithHoliday_leavesItOut() throws IOException {
        Cli.Run run = report(weekend(), "--calendar", "mon-fri 09:00-18:00; holidays 2024-04-08");
        // With Monday a holiday, b1 waited 30 business minutes (Friday) and b2 none.
        Map<String, String> b = run.row("support.times", "metric", "first response time",
                "clock", "business", "channel", "email");
        assertEquals(15.0, Double.parseDouble(b.get("mean")), EXACT);
    }

    @Test
    void slaOption_setsThePolicies() throws IOException {
        Cli.Run run = report(crafted(), "--sla", "first-reply:chat=15m,*/urgent=2h,default=1d");
        // Chat 15 min: t1, t2 met; t3 is urgent, so 2 h applies: met; email and phone 24 h:
        // t4, t7, t8 met; t5 (26 h) breached; t6 in time.
        Map<String, String> reply = run.row("support.sla", "sla", "first reply", "clock",
                "calendar", "channel", "(all)");
        assertEquals("6", reply.get("met"));
        assertEquals("1", reply.get("breached"));
        assertEquals(1, run.table("support.sla").stream()
                .filter(r -> r.get("channel").equals("(all)")).count());
        assertEquals("first-reply:chat=15m,*/urgent=2h,default=24h",
                run.row("parameters", "parameter", "sla").get("value"));
    }

    @Test
    void to_judgesOpenContactsThen() throws IOException {
        // As of 2024-05-07: t5 (opened 6 May 08:00, answered 7 May 10:00) is still open and
        // 16 hours old, within 24 h; t6 (10 May) is outside the window.
        Cli.Run run = report(crafted(), "--to", "2024-05-07T00:00:00Z");
        assertTrue(run.out().contains("parameters,as_of,2024-05-07T00:00:00Z"), run.out());
        Map<String, String> reply = run.row("support.sla", "sla", "first reply", "clock",
                "calendar", "channel", "email");
        assertEquals("1", reply.get("met"));
        assertEquals("0", reply.get("breached"));
        assertEquals("1", reply.get("open_within_target"));
        assertEquals("1", run.row("input.files", "input", "interactions").get("outside_window"));
        // Durations do not depend on the as-of instant: t5's reply counts.
        assertEquals("2", run.row("support.times", "metric", "first response time", "clock",
                "calendar", "channel", "email").get("n"));
    }

    @Test
    void sample_agreesWithLibrary() throws IOException {
        Cli.Run run = Cli.run("report", "--sample", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<Interaction> interactions = readInteractions(
                Path.of("..", "docs", "examples", "interactions.csv"));
        Instant asOf = Instant.parse(run.row("parameters", "parameter", "as_of").get("value"));
        assertAgrees(run, interactions, asOf);
    }

    /** A reference reader of the simple interaction files of these tests: no quotes, UTC. */
    static List<Interaction> readInteractions(Path file) throws IOException {
        return ReferenceCsv.read(file, f -> {
            Interaction.Builder b = Interaction.builder(f.get("id"), f.get("customer_id"),
                    Channel.of(f.get("channel")), Instant.parse(f.get("opened_at")));
            b.agent(f.orNull("agent_id"));
            b.priority(f.orNull("priority"));
            b.firstReplyAt(time(f.get("first_reply_at")));
            b.firstSolvedAt(time(f.get("first_solved_at")));
            b.lastSolvedAt(time(f.get("last_solved_at")));
            String reopens = f.get("reopens");
            b.reopens(reopens.isEmpty() ? 0 : Integer.parseInt(reopens));
            String replies = f.get("public_replies");
            if (!replies.isEmpty()) {
                b.publicReplies(Integer.parseInt(replies));
            }
            b.talkTime(seconds(f.get("talk_seconds")));
            b.holdTime(seconds(f.get("hold_seconds")));
            b.afterCallWork(seconds(f.get("acw_seconds")));
            return b.build();
        });
    }

    private static Instant time(String cell) {
        return cell.isEmpty() ? null : Instant.parse(cell);
    }

    private static Duration seconds(String cell) {
        return cell.isEmpty() ? null : Duration.ofSeconds(Long.parseLong(cell));
    }
}
