package io.github.cxmetrics.cli.input;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a chunk of a file starts and on which line ({@link InputReader#lineStartFrom}), which
 * counts the line breaks before it eight bytes at a time: the same as a byte at a time, for
 * random files of LF, CRLF and CR line breaks (CR and LF in every position of the eight bytes)
 * and every start.
 */
class LineStartTest {

    @TempDir
    Path dir;

    @Test
    void wordsAtATimeCountAsBytesAtATime() {
        Path file = dir.resolve("lines.csv");
        qt(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            byte[] bytes = new byte[r.nextInt(r.nextBoolean() ? 40 : 200_000)];
            String alphabet = r.nextBoolean() ? "ab,\n" : "a\r\n\"";
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
            }
            write(file, bytes);
            int starts = Math.min(bytes.length, 60);
            for (int k = 0; k < starts; k++) {
                long from = bytes.length <= 60 ? k + 1 : 1 + r.nextInt(bytes.length);
                try {
                    assertArrayEquals(byteAtATime(bytes, from),
                            InputReader.lineStartFrom(file, from), () -> "from " + from);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference: a byte at a time from the start. */
    private static long[] byteAtATime(byte[] bytes, long from) {
        long line = 1;
        boolean afterCr = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                afterCr = false;
                if (i + 1 >= from) {
                    return new long[] {i + 1, line};
                }
            } else {
                if (afterCr) {
                    line++;
                }
                afterCr = b == '\r';
            }
        }
        return new long[] {bytes.length, afterCr ? line + 1 : line};
    }
}
