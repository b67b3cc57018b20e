package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For every calculator: split the input at random into k parts, encode each part's accumulator,
 * decode, merge in random order, and get what one pass gives, with the same bytes.
 */
class BinaryFormProperties {

    @Test
    void splitEncodeDecodeMerge_equalsOnePass_andGivesTheSameBytes() {
        Travellers.forEveryCase(40, BinaryFormProperties::check);
    }

    private static <T, R> void check(Travellers.Case<T, R> c, long seed) {
        Random random = new Random(seed);
        List<T> items = c.items().apply(random);
        Calculator<T, R> calculator = c.calculator();
        Accumulator<T, R> onePass = calculator.accumulator();
        onePass.addAll(items);
        byte[] expected = onePass.toByteArray();

        int k = 1 + random.nextInt(6);
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            parts.add(new ArrayList<>());
        }
        for (T item : items) {
            parts.get(random.nextInt(k)).add(item);
        }
        List<byte[]> encoded = new ArrayList<>();
        for (List<T> part : parts) {
            Accumulator<T, R> a = calculator.accumulator();
            a.addAll(part);
            encoded.add(a.toByteArray());
        }
        Collections.shuffle(encoded, random);
        Accumulator<T, R> total = calculator.accumulatorFrom(encoded.get(0));
        for (byte[] bytes : encoded.subList(1, encoded.size())) {
            total.merge(calculator.accumulatorFrom(bytes));
        }
        String where = c + ", seed " + seed + ", k " + k;
        assertEquals(onePass.snapshot(), total.snapshot(), where);
        assertArrayEquals(expected, total.toByteArray(), where);
        assertArrayEquals(expected, calculator.accumulatorFrom(expected).toByteArray(), where);
    }
}
