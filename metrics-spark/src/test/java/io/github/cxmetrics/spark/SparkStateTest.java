package io.github.cxmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The layout of a state in Spark, and how untrusted bytes are refused; no Spark needed. */
class SparkStateTest {

    private static byte[] npsState() {
        StateBuffer buffer = new StateBuffer(Metric.of(MetricSpec.of("nps")));
        for (int score : new int[] {10, 9, 8, 6, 3}) {
            buffer.metric().addScore(buffer.accumulator(), score, 1.0);
        }
        return buffer.getState();
    }

    @Test
    void aState_isTheDocumentedBytes() {
        byte[] state = npsState();
        // "CXS", version 1, one option: "metric" = "nps", then the core's 31 bytes of
        // docs/wire-format.md (NPS of 10, 9, 8, 6 and 3).
        assertEquals("435853" + "01" + "01" + "066d6574726963" + "036e7073"
                + "43580101" + "adb1c7db071ec1b4" + "00" + "0000000100000100010101" + "000000"
                + "748a576e",
                HexFormat.of().formatHex(state));
        byte[] core = Arrays.copyOfRange(state, 16, state.length);
        assertEquals(31, core.length);
        assertEquals(5, CxMetrics.nps().accumulatorFrom(core).snapshot().count());
    }

    @Test
    void options_travelSorted_andReadBack() {
        MetricSpec spec = TopBoxMetric.spec(" Negative 1-6 , neutral 7-8, positive 9 - 10 ", true);
        assertEquals("top-box {lenient=true, scale=custom: negative 1-6, neutral 7-8, positive"
                + " 9-10}", spec.toString());
        byte[] state = new StateBuffer(Metric.of(spec)).getState();
        assertEquals(spec, SparkState.decode(state).spec());
        StateBuffer read = new StateBuffer();
        read.setState(state);
        assertArrayEquals(state, read.getState());
    }

    @Test
    void malformedBytes_areRefusedWithAClearMessage() {
        byte[] good = npsState();
        assertEquals("not a cxmetrics Spark state: 2 bytes that do not start with \"CXS\" (states"
                + " come from the cx_…_state functions and cx_merge)", refusal(new byte[] {'C', 'X'}));
        byte[] version = good.clone();
        version[3] = 9;
        assertEquals("unsupported cxmetrics Spark state version 9: this library reads version 1",
                refusal(version));
        assertEquals("malformed cxmetrics Spark state: the bytes end inside a number",
                refusal(Arrays.copyOf(good, 4)));
        assertEquals("malformed cxmetrics Spark state: a text of 6 bytes, more than the 3 left",
                refusal(Arrays.copyOf(good, 9)));
        byte[] metric = good.clone();
        metric[13] = 'x';
        assertEquals("unknown metric 'xps': a state of a newer cxmetrics, or not a state of"
                + " cxmetrics", refusal(metric));
        byte[] crc = good.clone();
        crc[crc.length - 1] ^= 1;
        assertEquals(true, refusal(crc).startsWith("corrupted cxmetrics state: checksum"));
        byte[] otherOptions = new StateBuffer(Metric.of(MetricSpec.of("nps").lenient(true)))
                .getState();
        // The spec of a lenient NPS in front of the core's bytes of a strict one.
        int head = otherOptions.length - SparkState.decode(otherOptions).core().length;
        byte[] forged = Arrays.copyOf(otherOptions, head + 31);
        System.arraycopy(good, 16, forged, head, 31);
        assertEquals(true, refusal(forged).startsWith("the bytes were made by a calculator with"
                + " other options"), refusal(forged));
        assertEquals("metric nps has no options [digits]", refusal(SparkState.encode(
                MetricSpec.of("nps").with("digits", "3"), Arrays.copyOfRange(good, 16, 47))));
    }

    @Test
    void randomAndTruncatedBytes_giveOnlyIllegalArgumentExceptions() {
        Random random = new Random(7);
        byte[] good = npsState();
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = i % 2 == 0 ? Arrays.copyOf(good, random.nextInt(good.length))
                    : good.clone();
            if (i % 2 == 1) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            if (Arrays.equals(bytes, good)) {
                continue;
            }
            byte[] input = bytes;
            assertThrows(IllegalArgumentException.class, () -> new StateBuffer().setState(input));
        }
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(IllegalArgumentException.class,
                () -> new StateBuffer().setState(bytes)).getMessage();
    }

    @Test
    void scaleTexts_readBuiltInAndCustomScales_andWriteThemCanonically() {
        assertEquals("five-point", Scales.text(Scales.parse(" Five-Point ")));
        assertEquals("effort: positive 1-3, neutral 4, negative 5-7",
                Scales.text(Scales.parse("Effort: negative 5-7, neutral 4, positive 1-3")));
        assertEquals("custom: negative -2--1, positive 0-2",
                Scales.text(Scales.parse("negative -2--1, positive 0-2")));
        assertEquals("scale: the positive band is given twice: 'positive 1, positive 2,"
                + " negative 0'", assertThrows(IllegalArgumentException.class,
                        () -> Scales.parse("positive 1, positive 2, negative 0")).getMessage());
        assertEquals("scale 'custom' needs a negative band", assertThrows(
                IllegalArgumentException.class, () -> Scales.parse("positive 1-5")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scales.parse("negative 1-3, positive 3-5"));
        assertEquals(Response.NO_SCORE, Integer.MIN_VALUE);
    }
}
