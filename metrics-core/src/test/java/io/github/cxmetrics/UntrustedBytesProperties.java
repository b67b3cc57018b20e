package io.github.cxmetrics;

import static io.github.cxmetrics.StateBytes.body;
import static io.github.cxmetrics.StateBytes.seal;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding random, truncated, bit-flipped and forged bytes throws only
 * {@link IllegalArgumentException} with a message, and never allocates more than the input's
 * length justifies. Forged bytes carry a valid header and checksum, so they reach the parser of
 * every state.
 */
class UntrustedBytesProperties {

    /** What a decode may allocate beyond 64 bytes per input byte: the calculator's own tables. */
    private static final long ALLOWANCE = 8L << 20;

    @Test
    void anyBytes_decodeOrFailWithAMessage() {
        Travellers.forEveryCase(250, UntrustedBytesProperties::check);
    }

    private static <T, R> void check(Travellers.Case<T, R> c, long seed) {
        Random random = new Random(seed);
        Calculator<T, R> calculator = c.calculator();
        Accumulator<T, R> a = calculator.accumulator();
        a.addAll(c.items().apply(random));
        byte[] valid = a.toByteArray();
        byte[] bytes = mutate(valid, random);
        String where = c + ", seed " + seed;
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Accumulator<T, R> decoded;
        try {
            decoded = calculator.accumulatorFrom(bytes);
        } catch (IllegalArgumentException refused) {
            assertNotNull(refused.getMessage(), where);
            assertTrue(!refused.getMessage().isBlank(), where);
            return;
        } catch (RuntimeException | Error other) {
            throw new AssertionError(where + ": " + other, other);
        } finally {
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 64L * bytes.length + ALLOWANCE,
                    () -> where + ": allocated " + allocated + " bytes for " + bytes.length);
        }
        // Bytes that decode are a state like any other: it snapshots, encodes and merges.
        try {
            decoded.snapshot();
            decoded.merge(calculator.accumulatorFrom(decoded.toByteArray()));
        } catch (ArithmeticException overflow) {
            // merging a forged state with itself may overflow a count: that is refused too
        } catch (RuntimeException other) {
            fail(where + ": a decoded state failed: " + other, other);
        }
    }

    /** One of the ways bytes go wrong, chosen at random. */
    static byte[] mutate(byte[] valid, Random random) {
        switch (random.nextInt(7)) {
            case 0 -> {
                return Arrays.copyOf(valid, random.nextInt(valid.length));
            }
            case 1 -> {
                byte[] b = valid.clone();
                int bit = random.nextInt(b.length * 8);
                b[bit / 8] ^= (byte) (1 << (bit % 8));
                return b;
            }
            case 2 -> {
                byte[] b = new byte[random.nextInt(64)];
                random.nextBytes(b);
                return b;
            }
            case 3 -> {
                byte[] body = body(valid);
                if (body.length > 0) {
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                    }
                }
                return seal(valid, body);
            }
            case 4 -> {
                byte[] body = new byte[random.nextInt(80)];
                random.nextBytes(body);
                return seal(valid, body);
            }
            case 5 -> {
                // a forged length or count: 2^31, 2^62 or 2^64 − 1 somewhere in the body
                byte[] body = body(valid);
                byte[][] forged = {
                        {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08},
                        {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
                                (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x40},
                        {-1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01}};
                byte[] f = forged[random.nextInt(forged.length)];
                int at = random.nextInt(body.length + 1);
                byte[] b = new byte[body.length + f.length];
                System.arraycopy(body, 0, b, 0, at);
                System.arraycopy(f, 0, b, at, f.length);
                System.arraycopy(body, at, b, at + f.length, body.length - at);
                return seal(valid, b);
            }
            default -> {
                byte[] body = body(valid);
                return seal(valid, Arrays.copyOf(body, body.length == 0 ? 0
                        : random.nextInt(body.length)));
            }
        }
    }
}
