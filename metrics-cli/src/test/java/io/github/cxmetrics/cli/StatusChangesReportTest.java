package io.github.cxmetrics.cli;

import static io.github.cxmetrics.cli.SupportReportTest.assertMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cxmetrics report --status-changes} on a crafted audit export and checks the times
 * in statuses of the support section against hand-computed values.
 */
class StatusChangesReportTest {

    private static final double EXACT = 1e-6;

    private static final String HEADER = "id,customer_id,channel,opened_at,first_reply_at,"
            + "first_solved_at,last_solved_at,reopens";

    @TempDir
    Path dir;

    /**
     * Four tickets. t1 (chat): opened Friday 2024-04-05 16:00 (new), open 16:30, pending 17:00,
     * open Monday 09:00, solved 10:00. t2 (email): opened Monday 2024-04-08 09:00, open 09:10,
     * on hold 10:00, open 12:00, solved 13:00. t3 (chat): no changes. t4 (email): opened Tuesday
     * 09:00, open 09:30, pending 10:00, never solved.
     */
    private Path interactions() throws IOException {
        return Cli.write(dir, "interactions.csv", HEADER,
                "t1,c1,chat,2024-04-05T16:00:00Z,2024-04-05T16:30:00Z,2024-04-08T10:00:00Z,"
                        + "2024-04-08T10:00:00Z,0",
                "t2,c2,email,2024-04-08T09:00:00Z,2024-04-08T09:10:00Z,2024-04-08T13:00:00Z,"
                        + "2024-04-08T13:00:00Z,0",
                "t3,c3,chat,2024-04-08T11:00:00Z,2024-04-08T11:05:00Z,2024-04-08T11:30:00Z,"
                        + "2024-04-08T11:30:00Z,0",
                "t4,c4,email,2024-04-09T09:00:00Z,2024-04-09T09:30:00Z,,,0");
    }

    /** The changes in no order, with statuses in a help desk's spelling, and one unknown id. */
    private Path changes() throws IOException {
        return Cli.write(dir, "audit.csv", "interaction_id,at,status",
                "t2,2024-04-08T10:00:00Z,On hold",
                "t1,2024-04-05T17:00:00Z,pending",
                "t1,2024-04-05T16:30:00Z,OPEN",
                "t2,2024-04-08T09:10:00Z,Open",
                "t4,2024-04-09T09:30:00Z,open",
                "t1,2024-04-08T10:00:00Z,Solved",
                "t2,2024-04-08T12:00:00Z,open",
                "t9,2024-04-08T12:00:00Z,open",
                "t1,2024-04-08T09:00:00Z,open",
                "t2,2024-04-08T13:00:00Z,solved",
                "t4,2024-04-09T10:00:00Z,pending");
    }

