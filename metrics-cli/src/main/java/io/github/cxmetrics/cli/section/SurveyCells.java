package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cells of the survey section that one reader fills: a cell is a calendar period and a group
 * ({@code --by}), numbered as they are met, and each metric keeps an accumulator of its
 * calculator per cell that an answer it accepts fell in. The results are those of the library's
 * {@code calculator.groupBy(key).byPeriod(period, zone)} fed the same answers: the answers of a
 * cell reach its accumulator in the order read, the cells of a later chunk are merged into the
 * same cells, and a cell's result is its accumulator's.
 *
 * <p>Why not that grouped calculator itself: it finds a period, then a group, in two maps per
 * answer and metric (the period by its record hash and equality, slow before the JIT's last
 * tier), a fifth of the reading. Here the answers of one row run (a respondent's answers share
 * the time and the group instances) find their cell by two identity comparisons, whatever the
 * number of metrics; a new time finds its period in a table of the local days met (its offset
 * in the zone, then a division) and its group in a map of the period's groups. Not
 * thread-safe: one per reader.
 */
final class SurveyCells {

    /** The most days the table of the days' periods spans (some 180 years). */
    private static final int MAX_DAYS = 1 << 16;
    private static final int SECONDS_PER_DAY = 86_400;

    private final Periodicity periodicity;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Function<Response, String> key;
    /** The period and group of each cell, by cell number. */
    private final List<CalendarPeriod> periods = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    /** The cell numbers of each period's groups, by period number; the periods by first day. */
    private final List<Map<String, Integer>> cellsOfPeriods = new ArrayList<>();
    private final Map<Long, Integer> periodNumbers = new HashMap<>();
    private final List<CalendarPeriod> numberedPeriods = new ArrayList<>();
    /**
     * The period number (plus one; 0 when not looked up yet) of each local day from
     * {@link #firstDay} on, for the days met.
     */
    private int[] periodOfDay = new int[0];
    private long firstDay;
    /** The answer looked up last: its time and group instances, its period number and cell. */
    private Instant lastTime;
    private String lastGroup;
    private int lastPeriod;
    private int lastCell = -1;

    /**
     * Creates the cells of groups by {@code key} within the periods of {@code periodicity} in
     * {@code zone}.
     */
    SurveyCells(Periodicity periodicity, ZoneId zone, Function<Response, String> key) {
        this.periodicity = periodicity;
        this.zone = zone;
        this.rules = zone.getRules();
        this.key = key;
    }

    /** Returns new empty cells of the same periods and groups, for another reader. */
    SurveyCells emptyCopy() {
        return new SurveyCells(periodicity, zone, key);
    }

    /** Returns the number of the cell of an answer: its period (of its time) and its group. */
    int cellOf(Response response) {
        Instant time = response.answeredAt();
        String group = key.apply(response);
        if (time == lastTime) {
            if (group == lastGroup) {
                return lastCell;
            }
        } else {
            lastPeriod = periodOfDay(localDay(time));
            lastTime = time;
        }
        if (group == null) {
            throw new NullPointerException("group key must not be null: " + response);
        }
        lastGroup = group;
        lastCell = number(lastPeriod, group);
        return lastCell;
    }

    /** Returns the local date of an instant in the zone, as an epoch day. */
    private long localDay(Instant time) {
        long seconds = time.getEpochSecond() + rules.getOffset(time).getTotalSeconds();
        return Math.floorDiv(seconds, SECONDS_PER_DAY);
    }

    /** Returns the number of the period of a local day (an epoch day), numbering it if new. */
    private int periodOfDay(long day) {
        long index = day - firstDay;
        if (index >= 0 && index < periodOfDay.length && periodOfDay[(int) index] > 0) {
            return periodOfDay[(int) index] - 1;
        }
        int number = periodNumber(periodicity.periodOf(LocalDate.ofEpochDay(day)));
        remember(day, number);
        return number;
    }

