package io.github.cxmetrics.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output formats of a report, by their {@code --format} name: aligned text tables for
 * people, JSON with a stable schema for programs, CSV for spreadsheets, and one self-contained
 * HTML page with charts. The one place where a format is plugged in.
 */
public final class Renderers {

    /** Decimals of numbers in JSON and CSV. */
    static final int MACHINE_DECIMALS = 6;
    /** Significant digits of p-values in JSON and CSV. */
    static final int P_VALUE_DIGITS = 6;

    private static final Map<String, Renderer> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", new TextRenderer());
        BY_NAME.put("json", new JsonRenderer());
        BY_NAME.put("csv", new CsvRenderer());
        BY_NAME.put("html", new HtmlRenderer());
    }

    private Renderers() {}

    /** Returns the format names, in the order the help lists them: text, json, csv, html. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Returns the format names as messages list them, such as {@code text, json, csv or html}. */
    public static String choices() {
        List<String> names = names();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }

    /**
     * Returns the renderer of a {@code --format} name, in any case, or null when there is none.
     */
    public static Renderer of(String format) {
        return BY_NAME.get(format.toLowerCase(Locale.ROOT));
    }
}
