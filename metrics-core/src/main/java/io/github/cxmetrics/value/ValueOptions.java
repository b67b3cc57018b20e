package io.github.cxmetrics.value;

import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.SetOnce;
import io.github.cxmetrics.model.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import java.util.function.Function;

/**
 * The options of a value calculator. Immutable; each {@code with…} method returns a copy and
 * refuses to set an option twice.
 */
record ValueOptions(
        String metric,
        Periodicity periodicity,
        ZoneId zone,
        Instant asOf,
        JoinedAndLeft joinedAndLeft,
        Currency currency,
        Function<? super CustomerPurchases, Money> serviceCost,
        Set<Option> set) {

    enum Option { PERIODICITY, ZONE, AS_OF, JOINED_AND_LEFT, CURRENCY, SERVICE_COST }

    static ValueOptions defaults(String metric) {
        return new ValueOptions(metric, Periodicity.MONTH, ZoneOffset.UTC, null,
                JoinedAndLeft.EXCLUDE, null, null, Set.of());
    }

    Horizon horizon() {
        return new Horizon(periodicity, zone, asOf);
    }

    /**
     * Returns a copy with {@code option} set to {@code value}: the one place where an option is
     * refused when set twice or null.
     */
    @SuppressWarnings("unchecked")
    private ValueOptions set(Option option, String name, Object current, Object value) {
        SetOnce.check(set, option, name, current);
        Checks.requireNonNull(value, name);
        return new ValueOptions(metric,
                option == Option.PERIODICITY ? (Periodicity) value : periodicity,
                option == Option.ZONE ? (ZoneId) value : zone,
                option == Option.AS_OF ? (Instant) value : asOf,
                option == Option.JOINED_AND_LEFT ? (JoinedAndLeft) value : joinedAndLeft,
                option == Option.CURRENCY ? (Currency) value : currency,
                option == Option.SERVICE_COST
                        ? (Function<? super CustomerPurchases, Money>) value : serviceCost,
                SetOnce.plus(set, option));
    }

    ValueOptions withPeriodicity(Periodicity value) {
        return set(Option.PERIODICITY, "periodicity", periodicity, value);
    }

    ValueOptions withZone(ZoneId value) {
        return set(Option.ZONE, "zone", zone, value);
    }

    ValueOptions withAsOf(Instant value) {
        return set(Option.AS_OF, "asOf", asOf, value);
    }

    ValueOptions withJoinedAndLeft(JoinedAndLeft value) {
        return set(Option.JOINED_AND_LEFT, "joined-and-left rule", joinedAndLeft, value);
    }

    ValueOptions withCurrency(Currency value) {
        return set(Option.CURRENCY, "currency", currency, value);
    }

    ValueOptions withServiceCost(Function<? super CustomerPurchases, Money> value) {
        return set(Option.SERVICE_COST, "service cost", serviceCost, value);
    }

    /** Adds every option to a fingerprint, in a fixed order; a service cost only as set or not. */
    void describe(Fingerprint f) {
        f.add("metric", metric)
                .add("periodicity", periodicity)
                .add("zone", zone.getId())
                .add("as of", asOf)
                .add("joined and left", joinedAndLeft)
                .add("currency", currency == null ? null : currency.getCurrencyCode())
                .add("service cost", serviceCost == null ? null : "a function");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(metric).append(" by ").append(horizon());
        if (joinedAndLeft != JoinedAndLeft.EXCLUDE) {
            s.append(", joined and left ").append(joinedAndLeft);
        }
        if (currency != null) {
            s.append(", in ").append(currency.getCurrencyCode());
        }
        if (serviceCost != null) {
            s.append(", with service cost");
        }
        return s.toString();
    }
}
