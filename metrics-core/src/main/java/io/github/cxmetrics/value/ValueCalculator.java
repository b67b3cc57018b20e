package io.github.cxmetrics.value;

import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.internal.Blueprint;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StatefulCalculator;
import io.github.cxmetrics.model.Customer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The options shared by the value calculators: the calendar periods (periodicity and zone) and
 * where the data ends ({@code asOf}). Immutable: every option returns a new calculator, and each
 * option may be set once ({@link IllegalStateException} otherwise).
 *
 * @param <T> the item type: {@link Customer} or {@link CustomerPurchases}
 * @param <R> the result type
 * @param <C> the calculator type, returned by the options
 */
abstract class ValueCalculator<T, R, C extends ValueCalculator<T, R, C>>
        extends StatefulCalculator<T, R> {

    /** What a calculator's items are: their name in messages, and the customer of each. */
    record Items<T>(String name, Function<T, Customer> customer) {}

    /** Customers as items. */
    static final Items<Customer> CUSTOMERS = new Items<>("customer", c -> c);
    /** Customers with their purchases as items. */
    static final Items<CustomerPurchases> HISTORIES =
            new Items<>("customer purchases", CustomerPurchases::customer);

    final ValueOptions options;
    final Horizon horizon;
    final Items<T> items;

    /**
     * @param create makes an empty state of the options
     * @param read reads a state of the options
     */
    ValueCalculator(StateKind kind, ValueOptions options, Items<T> items,
            Function<ValueOptions, State<T, R, ?>> create,
            BiFunction<ValueOptions, StateReader, State<T, R, ?>> read) {
        super(kind, items.name(), options, Blueprint.of(() -> create.apply(options),
                in -> read.apply(options, in), options::describe));
        this.options = options;
        this.horizon = options.horizon();
        this.items = items;
    }

    abstract C with(ValueOptions newOptions);


    /**
     * Returns a calculator of periods of {@code periodicity}, such as
     * {@link Periodicity#QUARTER}; the default is {@link Periodicity#MONTH}.
     *
     * @throws IllegalStateException if the periodicity was already set
     */
    public C per(Periodicity periodicity) {
        return with(options.withPeriodicity(periodicity));
    }

    /**
     * Returns a calculator of periods of {@code unit}: {@code DAYS}, {@code WEEKS} (ISO weeks),
     * {@code MONTHS} or {@code YEARS}.
     *
     * @throws IllegalArgumentException for another unit
     * @throws IllegalStateException if the periodicity was already set
     */
    public C per(ChronoUnit unit) {
        return per(Periodicity.of(unit));
    }

    /**
     * Returns a calculator whose calendar periods are local dates in {@code zone}; the default is
     * UTC.
     *
     * @throws IllegalStateException if the zone was already set
     */
    public C zone(ZoneId zone) {
        return with(options.withZone(zone));
    }

    /**
     * Returns a calculator of the data known before {@code asOf} (never the clock): customers
     * acquired at or after it are out of scope, churns and purchases at or after it are not seen
     * (such a customer counts as active), and tables end with the last period that is complete
     * at {@code asOf}. Without it, the data is taken as complete through the period of its
     * latest event, so the last period may be a partial one.
     *
     * @throws IllegalStateException if {@code asOf} was already set
     */
    public C asOf(Instant asOf) {
        return with(options.withAsOf(asOf));
    }

    /** Returns whether the item's customer was acquired before {@code asOf} (always, without it). */
    @Override
    public boolean accepts(T item) {
        return horizon.sees(timeOf(item));
    }

    /** Returns when the item's customer was acquired: {@code byPeriod} groups by acquisition cohort. */
    @Override
    public Instant timeOf(T item) {
        return items.customer().apply(Checks.requireNonNull(item, "item")).acquiredAt();
    }
}