    /** Notes the period of a day in the table, growing it to cover the day if it may. */
    private void remember(long day, int number) {
        if (periodOfDay.length == 0) {
            periodOfDay = new int[64];
            firstDay = day - 32;
        }
        long index = day - firstDay;
        if (index < 0 || index >= periodOfDay.length) {
            long from = Math.min(firstDay, day);
            long to = Math.max(firstDay + periodOfDay.length, day + 1);
            if (to - from > MAX_DAYS) {
                return;
            }
            long length = Math.min(MAX_DAYS, Math.max(to - from, 2L * periodOfDay.length));
            long start = day < firstDay ? to - length : from;
            int[] grown = new int[(int) length];
            System.arraycopy(periodOfDay, 0, grown, (int) (firstDay - start), periodOfDay.length);
            periodOfDay = grown;
            firstDay = start;
            index = day - firstDay;
        }
        periodOfDay[(int) index] = number + 1;
    }

    /** Returns the number of a period, numbering it if it is new. */
    private int periodNumber(CalendarPeriod period) {
        Integer number = periodNumbers.get(period.start().toEpochDay());
        if (number == null) {
            number = cellsOfPeriods.size();
            periodNumbers.put(period.start().toEpochDay(), number);
            cellsOfPeriods.add(new HashMap<>());
            numberedPeriods.add(period);
        }
        return number;
    }

    /** Returns the number of the cell of a period (by number) and group, numbering it if new. */
    private int number(int period, String group) {
        Map<String, Integer> ofPeriod = cellsOfPeriods.get(period);
        Integer number = ofPeriod.get(group);
        if (number == null) {
            number = periods.size();
            periods.add(numberedPeriods.get(period));
            groups.add(group);
            ofPeriod.put(group, number);
        }
        return number;
    }

    /**
     * Returns, for each cell of {@code later}, the number of the same cell here (numbering the
     * cells that are new here).
     */
    int[] numbersOf(SurveyCells later) {
        int[] mapped = new int[later.periods.size()];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = number(periodNumber(later.periods.get(i)), later.groups.get(i));
        }
        return mapped;
    }

    /**
     * One metric's accumulators, one per cell of the {@link SurveyCells} that an answer the
     * metric accepts fell in.
     *
     * @param <R> the metric's result
     */
    static final class Metric<R> {
        private final Calculator<Response, R> calculator;
        @SuppressWarnings("unchecked")
        private Accumulator<Response, R>[] byCell = new Accumulator[16];

        Metric(Calculator<Response, R> calculator) {
            this.calculator = calculator;
        }

        /** Returns an empty copy, for another reader. */
        Metric<R> emptyCopy() {
            return new Metric<>(calculator);
        }

        /** Adds an answer to the metric's accumulator of cell {@code cell}, if the metric accepts it. */
        void add(int cell, Response response) {
            Accumulator<Response, R> accumulator = cell < byCell.length ? byCell[cell] : null;
            if (accumulator == null) {
                if (!calculator.accepts(response)) {
                    return;
                }
                accumulator = accumulatorOf(cell);
            }
            accumulator.add(response);
        }

        private Accumulator<Response, R> accumulatorOf(int cell) {
            if (cell >= byCell.length) {
                byCell = Arrays.copyOf(byCell, Math.max(cell + 1, 2 * byCell.length));
            }
            Accumulator<Response, R> accumulator = byCell[cell];
            if (accumulator == null) {
                accumulator = calculator.accumulator();
                byCell[cell] = accumulator;
            }
            return accumulator;
        }

        /**
         * Merges the accumulators of a later reader's metric, whose cell {@code i} is cell
         * {@code numbers[i]} here.
         */
        void merge(Metric<?> later, int[] numbers) {
            @SuppressWarnings("unchecked")
            Metric<R> that = (Metric<R>) later;
            for (int i = 0; i < that.byCell.length && i < numbers.length; i++) {
                if (that.byCell[i] != null) {
                    accumulatorOf(numbers[i]).merge(that.byCell[i]);
                }
            }
        }

        /**
         * Returns the results by period, then by group, of the cells an answer of the metric
         * fell in, as {@code calculator.groupBy(key).byPeriod(period, zone)} gives them.
         */
        SortedMap<CalendarPeriod, Map<String, R>> results(SurveyCells cells) {
            SortedMap<CalendarPeriod, Map<String, R>> results = new TreeMap<>();
            for (int i = 0; i < byCell.length && i < cells.periods.size(); i++) {
                if (byCell[i] != null) {
                    results.computeIfAbsent(cells.periods.get(i), p -> new TreeMap<>())
                            .put(cells.groups.get(i), byCell[i].snapshot());
                }
            }
            return results;
        }
    }
}
