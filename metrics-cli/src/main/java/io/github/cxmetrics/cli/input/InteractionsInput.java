package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interactions file: one row per support contact,
 * {@code id,customer_id,channel,opened_at} with the optional agent, priority, event times,
 * counts and call durations, and any attribute columns (a help desk's status and group). The
 * library's {@link Interaction} validates the timeline; a contact whose events are out of order
 * is an invalid record with its line, its message naming the file's columns. An empty
 * {@code reopens} is 0, an empty {@code public_replies} is 1 with a first reply and 0 without;
 * priorities are compared regardless of case (kept in lower case, as channels).
 *
 * <p>Help-desk exports that lack some times are read as they come:
 *
 * <ul>
 *   <li>{@code solved_at}, one solve column (Zendesk's {@code Solved at}): the last solve, and
 *       the first one too when the contact was never reopened;
 *   <li>durations in minutes from the request ({@code first_reply_minutes},
 *       {@code first_resolution_minutes}, {@code full_resolution_minutes}; Zendesk's
 *       {@code First reply time in minutes}…) place an event whose time column is absent or
 *       empty: {@code first_reply_at = opened_at + first_reply_minutes};
 *   <li>the same in business time ({@code ..._business_minutes}; Zendesk's {@code ... within
 *       business hours}) are kept on the {@link Contact} for the report's business time when it
 *       has no {@code --calendar}.
 * </ul>
 *
 * <p>When a contact was never reopened its first and last solve are one event: a file with a
 * column for one of them only gives both.
 */
public final class InteractionsInput implements Input<Contact> {

    /** The input of a report without {@code --status-changes}. */
    public static final InteractionsInput INSTANCE = new InteractionsInput(null);

    /** The longest duration in minutes a file may give: {@link Row#MAX_SECONDS}. */
    static final double MAX_MINUTES = Row.MAX_SECONDS / 60.0;

    /** The library's field names in its messages, and the documented columns they come from. */
    private static final Map<String, String> FIELDS = fields();
    private static final Pattern FIELD = Pattern.compile(
            "\\b(openedAt|firstReplyAt|firstSolvedAt|lastSolvedAt|publicReplies|talkTime|holdTime"
                    + "|afterCallWork)\\b( null\\b)?");

    /** The status changes attached to the interactions by id, or null. */
    private final StatusBook statusChanges;
    private final String statusFile;

    private InteractionsInput(StatusBook statusChanges) {
        this(statusChanges, null);
    }

    private InteractionsInput(StatusBook statusChanges, String statusFile) {
        this.statusChanges = statusChanges;
        this.statusFile = statusFile;
    }

    /**
     * Returns the input that gives each interaction its status changes from {@code book}, filled
     * from the file named {@code file} before the interactions are read; an interaction whose
     * changes disagree with its row (a solve at another time) is an invalid record.
     */
    public static InteractionsInput withStatusChanges(StatusBook book, String file) {
        return new InteractionsInput(book, file);
    }

    /** Returns the status changes attached to the interactions, or null. */
    public StatusBook statusChanges() {
        return statusChanges;
    }

    @Override
    public InputKind kind() {
        return InputKind.INTERACTIONS;
    }

    @Override
    public RowParser<Contact> parser(Header header) {
        boolean firstColumn = hasFirstSolve(header);
        boolean lastColumn = hasLastSolve(header);
        Map<String, String> names = columnNames(header);
        return row -> {
            String id = row.text("id");
            String customer = row.text("customer_id");
            Channel channel = Channel.of(row.label("channel"));
            Instant opened = row.instant("opened_at");
            Interaction.Builder b = Interaction.builder(id, customer, channel, opened)
                    .agent(row.optionalLabel("agent_id"))
                    .priority(priority(row.optionalLabel("priority")));
            Instant reply = event(row, "first_reply_at", "first_reply_minutes", opened);
            Instant first = event(row, "first_solved_at", "first_resolution_minutes", opened);
            Instant last = row.optionalInstant("last_solved_at");
            if (last == null) {
                last = event(row, "solved_at", "full_resolution_minutes", opened);
            }
            int reopens = Math.max(row.optionalCount("reopens"), 0);
            if (reopens == 0 && first == null && !firstColumn) {
                first = last;
            } else if (reopens == 0 && last == null && !lastColumn) {
                last = first;
            } else if (reopens > 0 && first == null && last != null && !firstColumn) {
                throw new RowException(Reason.MISSING_VALUE, "a reopened interaction needs its"
                        + " first solve: the file has no first_solved_at or"
                        + " first_resolution_minutes column (reopens " + reopens + ")", null);
            }
            b.firstReplyAt(reply).firstSolvedAt(first).lastSolvedAt(last).reopens(reopens)
                    .talkTime(row.optionalSeconds("talk_seconds"))
                    .holdTime(row.optionalSeconds("hold_seconds"))
                    .afterCallWork(row.optionalSeconds("acw_seconds"))
                    .attributes(row.attributes());
            int replies = row.optionalCount("public_replies");
            if (replies >= 0) {
                b.publicReplies(replies);
            }
            Duration replyBusiness = minutes(row, "first_reply_business_minutes");
            Duration firstBusiness = minutes(row, "first_resolution_business_minutes");
            Duration fullBusiness = minutes(row, "full_resolution_business_minutes");
            Interaction interaction;
            try {
                interaction = b.build();
            } catch (IllegalArgumentException e) {
                throw new RowException(Reason.INVALID, inColumns(e.getMessage(), names), null);
            }
            if (statusChanges != null) {
                List<StatusChange> changes = statusChanges.take(id);
                if (!changes.isEmpty()) {
                    try {
                        interaction = interaction.withStatusChanges(changes);
                    } catch (IllegalArgumentException e) {
                        throw new RowException(Reason.INVALID, "its status changes in "
                                + statusFile + " disagree: " + inColumns(e.getMessage(), names),
                                null);
                    }
                }
            }
            return new Contact(interaction, replyBusiness, firstBusiness, fullBusiness);
        };
    }

    /**
     * Returns the time of an event: its time column, or else the request's time plus the
     * duration in minutes of {@code minutesColumn}; null when neither is given.
     */
    private static Instant event(Row row, String timeColumn, String minutesColumn,
            Instant opened) {
        Instant at = row.optionalInstant(timeColumn);
        if (at != null) {
            return at;
        }
        Duration after = minutes(row, minutesColumn);
        return after == null ? null : opened.plus(after);
    }

    /**
     * Returns the duration of a column in minutes, a decimal number {@code >= 0} of at most
     * {@link #MAX_MINUTES}, rounded to the millisecond; null when the cell is empty or absent.
     */
    static Duration minutes(Row row, String column) {
        double minutes = row.optionalNonNegativeDouble(column, -1);
        if (minutes < 0) {
            return null;
        }
        if (minutes > MAX_MINUTES) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be <= "
                    + (long) MAX_MINUTES + " minutes", row.cell(column));
        }
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    private static String priority(String priority) {
        return priority == null ? null : priority.toLowerCase(Locale.ROOT);
    }

    /** Returns whether a file has a column that gives the first solve. */
    private static boolean hasFirstSolve(Header header) {
        return header.has("first_solved_at") || header.has("first_resolution_minutes");
    }

    /** Returns whether a file has a column that gives the last solve. */
    private static boolean hasLastSolve(Header header) {
        return header.has("last_solved_at") || header.has("solved_at")
                || header.has("full_resolution_minutes");
    }

    /** Returns the column each of the library's fields is read from, as the file names it. */
    private static Map<String, String> columnNames(Header header) {
        Map<String, String> names = new LinkedHashMap<>();
        FIELDS.forEach((field, column) -> {
            String name = column;
            if (header.has(column)) {
                name = header.nameOf(column);
            } else if (column.equals("last_solved_at") && header.has("solved_at")) {
                name = header.nameOf("solved_at");
            } else {
                String minutes = switch (column) {
                    case "first_reply_at" -> "first_reply_minutes";
                    case "first_solved_at" -> "first_resolution_minutes";
                    case "last_solved_at" -> "full_resolution_minutes";
                    default -> null;
                };
                if (minutes != null && header.has(minutes)) {
                    name = column + " (from " + header.nameOf(minutes) + ")";
                }
            }
            names.put(field, name);
        });
        // Without a column of its own, a never-reopened contact's first (or last) solve is the
        // other one: name the column it was read from.
        boolean firstColumn = hasFirstSolve(header);
        boolean lastColumn = hasLastSolve(header);
        if (!firstColumn && lastColumn) {
            names.put("firstSolvedAt", names.get("lastSolvedAt"));
        } else if (firstColumn && !lastColumn) {
            names.put("lastSolvedAt", names.get("firstSolvedAt"));
        }
        return names;
    }

    /**
     * Returns a message of the library's {@link Interaction} with its field names replaced by
     * the columns of the file ({@code last_solved_at}, not {@code lastSolvedAt}), and an absent
     * time said to be empty, not {@code null}.
     */
    static String inColumns(String message, Map<String, String> names) {
        Matcher m = FIELD.matcher(message);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String column = names.getOrDefault(m.group(1), FIELDS.get(m.group(1)));
            m.appendReplacement(s, Matcher.quoteReplacement(column
                    + (m.group(2) == null ? "" : " empty")));
        }
        return m.appendTail(s).toString();
    }

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("openedAt", "opened_at");
        f.put("firstReplyAt", "first_reply_at");
        f.put("firstSolvedAt", "first_solved_at");
        f.put("lastSolvedAt", "last_solved_at");
        f.put("publicReplies", "public_replies");
        f.put("talkTime", "talk_seconds");
        f.put("holdTime", "hold_seconds");
        f.put("afterCallWork", "acw_seconds");
        return Map.copyOf(f);
    }

    @Override
    public Instant timeOf(Contact contact) {
        return contact.interaction().openedAt();
    }

    /** Returns the latest of the request, the first reply and the solves. */
    @Override
    public Instant latestOf(Contact contact) {
        Interaction i = contact.interaction();
        return later(later(later(i.openedAt(), i.firstReplyAt()), i.firstSolvedAt()),
                i.lastSolvedAt());
    }

    /** Returns the later of a time and an optional one. */
    static Instant later(Instant time, Instant optional) {
        return optional != null && optional.isAfter(time) ? optional : time;
    }

    @Override
    public String toString() {
        return "interactions";
    }
}
