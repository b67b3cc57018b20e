package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.model.Response;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.CreateStruct$;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThan;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNotNull;
import org.apache.spark.sql.catalyst.expressions.LessThan;
import org.apache.spark.sql.catalyst.expressions.LessThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.Not;
import org.apache.spark.sql.catalyst.expressions.NumericEvalContext;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.aggregate.DeclarativeAggregate;
import org.apache.spark.sql.classic.UserDefinedFunctionUtils$;
import org.apache.spark.sql.expressions.SparkUserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import scala.Option;
import scala.Tuple2;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code cx_nps} and {@code cx_top_box} (strict or lenient, with or without weights, the struct
 * or the state) planned as one of Spark's own aggregates: the buffer is the histogram of the
 * scores, a count per score of the scale (with the sums of the weights and of their squares
 * when weighted), the unanswered count and, lenient, the count of scores off the scale. Spark
 * generates the code that adds a row to it and merges two of them, so these functions run in
 * whole-stage code generation, in a hash aggregate, like {@code count_if}. At the end the
 * histogram goes to the core's accumulator ({@code addScores}), which builds the result or the
 * state: the figures are the core's, as if each row had been added to it.
 *
 * <p>A row the core would refuse (a score off the scale in strict mode, a null or bad weight)
 * is handed to the core the way the aggregator path hands it ({@link Input#add}), so the query
 * fails at that row with the core's message. Lenient functions remember one of the scores off
 * the scale, so that the core counts them as what they are.
 *
 * <p>Public only because Catalyst copies expressions through their public constructor; not part
 * of the API. Immutable; serializable, as Spark ships it to executors.
 */
public final class ScoreHistogram extends DeclarativeAggregate {

    private static final long serialVersionUID = 1L;

    /**
     * Scales of at most this many scores are counted in Spark's aggregates; larger custom scales
     * keep the core's accumulator as the buffer ({@link MetricAggregator}).
     */
    static final int MAX_SCORES = 11;

    /**
     * What a histogram computes: the SQL function's name, the metric, whether rows have a
     * weight, whether the output is the state rather than the struct.
     */
    record Plan(String function, MetricSpec spec, boolean weighted, boolean stateOut)
            implements Serializable {

        SurveyMetric metric() {
            return (SurveyMetric) Metric.of(spec);
        }

        Input input() {
            return weighted ? Input.WEIGHTED_SCORE : Input.SCORE;
        }

        /** As plans print it: the spec, then whether rows are weighted and the output a state. */
        @Override
        public String toString() {
            return spec + (weighted ? ", weighted" : "") + (stateOut ? ", state" : "");
        }

        /** Returns whether a metric of the spec is counted in a histogram. */
        static boolean fits(MetricSpec spec) {
            return Metric.of(spec) instanceof SurveyMetric m && m.scale().size() <= MAX_SCORES;
        }
    }

    private final Seq<Expression> children;
    private final Plan plan;
    private final int min;
    private final int max;
    /** The buffer: per score its count (and weight, squared weight), then the other counts. */
    private final Seq<AttributeReference> buffer;

    /**
     * @param children the score column, as an integer (see {@code Functions}), and the weight
     *     column when the plan is weighted
     */
    public ScoreHistogram(Seq<Expression> children, Plan plan) {
        this.children = children;
        this.plan = plan;
        this.min = plan.metric().scale().min();
        this.max = plan.metric().scale().max();
        List<AttributeReference> b = new ArrayList<>();
        for (int s = min; s <= max; s++) {
            b.add(attribute("count_" + s, DataTypes.LongType));
            if (plan.weighted()) {
                b.add(attribute("weight_" + s, DataTypes.DoubleType));
                b.add(attribute("squares_" + s, DataTypes.DoubleType));
            }
        }
        b.add(attribute("unanswered", DataTypes.LongType));
        if (plan.weighted()) {
            b.add(attribute("unanswered_weight", DataTypes.DoubleType));
            b.add(attribute("unanswered_squares", DataTypes.DoubleType));
        }
        if (plan.spec().isLenient()) {
            b.add(attribute("invalid", DataTypes.LongType));
            b.add(attribute("an_invalid_score", DataTypes.IntegerType));
        }
        this.buffer = CollectionConverters.asScala(b).toSeq();
    }

    private static AttributeReference attribute(String name, DataType type) {
        return new AttributeReference(name, type, !type.equals(DataTypes.LongType)
                && !type.equals(DataTypes.DoubleType), Metadata.empty(),
                NamedExpression$.MODULE$.newExprId(), CollectionConverters.asScala(
                        List.<String>of()).toSeq());
    }

    /** The score as an {@code INT} (narrower integer columns are widened). */
    private Expression score() {
        Expression score = children.apply(0);
        return score.dataType().equals(DataTypes.IntegerType) ? score
                : new Cast(score, DataTypes.IntegerType, Option.empty(), EvalMode.ANSI());
    }

    /** The weight as a {@code DOUBLE}. */
    private Expression weight() {
        Expression weight = children.apply(1);
        return weight.dataType().equals(DataTypes.DoubleType) ? weight
                : new Cast(weight, DataTypes.DoubleType, Option.empty(), EvalMode.ANSI());
    }

    private static Literal literal(Object value) {
        return Literal$.MODULE$.apply(value);
    }

    private static Seq<Expression> seq(List<Expression> expressions) {
        return CollectionConverters.asScala(expressions).toSeq();
    }

    /** A score with null read as {@link Response#NO_SCORE}, as the core reads both: never null. */
    private Expression known() {
        return new Coalesce(seq(List.of(score(), literal(Response.NO_SCORE))));
    }

    /** Whether a row is unanswered for the core: a null score or {@link Response#NO_SCORE}. */
    private static Expression unanswered(Expression known) {
        return new EqualTo(known, literal(Response.NO_SCORE));
    }

    /** Whether a known score is off the scale, {@link Response#NO_SCORE} not: never null. */
    private Expression offScale(Expression known) {
        return new And(new Not(unanswered(known)),
                new Or(new LessThan(known, literal(min)), new GreaterThan(known, literal(max))));
    }

    /**
     * Whether a weight is one the core takes (not null, 0 or within the core's bounds of a
     * response's weight): never null. NaN is greater than every number in Spark, so it fails the
     * upper bound.
     */
    private static Expression weightAccepted(Expression weight) {
        return new And(new IsNotNull(weight), new Or(new EqualTo(weight, literal(0.0)),
                new And(new GreaterThanOrEqual(weight, literal(Response.MIN_POSITIVE_WEIGHT)),
                        new LessThanOrEqual(weight, literal(Response.MAX_WEIGHT)))));
    }

    /** Whether the core would refuse the row, or null when no row is refused. */
    private Expression refused(Expression known) {
        Expression badWeight = plan.weighted() ? new Not(weightAccepted(weight())) : null;
        Expression badScore = plan.spec().isLenient() ? null : offScale(known);
        if (badWeight == null) {
            return badScore;
        }
        return badScore == null ? badWeight : new Or(badWeight, badScore);
    }

    /** Hands a refused row to the core, which fails the query with its message. */
    private Expression refusal() {
        SparkUserDefinedFunction udf;
        Plan p = plan;
        if (plan.weighted()) {
            udf = (SparkUserDefinedFunction) functions.udf(
                    (UDF2<Integer, Double, Long>) (s, w) -> refuse(p, new Tuple2<>(s, w)),
                    DataTypes.LongType);
        } else {
            udf = (SparkUserDefinedFunction) functions.udf(
                    (UDF1<Integer, Long>) s -> refuse(p, s), DataTypes.LongType);
        }
        List<Expression> args = plan.weighted() ? List.of(score(), weight()) : List.of(score());
        return UserDefinedFunctionUtils$.MODULE$.toScalaUDF(
                (SparkUserDefinedFunction) udf.withName(plan.function()), seq(args));
    }

    private static Long refuse(Plan plan, Object row) {
        plan.input().add(new StateBuffer(plan.metric()), row);
        throw new IllegalStateException(plan.function() + ": the core counted a row that the"
                + " histogram refused: " + row);
    }

    @Override
    public Seq<Expression> initialValues() {
        List<Expression> values = new ArrayList<>();
        for (AttributeReference a : CollectionConverters.asJava(buffer)) {
            values.add(a.dataType().equals(DataTypes.LongType) ? literal(0L)
                    : a.dataType().equals(DataTypes.DoubleType) ? literal(0.0)
                    : Literal.create(null, a.dataType()));
        }
        return seq(values);
    }

    /**
     * Per row: each score's count adds 1 if the row has that score, else 0, without a branch
     * (the null score is compared as {@code NO_SCORE}, which no scale has, and both are
     * unanswered, as in the core); row counts cannot
     * overflow a {@code long}, so they add without Spark's overflow check. A row the core
     * refuses is handed to it in the unanswered count's expression, the only one with a branch.
     */
    @Override
    public Seq<Expression> updateExpressions() {
        Expression known = known();
        Expression weight = plan.weighted() ? weight() : null;
        Expression squared = plan.weighted() ? new Multiply(weight, weight) : null;
        List<AttributeReference> b = CollectionConverters.asJava(buffer);
        List<Expression> update = new ArrayList<>();
        int i = 0;
        for (int s = min; s <= max; s++) {
            Expression is = new EqualTo(known, literal(s));
            update.add(increment(b.get(i++), is));
            if (weight != null) {
                update.add(addWhere(b.get(i++), is, weight));
                update.add(addWhere(b.get(i++), is, squared));
            }
        }
        Expression unanswered = unanswered(known);
        Expression refused = refused(known);
        update.add(refused == null ? increment(b.get(i++), unanswered)
                : new Add(b.get(i++), new If(refused, refusal(), asCount(unanswered))));
        if (weight != null) {
            update.add(addWhere(b.get(i++), unanswered, weight));
            update.add(addWhere(b.get(i++), unanswered, squared));
        }
        if (plan.spec().isLenient()) {
            Expression off = offScale(known);
            update.add(increment(b.get(i++), off));
            update.add(new If(off, known, b.get(i++)));
        }
        return seq(update);
    }

    /** A count plus 1 where a condition (never null) holds, else plus 0. */
    private static Expression increment(AttributeReference count, Expression condition) {
        return new Add(count, asCount(condition), ROW_COUNT);
    }

    /**
     * A sum plus a value where a condition (never null) holds, without a branch: the value times
     * 1 or 0. The sum is that of the values where the condition holds, to the bit: a weight the
     * core takes is finite and not negative, and its product with 0 adds nothing (rows with
     * other weights fail the query).
     */
    private static Expression addWhere(AttributeReference sum, Expression condition,
            Expression value) {
        return new Add(sum, new Multiply(new Cast(condition, DataTypes.DoubleType, Option.empty(),
                EvalMode.LEGACY()), value));
    }

    private static Expression asCount(Expression condition) {
        return new Cast(condition, DataTypes.LongType, Option.empty(), EvalMode.LEGACY());
    }

    /** Addition without Spark's overflow check, for counts of rows. */
    private static final NumericEvalContext ROW_COUNT =
            NumericEvalContext.apply(EvalMode.LEGACY(), true);

    @Override
    public Seq<Expression> mergeExpressions() {
        List<Expression> merge = new ArrayList<>();
        for (AttributeReference a : CollectionConverters.asJava(buffer)) {
            AttributeReference left = RichAttribute(a).left();
            AttributeReference right = RichAttribute(a).right();
            merge.add(a.dataType().equals(DataTypes.IntegerType)
                    ? new Coalesce(seq(List.of(left, right))) : new Add(left, right));
        }
        return seq(merge);
    }

    @Override
    public Expression evaluateExpression() {
        Plan p = plan;
        SparkUserDefinedFunction udf = (SparkUserDefinedFunction) functions.udf(
                (UDF1<Row, Object>) histogram -> result(p, histogram), dataType());
        List<Expression> histogram = List.of(CreateStruct$.MODULE$.apply(
                CollectionConverters.asScala(new ArrayList<Expression>(
                        CollectionConverters.asJava(buffer))).toSeq()));
        return UserDefinedFunctionUtils$.MODULE$.toScalaUDF(
                (SparkUserDefinedFunction) udf.withName(plan.function()), seq(histogram));
    }

    /** Adds a histogram, as the buffer lays it out, to the core's accumulator: its result or state. */
    static Object result(Plan plan, Row histogram) {
        SurveyMetric metric = plan.metric();
        Accumulator<?, ?> accumulator = metric.newAccumulator();
        int min = metric.scale().min();
        int max = metric.scale().max();
        int i = 0;
        for (int s = min; s <= max; s++) {
            i = add(metric, accumulator, s, histogram, i, plan.weighted());
        }
        i = add(metric, accumulator, Response.NO_SCORE, histogram, i, plan.weighted());
        if (plan.spec().isLenient()) {
            long invalid = histogram.getLong(i);
            if (invalid > 0) {
                // The weights of scores off the scale are not counted, so any will do.
                metric.addScores(accumulator, histogram.getInt(i + 1), invalid, invalid, invalid);
            }
        }
        if (plan.stateOut()) {
            return SparkState.encode(plan.spec(), accumulator.toByteArray());
        }
        return metric.row(accumulator.snapshot());
    }

    private static int add(SurveyMetric metric, Accumulator<?, ?> accumulator, int score,
            Row histogram, int i, boolean weighted) {
        long count = histogram.getLong(i);
        if (!weighted) {
            metric.addScores(accumulator, score, count, count, count);
            return i + 1;
        }
        metric.addScores(accumulator, score, count, histogram.getDouble(i + 1),
                histogram.getDouble(i + 2));
        return i + 3;
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        return buffer;
    }

    @Override
    public Seq<Expression> children() {
        return children;
    }

    @Override
    public ScoreHistogram withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new ScoreHistogram(newChildren.toSeq(), plan);
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public DataType dataType() {
        return plan.stateOut() ? DataTypes.BinaryType : plan.metric().schema();
    }

    @Override
    public String prettyName() {
        return plan.function();
    }

    @Override
    public int productArity() {
        return 2;
    }

    @Override
    public Object productElement(int n) {
        return switch (n) {
            case 0 -> children;
            case 1 -> plan;
            default -> throw new IndexOutOfBoundsException(n);
        };
    }

    @Override
    public boolean canEqual(Object that) {
        return that instanceof ScoreHistogram;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreHistogram h && h.plan.equals(plan) && h.children.equals(children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, children);
    }
}
