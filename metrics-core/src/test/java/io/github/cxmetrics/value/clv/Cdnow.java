package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Purchase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The CDNOW sample (Fader and Hardie), read from the shared data directory: the directory in the
 * system property {@code cxmetrics.cdnow.dir}, or else the first {@code shared/data/cdnow} found
 * beside the repository or any folder above it (the workspace keeps it in {@code ../shared}
 * relative to the repository root, wherever the repository is cloned). The data is not part of the repository: tests
 * that need it are skipped, with a message saying where it was looked for, when it is absent.
 */
final class Cdnow {

    static final String PROPERTY = "cxmetrics.cdnow.dir";
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    static final Currency USD = Currency.getInstance("USD");

    private Cdnow() {}

    static Path directory() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return start.resolve("../../shared/data/cdnow").normalize();
    }

    /** Skips the calling test unless {@code file} exists in the CDNOW directory. */
    static Path require(String file) {
        Path path = directory().resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> "CDNOW data not found at " + path
                + ": skipped (set -D" + PROPERTY + "=<dir> to point at the CDNOW files)");
        return path;
    }

    /**
     * Reads {@code cdnow_customers_summary_with_transactions.csv}: ID,x,t_x,T,zbar in weeks.
     */
    static RfmSummary summary() {
        Path path = require("cdnow_customers_summary_with_transactions.csv");
        RfmSummary.Builder builder = RfmSummary.builder(ChronoUnit.WEEKS).currency(USD);
        for (String line : lines(path).subList(1, lines(path).size())) {
            String[] f = line.strip().split(",");
            builder.add(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        }
        return builder.build();
    }

    /** Reads {@code cdnow_customers_summary.csv}: ID,frequency,recency,T in weeks. */
    static List<String[]> summaryWithoutSpend() {
        Path path = require("cdnow_customers_summary.csv");
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(path).subList(1, lines(path).size())) {
            rows.add(line.strip().split(","));
        }
        return rows;
    }

    /** The RFM summary, in weeks, of {@link #purchases()} through the calibration end. */
    static RfmSummary calibration() {
        return CxMetrics.lifetimeValue().rfm(ChronoUnit.WEEKS, CALIBRATION_END)
                .compute(purchases());
    }

    /** As {@link #calibration()}, with the purchases through the holdout end as the holdout. */
    static RfmSummary calibrationAndHoldout() {
        return CxMetrics.lifetimeValue().rfm(ChronoUnit.WEEKS, CALIBRATION_END)
                .holdoutEnd(HOLDOUT_END).compute(purchases());
    }

    /**
     * Reads the raw transactions of {@code CDNOW_sample.txt}: master id, sample id, date, CDs,
     * dollars; the customer is the sample id, each line one purchase at midnight UTC.
     */
    static List<Purchase> purchases() {
        Path path = require("CDNOW_sample.txt");
        DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
        List<Purchase> purchases = new ArrayList<>();
        for (String line : lines(path)) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            purchases.add(Purchase.of(String.valueOf(Integer.parseInt(f[1])),
                    LocalDate.parse(f[2], format).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    new BigDecimal(f[4]), USD));
        }
        return purchases;
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
