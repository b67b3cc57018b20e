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

    private void once(Option option, String name, Object current) {
        SetOnce.check(set, option, name, current);
    }

    private Set<Option> plus(Option option) {
        return SetOnce.plus(set, option);
    }

    ValueOptions withPeriodicity(Periodicity value) {
        once(Option.PERIODICITY, "periodicity", periodicity);
        Checks.requireNonNull(value, "periodicity");
        return new ValueOptions(metric, value, zone, asOf, joinedAndLeft, currency, serviceCost,
                plus(Option.PERIODICITY));
    }

    ValueOptions withZone(ZoneId value) {
        once(Option.ZONE, "zone", zone);
        Checks.requireNonNull(value, "zone");
        return new ValueOptions(metric, periodicity, value, asOf, joinedAndLeft, currency,
                serviceCost, plus(Option.ZONE));
    }

    ValueOptions withAsOf(Instant value) {
        once(Option.AS_OF, "asOf", asOf);
        Checks.requireNonNull(value, "asOf");
        return new ValueOptions(metric, periodicity, zone, value, joinedAndLeft, currency,
                serviceCost, plus(Option.AS_OF));
    }

    ValueOptions withJoinedAndLeft(JoinedAndLeft value) {
        once(Option.JOINED_AND_LEFT, "joined-and-left rule", joinedAndLeft);
        Checks.requireNonNull(value, "joined-and-left rule");
        return new ValueOptions(metric, periodicity, zone, asOf, value, currency, serviceCost,
                plus(Option.JOINED_AND_LEFT));
    }

    ValueOptions withCurrency(Currency value) {
        once(Option.CURRENCY, "currency", currency);
        Checks.requireNonNull(value, "currency");
        return new ValueOptions(metric, periodicity, zone, asOf, joinedAndLeft, value, serviceCost,
                plus(Option.CURRENCY));
    }

    ValueOptions withServiceCost(Function<? super CustomerPurchases, Money> value) {
        once(Option.SERVICE_COST, "service cost", serviceCost);
        Checks.requireNonNull(value, "service cost");
        return new ValueOptions(metric, periodicity, zone, asOf, joinedAndLeft, currency, value,
                plus(Option.SERVICE_COST));
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
