package io.github.cxmetrics.spark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.FunctionIdentifier$;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.classic.UserDefinedFunctionUtils$;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.connector.catalog.CatalogManager$;
import org.apache.spark.sql.execution.aggregate.ScalaAggregator$;
import org.apache.spark.sql.expressions.UserDefinedAggregator;
import org.apache.spark.sql.expressions.SparkUserDefinedFunction;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.CalendarIntervalType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.unsafe.types.CalendarInterval;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Function1;
import scala.Option;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The table of cxmetrics SQL functions and how each is built: the aggregates with their
 * overloads (columns and constant arguments by position), and the scalar result functions.
 * SQL and the {@link Column} API of {@link CxSpark} build the same aggregators from it.
 */
final class Functions {

    /** A kind of argument: a column, or a constant of some type read when the query is planned. */
    enum Arg {
        COLUMN, TEXT, INTEGER, DURATION, INSTANT
    }

    /** One arity of an aggregate: its arguments by position, its input, and its spec. */
    record Overload(List<Arg> args, Input input, Function<List<Object>, MetricSpec> spec) {
        int arity() {
            return args.size();
        }
    }

    /** An aggregate function of SQL: its name, usage, overloads, and result or state output. */
    record Aggregate(String name, String usage, boolean state, List<Overload> overloads) {

        /** Returns the aggregator of the overload of {@code arity} with these constants. */
        MetricAggregator aggregator(int arity, List<Object> constants) {
            Overload overload = overload(arity);
            MetricSpec spec = overload.spec().apply(constants);
            if (spec == null) {
                return MetricAggregator.merge();
            }
            return state ? MetricAggregator.state(spec, overload.input())
                    : MetricAggregator.result(spec, overload.input());
        }

        Overload overload(int arity) {
            for (Overload o : overloads) {
                if (o.arity() == arity) {
                    return o;
                }
            }
            throw new IllegalArgumentException(name + " takes " + arities() + " arguments, not "
                    + arity + ": " + usage);
        }

        private String arities() {
            List<String> n = new ArrayList<>();
            overloads.forEach(o -> n.add(String.valueOf(o.arity())));
            return String.join(" or ", n);
        }

        /**
         * Builds the function's column for the Column API: checks the constants now, then calls
         * the SQL function, so that both APIs plan the same expression with the same checks.
         *
         * @param arguments columns and constants (String, Integer, Duration, Instant) in the
         *     positions of SQL's arguments
         */
        Column column(Object... arguments) {
            List<Object> constants = new ArrayList<>();
            Column[] columns = new Column[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof Column c) {
                    columns[i] = c;
                } else {
                    constants.add(arguments[i]);
                    columns[i] = functions.lit(arguments[i]);
                }
            }
            aggregator(arguments.length, constants);
            return functions.call_function(name, columns);
        }

        UserDefinedAggregator<?, ?, ?> udaf(MetricAggregator aggregator) {
            @SuppressWarnings("unchecked")
            UserDefinedFunction f = functions.udaf(aggregator,
                    (org.apache.spark.sql.Encoder<Object>) aggregator.input().encoder());
            return ((UserDefinedAggregator<?, ?, ?>) f).withName(name);
        }

