package io.github.cxmetrics.internal;

/**
 * The kind of state an accumulator's binary form holds, written as one byte after the format
 * version. The codes are part of the format: never renumber them.
 */
public enum StateKind {
    NPS(1, "nps"),
    TOP_BOX(2, "top-box"),
    LOYALTY_INDEX(3, "loyalty index"),
    DURATIONS(4, "durations"),
    SHARE(5, "share"),
    SLA(6, "sla attainment"),
    CHURN(7, "churn"),
    RETENTION(8, "retention"),
    REVENUE_RETENTION(9, "revenue retention"),
    LIFETIME_VALUE(10, "lifetime value"),
    RFM(11, "rfm"),
    GROUPED(12, "grouped"),
    PER_PERIOD(13, "per-period"),
    STATUS_TIME(14, "status time");

    private static final StateKind[] BY_CODE = new StateKind[15];

    static {
        for (StateKind kind : values()) {
            BY_CODE[kind.code] = kind;
        }
    }

    final int code;
    final String label;

    StateKind(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Returns the kind of a code, or null for a code no kind has. */
    static StateKind of(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Returns the name of the state in messages, such as {@code "nps state"}. */
    @Override
    public String toString() {
        return label + " state";
    }
}
