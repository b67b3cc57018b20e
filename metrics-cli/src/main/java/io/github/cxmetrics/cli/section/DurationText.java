package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.UsageException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as options write them: a whole number with a unit, {@code 90s}, {@code 30m},
 * {@code 4h}, {@code 2d}, or an ISO-8601 duration such as {@code PT1H30M}; and back, compactly.
 */
final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    private DurationText() {}

    /**
     * Parses a positive duration.
     *
     * @param text the duration, such as {@code 4h} or {@code PT1H30M}
     * @param option the option, for messages
     * @throws UsageException if the text is not a positive duration
     */
    static Duration parse(String text, String option) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d = null;
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else if (t.startsWith("p")) {
            try {
                d = Duration.parse(t);
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null) {
            throw new UsageException(option + ": not a duration such as 30m, 4h, 2d or PT1H30M: '"
                    + text.strip() + "'");
        }
        if (d.isNegative() || d.isZero()) {
            throw new UsageException(option + ": a duration must be > 0: '" + text.strip() + "'");
        }
        return d;
    }

    /**
     * Parses increasing positive durations separated by commas, such as {@code 1h,4h,24h}.
     *
     * @throws UsageException if one is not a positive duration, or they do not increase
     */
    static List<Duration> parseIncreasing(String text, String option) {
        List<Duration> list = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            Duration d = parse(item, option);
            if (!list.isEmpty() && d.compareTo(list.get(list.size() - 1)) <= 0) {
                throw new UsageException(option + ": the durations must increase: " + text.strip());
            }
            list.add(d);
        }
        return List.copyOf(list);
    }

    /**
     * Returns a duration compactly, as the library labels its bands: {@code 90s}, {@code 30m},
     * {@code 4h}, {@code 72h}, else ISO-8601.
     */
    static String format(Duration d) {
        if (d.getNano() != 0) {
            return d.toString();
        }
        long s = d.getSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** Returns durations joined with commas, such as {@code 1h,4h,24h}. */
    static String describe(List<Duration> durations) {
        return String.join(",", durations.stream().map(DurationText::format).toList());
    }
}
