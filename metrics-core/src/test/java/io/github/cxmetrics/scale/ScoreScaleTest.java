package io.github.cxmetrics.scale;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreScaleTest {

    @Test
    void nps_bandsAreDetractorsPassivesPromoters() {
        for (int s = 0; s <= 6; s++) {
            assertEquals(Band.NEGATIVE, ScoreScale.NPS.band(s));
        }
        assertEquals(Band.NEUTRAL, ScoreScale.NPS.band(7));
        assertEquals(Band.NEUTRAL, ScoreScale.NPS.band(8));
        assertEquals(Band.POSITIVE, ScoreScale.NPS.band(9));
        assertEquals(Band.POSITIVE, ScoreScale.NPS.band(10));
        assertEquals(0, ScoreScale.NPS.min());
        assertEquals(10, ScoreScale.NPS.max());
        assertEquals(11, ScoreScale.NPS.size());
        assertEquals(Direction.HIGHER_IS_BETTER, ScoreScale.NPS.direction());
    }

    @Test
    void builtIns_haveTheDocumentedBands() {
        assertEquals("five-point [1, 5] negative 1-2 neutral 3 positive 4-5",
                ScoreScale.FIVE_POINT.toString());
        assertEquals("seven-point [1, 7] negative 1-3 neutral 4 positive 5-7",
                ScoreScale.SEVEN_POINT.toString());
        assertEquals("three-point [1, 3] negative 1 neutral 2 positive 3",
                ScoreScale.THREE_POINT.toString());
        assertEquals("good-bad [0, 1] negative 0 positive 1", ScoreScale.GOOD_BAD.toString());
        assertEquals("nps-0-10 [0, 10] negative 0-6 neutral 7-8 positive 9-10",
                ScoreScale.NPS.toString());
    }

    @Test
    void band_outsideTheScale_isRejected() {
        failure(IllegalArgumentException.class, () -> ScoreScale.NPS.band(11),
                "score must be in [0, 10]: 11");
    }

    @Test
    void builder_lowerIsBetter_isInferred() {
        ScoreScale effort = ScoreScale.builder("effort")
                .positive(1, 2).neutral(3, 3).negative(4, 5).build();
        assertEquals(Direction.LOWER_IS_BETTER, effort.direction());
        assertEquals(Band.POSITIVE, effort.band(1));
        assertEquals(Band.NEGATIVE, effort.band(5));
    }

    @Test
    void builder_statedDirectionContradictingTheBands_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .negative(1, 2).positive(3, 4).direction(Direction.LOWER_IS_BETTER).build(),
                "scale 'x': direction LOWER_IS_BETTER contradicts the bands: positive [3, 4],"
                + " negative [1, 2]");
    }

    @Test
    void builder_overlappingBands_areRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .negative(1, 3).neutral(3, 4).positive(5, 7).build(),
                "scale 'x': bands overlap: negative [1, 3] and neutral [3, 4] share score 3");
    }

    @Test
    void builder_gapBetweenBands_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .negative(1, 2).positive(4, 5).build(),
                "scale 'x': score 3 is in no band; the bands must cover [1, 5]");
    }

    @Test
    void builder_bandsNotCoveringTheStatedRange_areRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .range(0, 10).negative(1, 6).neutral(7, 8).positive(9, 10).build(),
                "scale 'x': score 0 is in no band; the bands must cover [0, 10]");
    }

    @Test
    void builder_bandOutsideTheRange_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .range(0, 10).negative(0, 6).neutral(7, 8).positive(9, 11).build(),
                "scale 'x': positive band [9, 11] is outside the range [0, 10]");
    }

    @Test
    void builder_emptyRangeOrBand_isRejected() {
        assertEquals("range is empty: 5 > 1", assertThrows(IllegalArgumentException.class,
                () -> ScoreScale.builder("x").range(5, 1)).getMessage());
        assertEquals("negative band is empty: 3 > 2", assertThrows(IllegalArgumentException.class,
                () -> ScoreScale.builder("x").negative(3, 2)).getMessage());
    }

    @Test
    void builder_optionSetTwice_isRejected() {
        assertEquals("negative band was already set to [0, 6]", assertThrows(
                IllegalStateException.class,
                () -> ScoreScale.builder("x").negative(0, 6).negative(0, 5)).getMessage());
        assertEquals("range was already set to [0, 10]", assertThrows(IllegalStateException.class,
                () -> ScoreScale.builder("x").range(0, 10).range(1, 10)).getMessage());
        assertEquals("direction was already set to HIGHER_IS_BETTER", assertThrows(
                IllegalStateException.class, () -> ScoreScale.builder("x")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .direction(Direction.LOWER_IS_BETTER)).getMessage());
    }

    @Test
    void builder_missingPositiveBand_isRejected() {
        failure(IllegalStateException.class,
                () -> ScoreScale.builder("x").negative(0, 6).neutral(7, 10).build(),
                "scale 'x' needs a positive band");
    }

    @Test
    void builder_neutralOutsideTheMiddle_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .neutral(1, 1).negative(2, 3).positive(4, 5).build(),
                "scale 'x' is HIGHER_IS_BETTER but score 2 is negative after score 1 in band"
                + " neutral");
    }

    @Test
    void builder_tooManyScores_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.builder("x") .negative(0, 999).positive(1000, 1001).build(),
                "scale 'x' must have at most 1001 scores: 1002");
    }

    @Test
    void builder_blankName_isRejected() {
        assertEquals("scale name must not be blank: ''", assertThrows(
                IllegalArgumentException.class, () -> ScoreScale.builder("")).getMessage());
    }

    @Test
    void requireConsistent_implementationWithoutBand_isRejected() {
        ScoreScale broken = new Custom(1, 5, s -> s == 4 ? null : s < 3 ? Band.NEGATIVE : Band.POSITIVE);
        failure(IllegalArgumentException.class, () -> ScoreScale.requireConsistent(broken),
                "scale 'custom' has no band for score 4");
    }

    @Test
    void requireConsistent_implementationWithEmptyRange_isRejected() {
        ScoreScale broken = new Custom(5, 1, s -> Band.NEUTRAL);
        failure(IllegalArgumentException.class, () -> ScoreScale.requireConsistent(broken),
                "scale 'custom' has an empty range: min 5 > max 1");
    }

    @Test
    void requireConsistent_implementationWithoutNegativeBand_isRejected() {
        ScoreScale broken = new Custom(1, 5, s -> s < 3 ? Band.NEUTRAL : Band.POSITIVE);
        failure(IllegalArgumentException.class, () -> ScoreScale.requireConsistent(broken),
                "scale 'custom' needs at least one negative and one positive score");
    }

    @Test
    void reverse_onZeroToTen_isTenMinusX() {
        assertEquals(7, ScoreScale.NPS.reverse(3));
        assertEquals(10, ScoreScale.NPS.reverse(0));
        assertEquals(4, ScoreScale.SEVEN_POINT.reverse(4));
        assertEquals(5, ScoreScale.FIVE_POINT.reverse(1));
    }

    @Test
    void convert_mapsLinearlyBetweenRanges() {
        assertEquals(7.5, ScoreScale.FIVE_POINT.convert(4, ScoreScale.NPS), 1e-12);
        assertEquals(0.0, ScoreScale.FIVE_POINT.convert(1, ScoreScale.NPS), 1e-12);
        assertEquals(10.0, ScoreScale.FIVE_POINT.convert(5, ScoreScale.NPS), 1e-12);
        assertEquals(4.0, ScoreScale.NPS.convert(5, ScoreScale.SEVEN_POINT), 1e-12);
        assertEquals(3.0, ScoreScale.FIVE_POINT.convert(5, ScoreScale.THREE_POINT), 1e-12);
    }

    @Test
    void convert_betweenDirections_mirrorsThePosition() {
        ScoreScale effort = ScoreScale.builder("effort")
                .positive(1, 2).neutral(3, 3).negative(4, 5).build();
        assertEquals(5.0, effort.convert(1, ScoreScale.FIVE_POINT), 1e-12);
        assertEquals(1.0, effort.convert(5, ScoreScale.FIVE_POINT), 1e-12);
        // 2 is a quarter of the way from the best end: 1 + 0.75 × 6 on a higher-is-better 1–7
        assertEquals(5.5, effort.convert(2, ScoreScale.SEVEN_POINT), 1e-12);
    }

    @Test
    void convert_scoreOutsideTheScale_isRejected() {
        failure(IllegalArgumentException.class,
                () -> ScoreScale.FIVE_POINT.convert(6, ScoreScale.NPS),
                "score must be in [1, 5]: 6");
    }

    @Test
    void equals_sameDefinition_isEqual() {
        ScoreScale copy = ScoreScale.builder("nps-0-10").negative(0, 6).neutral(7, 8).positive(9, 10)
                .build();
        assertEquals(ScoreScale.NPS, copy);
        assertEquals(ScoreScale.NPS.hashCode(), copy.hashCode());
    }

    /** A user's implementation of the interface. */
    record Custom(int min, int max, java.util.function.IntFunction<Band> bands) implements ScoreScale {
        @Override
        public String name() {
            return "custom";
        }

        @Override
        public Band band(int score) {
            return bands.apply(requireScore(score));
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }
}
