package io.github.cxmetrics.survey;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.undefinedWhenEmpty;
import static io.github.cxmetrics.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoyaltyIndexCalculatorTest {

    private static final String[] QUESTIONS =
            {"cli_recommend", "cli_repurchase", "cli_other_products", "cli_competitor"};

    private static List<Response> answers(String customer, int... scores) {
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(Response.of(customer, QUESTIONS[i], scores[i], T0, Channel.WEB));
        }
        return list;
    }

    @Test
    void score_isTheMeanOfAllAnswersWithReverseCoding() {
        // 9, 8, 6 and 2 reverse-coded to 8: (9 + 8 + 6 + 8) / 4 = 7.75
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex().reverseCoded("cli_competitor")
                .compute(answers("a", 9, 8, 6, 2));
        assertEquals(7.75, cli.score(), 1e-12);
        assertEquals(4, cli.count());
        assertEquals(8.0, cli.questionMean("cli_competitor"), 1e-12);
        assertEquals(Set.of("cli_competitor"), cli.reverseCoded());
    }

    @Test
    void score_withoutReverseCoding_isThePlainMean() {
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex().compute(answers("a", 9, 8, 6, 2));
        assertEquals(6.25, cli.score(), 1e-12);
    }

    @Test
    void questions_filterOtherAnswers() {
        List<Response> list = new ArrayList<>(answers("a", 10, 10, 10, 0));
        list.add(Response.of("a", "nps", 0, T0, Channel.WEB));
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex().questions(QUESTIONS)
                .reverseCoded("cli_competitor").compute(list);
        assertEquals(10.0, cli.score(), 1e-12);
        assertEquals(4, cli.byQuestion().size());
    }

    @Test
    void reverseCoded_notAmongTheQuestions_isRejected() {
        failure(IllegalArgumentException.class,
                () -> CxMetrics.loyaltyIndex().questions("a", "b").reverseCoded("c"),
                "reverse-coded question 'c' is not among the questions [a, b]");
    }

    @Test
    void confidenceInterval_isAStudentTInterval() {
        List<Response> list = new ArrayList<>(answers("a", 10, 8, 6, 4));
        // mean 7, sd sqrt(20/3) = 2.581989, n 4: 7 ± 3.182446 × 1.290994 = [2.891, 11.109],
        // limited to the 0–10 scale
        Interval ci = CxMetrics.loyaltyIndex().compute(list).confidenceInterval(0.95);
        assertEquals(7 - 4.108521, ci.lower(), 1e-5);
        assertEquals(10.0, ci.upper());
    }

    @Test
    void confidenceInterval_smallSample_staysOnTheScale() {
        // mean 9, sd 1.414214, n 2: 9 ± 12.706205 × 1 = [-3.7, 21.7], limited to [0, 10]
        List<Response> list = answers("a", 10, 8);
        Interval ci = CxMetrics.loyaltyIndex().compute(list).confidenceInterval(0.95);
        assertEquals(0.0, ci.lower());
        assertEquals(10.0, ci.upper());
    }

    @Test
    void comparedTo_isWelchsTest() {
        LoyaltyIndexResult a = CxMetrics.loyaltyIndex().compute(answers("a", 10, 8, 6, 4));
        LoyaltyIndexResult b = CxMetrics.loyaltyIndex().compute(answers("b", 5, 5, 4, 6));
        Comparison c = a.comparedTo(b);
        // means 7 and 5, variances 20/3 and 2/3, n 4 each: se = sqrt(5/3 + 1/6) = 1.354006,
        // t = 1.477098, df = (11/6)² / ((5/3)²/3 + (1/6)²/3) = 3.594
        assertEquals(2.0, c.difference(), 1e-12);
        assertEquals(1.354006, c.standardError(), 1e-6);
        assertEquals(1.477098, c.statistic(), 1e-6);
        assertTrue(c.pValue() > 0.2 && c.pValue() < 0.3, () -> "p " + c.pValue());
        assertEquals("welch t-test", c.test());
    }

    @Test
    void compute_empty_scoreFails() {
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex().compute(List.of());
        undefinedWhenEmpty(cli, cli::score,
                "cli is undefined for an empty result: no scored answers");
    }

    @Test
    void plus_equalsOnePass() {
        List<Response> first = answers("a", 10, 8, 6, 4);
        List<Response> second = answers("b", 5, 5, 4, 6);
        var calculator = CxMetrics.loyaltyIndex().reverseCoded("cli_competitor");
        List<Response> both = new ArrayList<>(first);
        both.addAll(second);
        assertEquals(calculator.compute(both),
                calculator.compute(first).plus(calculator.compute(second)));
    }
}
