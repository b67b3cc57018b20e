package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responses file, in the three shapes survey tools export:
 *
 * <ul>
 *   <li><b>one row per answer</b>: {@code customer_id,question,score,answered_at,channel} with an
 *       optional {@code weight} and any attribute columns;
 *   <li><b>one question</b> (Delighted, in-app widgets): a {@code score} column and no
 *       {@code question} column; every score answers the question of
 *       {@code --single-question};
 *   <li><b>wide</b> (one row per respondent): neither {@code question} nor {@code score}, but a
 *       column per question, headed by the question's id or text; a column is a question when its
 *       header is a question of the report ({@link Questions#known}), every other column an
 *       attribute.
 * </ul>
 *
 * <p>In the second and third shapes {@code channel} is optional (without it the channel is
 * {@code (none)}). Scores are read by {@link ScoreLabels}: an empty or {@code N/A} cell is a
 * question shown but not answered. A score outside the scale of the metric its question feeds
 * is rejected here, with its line, rather than by the calculator. Question ids match the
 * report's regardless of case, and take the report's spelling.
 */
public final class ResponsesInput implements Input<Response> {

    /** The channel of the responses of a file without a channel column. */
    public static final String NO_CHANNEL = "(none)";

    /** The questions a report reads: their ids, regardless of case, and their scales. */
    public interface Questions {
        /**
         * Returns the report's id of a question matched regardless of case (the id as the
         * report spells it), or null when the question feeds nothing.
         */
        String known(String question);

        /** Returns the scale of a question returned by {@link #known}. */
        ScoreScale scaleOf(String knownQuestion);

        /** Returns the questions of a map of question ids to their scales. */
        static Questions of(Map<String, ScoreScale> scales) {
            Map<String, String> byFolded = new java.util.HashMap<>();
            scales.keySet().forEach(q -> byFolded.put(fold(q), q));
            return new Questions() {
                @Override
                public String known(String question) {
                    return byFolded.get(fold(question));
                }

                @Override
                public ScoreScale scaleOf(String knownQuestion) {
                    return scales.get(knownQuestion);
                }
            };
        }

        /** Returns a question id as compared: stripped, in lower case. */
        static String fold(String question) {
            return question.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String by;
    private final Questions questions;
    private final ResponsesOptions options;
    private final boolean attributes;

    /**
     * Creates the input, whose responses carry the file's attribute columns.
     *
     * @param by the {@code --by} column: {@code channel} or an attribute column
     * @param questions the questions of the report and their scales
     * @param options the labels of scores and the question of a file of one question
     */
    public ResponsesInput(String by, Questions questions, ResponsesOptions options) {
        this(by, questions, options, true);
    }

    /**
     * Creates the input.
     *
     * @param by the {@code --by} column: {@code channel} or an attribute column
     * @param questions the questions of the report and their scales
     * @param options the labels of scores and the question of a file of one question
     * @param attributes whether the responses carry the file's attribute columns; without them
     *     (when no consumer reads them) a response costs less to make
     */
    public ResponsesInput(String by, Questions questions, ResponsesOptions options,
            boolean attributes) {
        this.by = by;
        this.questions = questions;
        this.options = options;
        this.attributes = attributes;
    }

    @Override
    public InputKind kind() {
        return InputKind.RESPONSES;
    }

    @Override
    public RowParser<Response> parser(Header header) {
        if (!by.equals("channel") && header.has(by)) {
            throw InputException.at(header.file(), 1, "--by takes channel or an attribute"
                    + " column, not '" + by + "'");
        }
        if (header.has("question")) {
            if (options.singleQuestion() != null) {
                throw InputException.at(header.file(), 1, "the file has a question column:"
                        + " --single-question is for a file without one");
            }
            require(header, "score", "");
            require(header, "channel", "");
            Lookup lookup = new Lookup();
            int scoreColumn = header.index("score");
            return row -> {
                String customer = row.text("customer_id");
                String question = lookup.reportId(row.label("question"));
                int score = score(row, lookup, question, scoreColumn);
                Instant at = row.instant("answered_at");
                Channel channel = lookup.channel(row.label("channel"));
                return response(customer, question, score, at, channel,
                        row.optionalNonNegativeDouble("weight", 1.0), attributes(row));
            };
        }
        if (header.has("score")) {
            if (options.singleQuestion() == null) {
                throw header.missing("question", "; a file of one question needs"
                        + " --single-question ID");
            }
            Lookup lookup = new Lookup();
            String question = lookup.reportId(options.singleQuestion());
            int scoreColumn = header.index("score");
            return row -> {
                String customer = row.text("customer_id");
                int score = score(row, lookup, question, scoreColumn);
                Instant at = row.instant("answered_at");
                return response(customer, question, score, at, channel(row, lookup),
                        row.optionalNonNegativeDouble("weight", 1.0), attributes(row));
            };
        }
        List<String> names = header.attributeNames();
        List<Integer> columns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String known = questions.known(names.get(i));
            if (known != null) {
                columns.add(header.attributeIndexes()[i]);
                ids.add(known);
            }
        }
        if (columns.isEmpty()) {
            throw header.missing("question", "; a file of one row per answer needs question and"
                    + " score, one of one question score and --single-question, a file of one row"
                    + " per respondent a column named by a question of the report (nps, csat, csi,"
                    + " ces, cli_..., or one given by --question)");
        }
        Header.Attributes others = header.attributesExcept(columns);
        return new WideRows(columns, ids, others);
    }

    /** Returns the attributes of a row's response: its attribute columns, or none. */
    private Map<String, String> attributes(Row row) {
        return attributes ? row.attributes() : Map.of();
    }

    private static void require(Header header, String column, String why) {
        if (!header.has(column)) {
            throw header.missing(column, why);
        }
    }

    /** The parser of a file of one row per respondent: a response per question column. */
    private final class WideRows implements WideRowParser<Response> {
        private final int[] columns;
        private final String[] ids;
        private final Header.Attributes others;
        private final Lookup lookup = new Lookup();

        WideRows(List<Integer> columns, List<String> ids, Header.Attributes others) {
            this.columns = columns.stream().mapToInt(Integer::intValue).toArray();
            this.ids = ids.toArray(String[]::new);
            this.others = others;
        }

        @Override
        public List<Response> parseAll(Row row) {
            String customer = row.text("customer_id");
            Instant at = row.instant("answered_at");
            Channel channel = channel(row, lookup);
            double weight = row.optionalNonNegativeDouble("weight", 1.0);
            Map<String, String> attributes =
                    ResponsesInput.this.attributes ? others.of(row) : Map.of();
            List<Response> responses = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) {
                int score = score(row, lookup, ids[i], columns[i]);
                responses.add(response(customer, ids[i], score, at, channel, weight,
                        attributes));
            }
            return responses;
        }
    }

    private static Response response(String customer, String question, int score, Instant at,
            Channel channel, double weight, Map<String, String> attributes) {
        try {
            return new Response(customer, question, score, at, channel, weight, attributes);
        } catch (IllegalArgumentException e) {
            // The ids and the time are checked above: the library's bounds of a weight.
            throw new RowException(Reason.BAD_NUMBER, e.getMessage(), null);
        }
    }

    /**
     * Reads the score cell (at {@code column}) of a question, and checks it against the
     * question's scale. A cell of plain digits is read from its bytes; any other by
     * {@link ScoreLabels}, which reads digits alike.
     */
    private int score(Row row, Lookup lookup, String question, int column) {
        ScoreScale scale = lookup.scaleOf(question);
        int score = row.plainIntegerAt(column);
        if (score == Row.NOT_PLAIN_INTEGER) {
            score = options.labels().read(row.cellAt(column), scale, row.decimalComma());
        }
        if (score != Response.NO_SCORE && scale != null && !scale.contains(score)) {
            throw outOfScale(scale, score, question, row.cellAt(column));
        }
        return score;
    }

    /**
     * The report's id and scale of each question id met in a file, and the channel of each
     * channel name, found once per distinct id or name: finding a question ignores case, which
     * costs a case-folding per question of the report, too much for every row. One per parser,
     * so one per reading thread. (No lambdas: a capturing lambda per row is an allocation until
     * the JIT removes it, which a short run pays for.)
     */
    private final class Lookup {
        private final Map<String, String> reportIds = new HashMap<>();
        private final Map<String, Optional<ScoreScale>> scales = new HashMap<>();
        private final Map<String, Channel> channels = new HashMap<>();
        /** The most channel names kept, so that a column of distinct names does not fill memory. */
        private static final int MAX_CHANNELS = 256;

        /** Returns the report's id of a question, or the id as written when it feeds nothing. */
        String reportId(String written) {
            String id = reportIds.get(written);
            if (id == null) {
                String known = questions.known(written);
                id = known == null ? written : known;
                reportIds.put(written, id);
            }
            return id;
        }

        /** Returns the scale of the question a question id feeds, or null if none. */
        ScoreScale scaleOf(String question) {
            Optional<ScoreScale> scale = scales.get(question);
            if (scale == null) {
                String known = questions.known(question);
                scale = Optional.ofNullable(known == null ? null : questions.scaleOf(known));
                scales.put(question, scale);
            }
            return scale.orElse(null);
        }

        /** Returns {@link Channel#of} a channel name. */
        Channel channel(String name) {
            Channel channel = channels.get(name);
            if (channel == null) {
                channel = Channel.of(name);
                if (channels.size() < MAX_CHANNELS) {
                    channels.put(name, channel);
                }
            }
            return channel;
        }
    }

    private static Channel channel(Row row, Lookup lookup) {
        String channel = row.optionalLabel("channel");
        return lookup.channel(channel == null ? NO_CHANNEL : channel);
    }

    /**
     * The library's refusal of a score off the scale, as a row error; the cell follows when it
     * is not the score itself (a label).
     */
    private static RowException outOfScale(ScoreScale scale, int score, String question,
            String cell) {
        try {
            scale.requireScore(score, () -> "question '" + question + "'");
        } catch (IllegalArgumentException e) {
            String written = cell.strip();
            return new RowException(Reason.OUT_OF_SCALE, e.getMessage(),
                    written.equals(Integer.toString(score)) ? null : written);
        }
        throw new IllegalStateException("score " + score + " is not on the scale of '" + question
                + "' but the scale accepts it");
    }

    @Override
    public Instant timeOf(Response response) {
        return response.answeredAt();
    }

    @Override
    public String toString() {
        return "responses";
    }
}