    private static Cli.Run report(Path interactions, Path changes, String... options) {
        List<String> args = new ArrayList<>(List.of("report", "--interactions",
                interactions.toString(), "--status-changes", changes.toString(), "--format",
                "csv"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Map<String, String> row(Cli.Run run, String metric, String clock,
            String channel) {
        return run.row("support.status_times", "metric", metric, "clock", clock, "channel",
                channel);
    }

    @Test
    void statusTimes_matchHandComputedValues() throws IOException {
        Cli.Run run = report(interactions(), changes());
        assertEquals(0, run.exitCode(), run.err());
        // Requester wait (new + open + on-hold): t1 30 + 30 + 60 = 120; t2 10 + 50 + 120 + 60
        // = 240; t4 open (not solved, not measured without --to); t3 has no changes.
        Map<String, String> wait = row(run, "requester wait time", "calendar", "(all)");
        assertEquals(List.of("2", "1"), List.of(wait.get("n"), wait.get("open")));
        assertEquals(180.0, Double.parseDouble(wait.get("mean")), EXACT);
        assertMinutes(120, wait.get("median"));
        assertMinutes(240, wait.get("p90"));
        assertMinutes(240, wait.get("p95"));
        // Agent wait (pending): t1 Friday 17:00 to Monday 09:00 = 64 h = 3840; t2 0.
        Map<String, String> agentWait = row(run, "agent wait time", "calendar", "(all)");
        assertEquals("2", agentWait.get("n"));
        assertEquals(1920.0, Double.parseDouble(agentWait.get("mean")), EXACT);
        assertMinutes(3840, agentWait.get("p90"));
        // On hold: t1 0, t2 120; agent work (new + open): t1 120, t2 120.
        assertEquals(60.0, run.number("support.status_times", "mean", "metric", "on-hold time",
                "channel", "(all)"), EXACT);
        assertEquals(120.0, run.number("support.status_times", "mean", "metric",
                "agent work time", "channel", "(all)"), EXACT);
        // By channel: chat has t1 only (t3 left out), email t2 and the open t4.
        Map<String, String> chat = row(run, "requester wait time", "calendar", "chat");
        assertEquals(List.of("1", "0"), List.of(chat.get("n"), chat.get("open")));
        assertEquals(120.0, Double.parseDouble(chat.get("mean")), EXACT);
        Map<String, String> email = row(run, "requester wait time", "calendar", "email");
        assertEquals(List.of("1", "1"), List.of(email.get("n"), email.get("open")));
        // The notes (text output): t3 left out, t9 unknown.
        Cli.Run text = Cli.run("report", "--interactions", interactions().toString(),
                "--status-changes", changes().toString());
        assertTrue(text.out().contains("1 of 4 interactions have no status changes in "
                + dir.resolve("audit.csv") + ": they are left out of the times in statuses."),
                text.out());
        assertTrue(text.out().contains("Warning: 1 of 4 interaction ids of "
                + dir.resolve("audit.csv") + " are not in the interactions read (another file,"
                + " or outside the window)."), text.out());
        // The status file is listed with the other inputs, all 11 rows used.
        Map<String, String> file = run.row("input.files", "input", "status_changes");
        assertEquals(List.of("11", "11", "0"), List.of(file.get("rows"), file.get("used"),
                file.get("skipped")));
    }

    @Test
    void statusTimes_inBusinessTime() throws IOException {
        Cli.Run run = report(interactions(), changes(), "--calendar", "mon-fri 09:00-18:00");
        assertEquals(0, run.exitCode(), run.err());
        // t1's agent wait counts Friday 17:00-18:00 only: 60; t2's 0. Its requester wait, Friday
        // 16:00-17:00 and Monday 09:00-10:00, is 120 in business time too; t2's 240.
        Map<String, String> agentWait = row(run, "agent wait time", "business", "(all)");
        assertEquals(30.0, Double.parseDouble(agentWait.get("mean")), EXACT);
        assertMinutes(60, agentWait.get("p90"));
        assertEquals(180.0, Double.parseDouble(
                row(run, "requester wait time", "business", "(all)").get("mean")), EXACT);
        assertEquals(1920.0, Double.parseDouble(
                row(run, "agent wait time", "calendar", "(all)").get("mean")), EXACT);
    }

    @Test
    void withTo_openInteractionsAreMeasuredUpToIt() throws IOException {
        Cli.Run run = report(interactions(), changes(), "--to", "2024-04-09T12:00:00Z");
        assertEquals(0, run.exitCode(), run.err());
        // t4 pending since 10:00: agent wait 120 up to --to; requester wait 30 (new) + 30 (open).
        Map<String, String> agentWait = row(run, "agent wait time", "calendar", "email");
        assertEquals(List.of("2", "1"), List.of(agentWait.get("n"), agentWait.get("open")));
        assertEquals(60.0, Double.parseDouble(agentWait.get("mean")), EXACT);
        assertEquals(150.0, Double.parseDouble(
                row(run, "requester wait time", "calendar", "email").get("mean")), EXACT);
    }

    @Test
    void calendarPerTeam_fromAColumn() throws IOException {
        Path teams = Cli.write(dir, "teams.csv", HEADER + ",team",
                "t1,c1,chat,2024-04-05T16:00:00Z,2024-04-05T16:30:00Z,2024-04-08T10:00:00Z,"
                        + "2024-04-08T10:00:00Z,0,eu",
                "t2,c2,email,2024-04-08T09:00:00Z,2024-04-08T09:10:00Z,2024-04-08T13:00:00Z,"
                        + "2024-04-08T13:00:00Z,0,us",
                "t4,c4,email,2024-04-09T09:00:00Z,2024-04-09T09:30:00Z,,,0,");
        Cli.Run run = report(teams, changes(), "--calendar-column", "team", "--calendar",
                "eu=mon-fri 09:00-18:00", "--calendar", "mon-fri 09:00-11:00", "--to",
                "2024-04-10T00:00:00Z");
        assertEquals(0, run.exitCode(), run.err());
        // t1 (eu, 09:00-18:00): agent wait Friday 17:00-18:00 = 60. t2 (us, the default
        // 09:00-11:00): on hold 10:00-12:00 counts 60; pending 0. t4 (no team: the default),
        // pending from Tuesday 10:00 up to --to: 60 of business time, 840 of calendar time.
        assertEquals(60.0, Double.parseDouble(
                row(run, "agent wait time", "business", "chat").get("mean")), EXACT);
        assertEquals(30.0, Double.parseDouble(
                row(run, "agent wait time", "business", "email").get("mean")), EXACT);
        assertEquals(420.0, Double.parseDouble(
                row(run, "agent wait time", "calendar", "email").get("mean")), EXACT);
        assertEquals(30.0, Double.parseDouble(
                row(run, "on-hold time", "business", "email").get("mean")), EXACT);
        assertTrue(run.out().contains("parameters,calendar,team: eu=mon-fri 09:00-18:00; zone UTC"
                + " | default=mon-fri 09:00-11:00; zone UTC\n"), run.out());
    }

    @Test
    void calendarColumnWithoutTo_isAUsageError() throws IOException {
        Cli.Run run = report(interactions(), changes(), "--calendar-column", "team",
                "--calendar", "eu=mon-fri 09:00-18:00", "--calendar", "24/7");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cxmetrics: --calendar-column needs --to: without it the"
                + " SLA of open contacts is judged at the end in one calendar\n"), run.err());
    }

    @Test
    void unknownStatus_isRefusedWithItsLine() throws IOException {
        Path changes = Cli.write(dir, "audit.csv", "interaction_id,at,status",
                "t1,2024-04-05T16:30:00Z,open", "t1,2024-04-05T17:00:00Z,waiting on vendor");
        Cli.Run run = report(interactions(), changes);
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + changes + ":3: status must be one of new, open, pending,"
                + " on-hold, solved, closed (waiting on vendor)\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownStatus_lenient_isSkippedAndCounted() throws IOException {
        Path changes = Cli.write(dir, "audit.csv", "interaction_id,at,status",
                "t1,2024-04-05T16:30:00Z,open", "t1,2024-04-05T17:00:00Z,waiting on vendor",
                "t1,2024-04-08T10:00:00Z,solved");
        Cli.Run run = report(interactions(), changes, "--lenient");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> file = run.row("input.files", "input", "status_changes");
        assertEquals(List.of("3", "2", "1"), List.of(file.get("rows"), file.get("used"),
                file.get("skipped")));
        assertEquals("1", run.row("input.skipped", "reason", "unknown status").get("rows"));
        // t1 without its pending change: new 30 + open from 16:30 to Monday 10:00 (65.5 h).
        assertEquals(30 + 65.5 * 60, run.number("support.status_times", "mean", "metric",
                "requester wait time", "clock", "calendar", "channel", "chat"), EXACT);
    }

    @Test
    void changesThatDisagreeWithTheRow_areRefusedWithTheInteractionsLine() throws IOException {
        Path changes = Cli.write(dir, "audit.csv", "interaction_id,at,status",
                "t1,2024-04-05T16:30:00Z,open", "t1,2024-04-08T11:00:00Z,solved");
        Cli.Run run = report(interactions(), changes);
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + dir.resolve("interactions.csv") + ":2: its status changes in "
                + changes + " disagree: first_solved_at must be the first solve of the status"
                + " changes: first_solved_at 2024-04-08T10:00:00Z, first solve"
                + " 2024-04-08T11:00:00Z (interaction t1)\n", run.err());
    }

    @Test
    void statusChangesWithoutInteractions_isAUsageError() throws IOException {
        Cli.Run run = Cli.run("report", "--status-changes", changes().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cxmetrics: --status-changes needs --interactions\n"),
                run.err());
    }
}
