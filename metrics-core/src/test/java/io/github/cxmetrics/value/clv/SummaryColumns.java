package io.github.cxmetrics.value.clv;

/** The columns of a summary, as a warehouse would hand them over. */
record SummaryColumns(int[] frequency, double[] recency, double[] age, double[] meanSpend) {

    static SummaryColumns of(RfmSummary s) {
        int n = s.size();
        SummaryColumns c = new SummaryColumns(new int[n], new double[n], new double[n],
                new double[n]);
        for (int i = 0; i < n; i++) {
            c.frequency[i] = s.frequency(i);
            c.recency[i] = s.recency(i);
            c.age[i] = s.age(i);
            c.meanSpend[i] = s.meanSpend(i);
        }
        return c;
    }
}
