package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.UsageException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An option of how files are read, given for every file or for one: {@code --delimiter ';'}
 * sets the delimiter of every file, {@code --delimiter responses=';'} that of the responses file
 * only, and the second wins over the first for its file. Exports of different tools differ, so
 * each file may need its own delimiter, time pattern, zone or decimal separator.
 */
public final class PerFile {

    private PerFile() {}

    /**
     * Returns the value of an option for every kind of file.
     *
     * @param option the option's name, for messages, such as {@code --delimiter}
     * @param given the values given, each {@code VALUE} or {@code FILE=VALUE}
     * @param fallback the value of a file for which none is given, or null
     * @param parse turns a value into what the reader needs, throwing {@link UsageException}
     * @return the value per kind (null for a kind without one and without fallback)
     * @throws UsageException if a value is given twice for a file, or a value is invalid
     */
    public static <V> Map<InputKind, V> values(String option, List<String> given, V fallback,
            Function<String, V> parse) {
        V all = fallback;
        boolean allGiven = false;
        Map<InputKind, V> only = new EnumMap<>(InputKind.class);
        for (String text : given == null ? List.<String>of() : given) {
            int eq = text.indexOf('=');
            InputKind kind = eq <= 0 ? null : InputKind.byId(text.substring(0, eq).strip());
            if (kind == null) {
                if (allGiven) {
                    throw new UsageException(option + " is given twice for every file: "
                            + String.join(" and ", given));
                }
                all = parse.apply(text);
                allGiven = true;
            } else if (only.put(kind, parse.apply(text.substring(eq + 1))) != null) {
                throw new UsageException(option + " is given twice for " + kind.id());
            }
        }
        Map<InputKind, V> values = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            V v = only.containsKey(kind) ? only.get(kind) : all;
            if (v != null) {
                values.put(kind, v);
            }
        }
        return values;
    }
}