        /** Builds the function's expression from SQL's arguments; constants are evaluated. */
        Expression build(List<Expression> arguments) {
            Overload overload = overload(arguments.size());
            List<Expression> columns = new ArrayList<>();
            List<Object> constants = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                Arg kind = overload.args().get(i);
                if (kind == Arg.COLUMN) {
                    columns.add(columns.isEmpty() && overload.input().readsScores()
                            ? score(name, arguments.get(i)) : arguments.get(i));
                } else {
                    constants.add(constant(name, i + 1, kind, arguments.get(i)));
                }
            }
            MetricAggregator aggregator = aggregator(arguments.size(), constants);
            MetricSpec spec = overload.spec().apply(constants);
            if (overload.input().readsScores() && histograms() && ScoreHistogram.Plan.fits(spec)) {
                boolean weighted = overload.input() == Input.WEIGHTED_SCORE;
                if (weighted) {
                    requireNumeric(name, "weight", columns.get(1));
                }
                return new ScoreHistogram(CollectionConverters.asScala(columns).toSeq(),
                        new ScoreHistogram.Plan(name, spec, weighted, state));
            }
            Seq<Expression> children = CollectionConverters.asScala(columns).toSeq();
            return ScalaAggregator$.MODULE$.apply(udaf(aggregator), children);
        }
    }

    /**
     * The session option that plans the survey functions as histograms of Spark's own
     * aggregates ({@link ScoreHistogram}, the default) or, when {@code false}, as aggregators
     * whose buffer is the core's accumulator.
     */
    static final String HISTOGRAMS = "spark.cxmetrics.histograms";

    private static boolean histograms() {
        return !"false".equalsIgnoreCase(SQLConf.get().getConfString(HISTOGRAMS, "true").strip());
    }

    private static void requireNumeric(String function, String argument, Expression e) {
        if (!(e.dataType() instanceof NumericType || e.dataType() instanceof NullType)) {
            throw new IllegalArgumentException(function + ": " + argument + " must be a numeric"
                    + " column, not " + e.dataType().sql() + ": " + e.sql());
        }
    }

    private static final Map<String, Aggregate> AGGREGATES = new LinkedHashMap<>();
    /** The scalar functions that turn a state into a struct, by name. */
    private static final Map<String, ResultFunction> RESULTS = new LinkedHashMap<>();

    static {
        List<Arg> c = List.of(Arg.COLUMN);
        List<Arg> cc = List.of(Arg.COLUMN, Arg.COLUMN);
        for (boolean state : new boolean[] {false, true}) {
            String suffix = state ? "_state" : "";
            String what = state ? "the binary state of " : "";
            for (boolean lenient : new boolean[] {false, true}) {
                String l = lenient ? "_lenient" : "";
                MetricSpec nps = MetricSpec.of(NpsMetric.NAME).lenient(lenient);
                add("cx_nps" + l + suffix, state,
                        "_FUNC_(score [, weight]) - " + what + "the Net Promoter Score of integer"
                        + " scores 0-10" + (lenient ? ", skipping and counting scores off the"
                                + " scale" : "") + "; a null score is unanswered.",
                        new Overload(c, Input.SCORE, k -> nps),
                        new Overload(cc, Input.WEIGHTED_SCORE, k -> nps));
                add("cx_top_box" + l + suffix, state,
                        "_FUNC_(score, scale [, weight]) - " + what + "the top-box share (CSAT,"
                        + " CSI, CES) of integer scores on a scale: " + Scales.GRAMMAR
                        + (lenient ? "; scores off the scale are skipped and counted" : "")
                        + "; a null score is unanswered.",
                        new Overload(List.of(Arg.COLUMN, Arg.TEXT), Input.SCORE,
                                k -> TopBoxMetric.spec((String) k.get(0), lenient)),
                        new Overload(List.of(Arg.COLUMN, Arg.TEXT, Arg.COLUMN),
                                Input.WEIGHTED_SCORE,
                                k -> TopBoxMetric.spec((String) k.get(0), lenient)));
            }
            add("cx_duration" + suffix, state,
                    "_FUNC_(start, end) - " + what + "the durations from start to end timestamps"
                    + " in seconds, exact: n, open (null end), mean, median, p90, p95, min, max.",
                    new Overload(cc, Input.INTERVAL, k -> DurationMetric.spec(null, null)));
            add("cx_duration_approx" + suffix, state,
                    "_FUNC_(start, end, digits) - " + what + "the durations from start to end"
                    + " in a histogram of 1 to 5 significant digits.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.INTEGER), Input.INTERVAL,
                            k -> DurationMetric.spec(null, (Integer) k.get(0))));
            add("cx_business_duration" + suffix, state,
                    "_FUNC_(start, end, calendar) - " + what + "the business durations from start"
                    + " to end, exact, in seconds of open hours of a calendar such as"
                    + " 'mon-fri 09:00-18:00; holidays 2024-12-25; zone Europe/Berlin'.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.TEXT), Input.INTERVAL,
                            k -> DurationMetric.spec((String) k.get(0), null)));
            add("cx_business_duration_approx" + suffix, state,
                    "_FUNC_(start, end, calendar, digits) - " + what + "the business durations"
                    + " in a histogram of 1 to 5 significant digits.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.TEXT, Arg.INTEGER),
                            Input.INTERVAL,
                            k -> DurationMetric.spec((String) k.get(0), (Integer) k.get(1))));
            add("cx_sla" + suffix, state,
                    "_FUNC_(start, end, target [, as_of]) - " + what + "the SLA attainment of"
                    + " start-to-end intervals against one target (an interval or an ISO-8601"
                    + " duration), open ones (null end) judged as of a timestamp if given.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.DURATION), Input.INTERVAL,
                            k -> SlaMetric.spec((Duration) k.get(0), null, null)),
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.DURATION, Arg.INSTANT),
                            Input.INTERVAL,
                            k -> SlaMetric.spec((Duration) k.get(0), null, (Instant) k.get(1))));
            add("cx_business_sla" + suffix, state,
                    "_FUNC_(start, end, target, calendar [, as_of]) - " + what + "the SLA"
                    + " attainment in business time: the target counts open hours of the"
                    + " calendar.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.DURATION, Arg.TEXT),
                            Input.INTERVAL,
                            k -> SlaMetric.spec((Duration) k.get(0), (String) k.get(1), null)),
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.DURATION, Arg.TEXT,
                            Arg.INSTANT), Input.INTERVAL,
                            k -> SlaMetric.spec((Duration) k.get(0), (String) k.get(1),
                                    (Instant) k.get(2))));
            add("cx_fcr" + suffix, state,
                    "_FUNC_(solved, reopens, public_replies) - " + what + "first contact"
                    + " resolution: the share of the solved interactions solved with at most one"
                    + " public reply and never reopened.",
                    new Overload(List.of(Arg.COLUMN, Arg.COLUMN, Arg.COLUMN), Input.OUTCOME,
                            k -> MetricSpec.of(FcrMetric.NAME)));
        }
        add("cx_merge", true,
                "_FUNC_(state) - merges the states of one cxmetrics function (cx_..._state or"
                + " cx_merge) into one state; null states are skipped.",
                new Overload(c, Input.STATE, k -> null));
        result("cx_nps_result", NpsMetric.NAME, NpsMetric.SCHEMA);
        result("cx_top_box_result", TopBoxMetric.NAME, TopBoxMetric.SCHEMA);
        result("cx_duration_result", DurationMetric.NAME, DurationMetric.SCHEMA);
        result("cx_sla_result", SlaMetric.NAME, SlaMetric.SCHEMA);
        result("cx_fcr_result", FcrMetric.NAME, FcrMetric.SCHEMA);
    }

    private Functions() {
    }

    private static void add(String name, boolean state, String usage, Overload... overloads) {
        AGGREGATES.put(name, new Aggregate(name, usage, state, List.of(overloads)));
    }

    private static void result(String name, String metric, DataType schema) {
        RESULTS.put(name, new ResultFunction(name, metric, schema));
    }

    static Aggregate aggregate(String name) {
        return AGGREGATES.get(name);
    }

    static ResultFunction resultFunction(String name) {
        return RESULTS.get(name);
    }

    /** A function of SQL: its name, its usage for DESCRIBE FUNCTION, its expression builder. */
    record Definition(String name, ExpressionInfo info,
            Function1<Seq<Expression>, Expression> builder) {}

    /** Returns every function of SQL, aggregates and result functions. */
    static List<Definition> definitions() {
        List<Definition> all = new ArrayList<>();
        for (Aggregate aggregate : AGGREGATES.values()) {
            all.add(new Definition(aggregate.name(), info(aggregate.name(), aggregate.usage(),
                    "agg_funcs"), args -> aggregate.build(CollectionConverters.asJava(args))));
        }
        for (ResultFunction result : RESULTS.values()) {
            all.add(new Definition(result.name(), info(result.name(), "_FUNC_(state) - the"
                    + " struct of a " + result.metric() + " state of a cx_..._state function or"
                    + " of cx_merge; null for a null state.", "misc_funcs"),
                    args -> result.build(CollectionConverters.asJava(args))));
        }
        return all;
    }

    private static ExpressionInfo info(String name, String usage, String group) {
        return new ExpressionInfo(Functions.class.getName(), null, name, usage, "", "", "",
                group, "", "", "java_udf");
    }

    /**
     * Registers every function as a temporary function of a session's registry: under the
     * identifier {@code system.session.<name>} that FunctionRegistry.createOrReplaceTempFunction
     * gives, with the usage that DESCRIBE FUNCTION shows.
     */
    static void registerAll(FunctionRegistry registry) {
        for (Definition f : definitions()) {
            registry.registerFunction(identifier(f.name(),
                    CatalogManager$.MODULE$.SESSION_NAMESPACE()), f.info(), f.builder());
        }
    }

    /**
     * Injects every function into the sessions an extension builds, as built-in functions
     * ({@code system.builtin.<name>}).
     */
    static void injectAll(SparkSessionExtensions extensions) {
        for (Definition f : definitions()) {
            extensions.injectFunction(new Tuple3<>(FunctionIdentifier$.MODULE$.apply(f.name()),
                    f.info(), f.builder()));
        }
    }

    /** The three-part identifier of a function of the system catalog. */
    static FunctionIdentifier identifier(String name, String namespace) {
        return new FunctionIdentifier(name, Option.apply(namespace),
                Option.apply(CatalogManager$.MODULE$.SYSTEM_CATALOG_NAME()));
    }

    /**
     * Returns a score argument as an integer: integer columns of any width (a {@code BIGINT}
     * outside the range of {@code INT} fails the query, whatever the session's ANSI mode), never
     * a fractional one, which Spark's implicit cast would truncate (9.5 would count as 9).
     */
    private static Expression score(String function, Expression e) {
        DataType type = e.dataType();
        if (type instanceof IntegerType || type instanceof ShortType || type instanceof ByteType
                || type instanceof NullType) {
            return e;
        }
        if (type instanceof LongType || type instanceof DecimalType d && d.scale() == 0) {
            return new Cast(e, DataTypes.IntegerType, Option.empty(), EvalMode.ANSI());
        }
        throw new IllegalArgumentException(function + ": score must be an integer column, not "
                + type.sql() + ": " + e.sql() + " (a fractional score is on no scale; cast a"
                + " column of whole numbers, as in CAST(score AS INT))");
    }

    /** Reads a constant argument of SQL. */
    private static Object constant(String function, int position, Arg kind, Expression e) {
        if (!e.foldable()) {
            throw new IllegalArgumentException(function + ": argument " + position + " must be a"
                    + " constant " + kind.name().toLowerCase() + ", not a column: " + e.sql());
        }
        Object value = e.eval(null);
        DataType type = e.dataType();
        if (value == null) {
            throw new IllegalArgumentException(function + ": argument " + position
                    + " must not be null");
        }
        switch (kind) {
            case TEXT:
                if (value instanceof UTF8String s) {
                    return s.toString();
                }
                break;
            case INTEGER:
                if (type instanceof IntegralType) {
                    return Math.toIntExact(((Number) value).longValue());
                }
                break;
            case DURATION:
                if (type instanceof DayTimeIntervalType) {
                    return Duration.of((Long) value, ChronoUnit.MICROS);
                }
                if (type instanceof CalendarIntervalType && ((CalendarInterval) value).months == 0) {
                    CalendarInterval i = (CalendarInterval) value;
                    return Duration.ofDays(i.days).plus(i.microseconds, ChronoUnit.MICROS);
                }
                if (value instanceof UTF8String s) {
                    return parse(function, position, s.toString(), Duration::parse,
                            "an ISO-8601 duration such as 'PT4H'");
                }
                break;
            case INSTANT:
                if (type.equals(DataTypes.TimestampType)) {
                    return Instant.EPOCH.plus((Long) value, ChronoUnit.MICROS);
                }
                if (value instanceof UTF8String s) {
                    return parse(function, position, s.toString(), Instant::parse,
                            "an instant such as '2024-05-01T00:00:00Z'");
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException(function + ": argument " + position + " must be a "
                + kind.name().toLowerCase() + ", not " + type.sql() + ": " + e.sql());
    }

    private static Object parse(String function, int position, String text,
            Function<String, Object> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(function + ": argument " + position + " must be "
                    + expected + ": '" + text + "'", e);
        }
    }

    /** A scalar function from a state to the struct of its metric. */
    record ResultFunction(String name, String metric, DataType schema)
            implements UDF1<byte[], org.apache.spark.sql.Row> {

        @Override
        public org.apache.spark.sql.Row call(byte[] state) {
            if (state == null) {
                return null;
            }
            StateBuffer buffer = new StateBuffer();
            buffer.setState(state);
            if (!buffer.metric().spec().metric().equals(metric)) {
                throw new IllegalArgumentException(name + " reads states of " + metric
                        + ", not of " + buffer.metric() + ": use "
                        + buffer.metric().resultFunction());
            }
            return buffer.metric().row(buffer.result());
        }

        Column column(Column state) {
            return functions.call_function(name, state);
        }

        Expression build(List<Expression> arguments) {
            if (arguments.size() != 1) {
                throw new IllegalArgumentException(name + " takes 1 argument, not "
                        + arguments.size() + ": " + name + "(state)");
            }
            SparkUserDefinedFunction udf =
                    (SparkUserDefinedFunction) functions.udf(this, schema).withName(name);
            return UserDefinedFunctionUtils$.MODULE$.toScalaUDF(udf,
                    CollectionConverters.asScala(arguments).toSeq());
        }
    }
}
