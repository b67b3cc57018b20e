package io.github.cxmetrics.support;

import static io.github.cxmetrics.support.Tickets.reopenedAndOpen;
import static io.github.cxmetrics.support.Tickets.solved;
import static io.github.cxmetrics.support.Tickets.unanswered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareCalculatorTest {

    /**
     * 10 solved: 5 with one reply, 1 with none, 2 with two replies, 2 reopened and solved again
     * with one reply; plus one never solved and one reopened and open again.
     */
    private static List<Interaction> sample() {
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(solved(1, 0));
        }
        list.add(solved(0, 0));
        list.add(solved(2, 0));
        list.add(solved(2, 0));
        list.add(solved(1, 1));
        list.add(solved(1, 2));
        list.add(unanswered());
        list.add(reopenedAndOpen());
        return list;
    }

    /** Asserts the hits, the base, what lies outside it, and the share in percent (to 1e-12). */
    private static void assertShare(ShareResult r, long hits, long count, long outside,
            double share) {
        assertEquals(hits, r.hits(), "hits");
        assertEquals(count, r.count(), "count");
        assertEquals(outside, r.outside(), "outside");
        assertEquals(share, r.share(), 1e-12, "share");
    }

    @Test
    void firstContactResolution_handComputed() {
        ShareResult fcr = CxMetrics.firstContactResolution().compute(sample());
        // one-touch: 5 with one reply + 1 with none = 6 of 10 solved
        assertShare(fcr, 6, 10, 2, 60.0);
        // Wilson 6/10 at 95 %: centre (0.6 + 1.96²/20) / (1 + 1.96²/10) = 0.5723,
        // half-width 1.96 · sqrt(0.024 + 1.96²/400) / 1.3841 = 0.2596
        Interval ci = fcr.confidenceInterval(0.95);
        assertEquals(31.27, ci.lower(), 0.01);
        assertEquals(83.18, ci.upper(), 0.01);
        assertEquals("first contact resolution 60.0% (6 of 10; outside 2)", fcr.toString());
    }

    @Test
    void confidenceInterval_matchesNewcombesPublishedWilsonInterval() {
        // Newcombe (1998), Statistics in Medicine 17, 857-872, table I: 81/263 → [0.2553, 0.3662].
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < 263; i++) {
            list.add(i < 81 ? solved(1, 0) : solved(3, 0));
        }
        ShareResult r = CxMetrics.firstContactResolution().compute(list);
        Interval ci = r.confidenceInterval(0.95);
        assertEquals(25.53, ci.lower(), 0.005);
        assertEquals(36.62, ci.upper(), 0.005);
        assertTrue(r.confidenceInterval(0.95, IntervalMethod.WALD).contains(r.share()));
    }

    @Test
    void reopenRate_handComputed() {
        ShareResult reopens = CxMetrics.reopenRate().compute(sample());
        // ever solved: 10 solved + 1 reopened and open = 11; reopened: 2 + 1 = 3
        assertShare(reopens, 3, 11, 1, 300.0 / 11);
        assertEquals("reopen rate", reopens.metric());
    }

    @Test
    void compute_nothingSolved_isEmptyAndShareFails() {
        ShareResult r = CxMetrics.firstContactResolution()
                .compute(List.of(unanswered(), reopenedAndOpen()));
        assertTrue(r.isEmpty());
        assertEquals(2, r.outside());
        var e = assertThrows(IllegalStateException.class, r::share);
        assertEquals("first contact resolution is undefined for an empty result: no solved"
                + " interactions (outside the base: 2)", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalStateException.class,
                () -> r.confidenceInterval(0.95)).getMessage());
        assertEquals("first contact resolution (empty; outside 2)", r.toString());
        var reopen = assertThrows(IllegalStateException.class,
                () -> CxMetrics.reopenRate().compute(List.of(unanswered())).share());
        assertEquals("reopen rate is undefined for an empty result: no interactions ever solved"
                + " (outside the base: 1)", reopen.getMessage());
    }

    @Test
    void plus_addsAndRejectsOtherMetrics() {
        List<Interaction> list = sample();
        ShareResult whole = CxMetrics.firstContactResolution().compute(list);
        ShareResult parts = CxMetrics.firstContactResolution().compute(list.subList(0, 5))
                .plus(CxMetrics.firstContactResolution().compute(list.subList(5, list.size())));
        assertEquals(whole, parts);
        assertEquals(whole.hashCode(), parts.hashCode());
        var e = assertThrows(IllegalArgumentException.class,
                () -> whole.plus(CxMetrics.reopenRate().compute(list)));
        assertEquals("cannot add results of different metrics: first contact resolution and"
                + " reopen rate", e.getMessage());
        assertNotEquals(CxMetrics.firstContactResolution(), CxMetrics.reopenRate());
    }

    /** The public constructor takes what a calculator could give, and refuses the rest by name. */
    @Test
    void constructor_checksItsComponents() {
        ShareResult r = new ShareResult("first contact resolution", "solved interactions", 6, 6, 2);
        assertEquals(100.0, r.share());
        assertEquals(r, new ShareResult("first contact resolution", "other base", 6, 6, 2),
                "the base's name is not part of the equality");
        Expect.failure(IllegalArgumentException.class,
                () -> new ShareResult("fcr", "solved interactions", 7, 6, 0),
                "hits must be in [0, 6]: 7");
        Expect.failure(IllegalArgumentException.class,
                () -> new ShareResult("fcr", "solved interactions", -1, 6, 0),
                "hits must be in [0, 6]: -1");
        Expect.failure(IllegalArgumentException.class,
                () -> new ShareResult("fcr", "solved interactions", 0, -1, 0),
                "count must be >= 0: -1");
        Expect.failure(IllegalArgumentException.class,
                () -> new ShareResult("fcr", "solved interactions", 0, 0, -2),
                "outside must be >= 0: -2");
        Expect.failure(IllegalArgumentException.class,
                () -> new ShareResult(" ", "solved interactions", 0, 0, 0),
                "metric must not be blank: ' '");
        Expect.failure(NullPointerException.class,
                () -> new ShareResult("fcr", null, 0, 0, 0), "baseName must not be null");
    }
}
