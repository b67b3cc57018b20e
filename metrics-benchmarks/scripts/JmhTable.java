import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file into the Markdown tables of docs/benchmarks.md: per benchmark
 * class and size, each method's time per call and per item, its allocation per call (when run
 * with -prof gc), and how many times faster each library method is than each baseline.
 *
 * <p>Run with the JDK's single-file launcher: {@code java JmhTable.java results.json}. Methods
 * named {@code library*} are the library's; methods named {@code baseline*} are the baselines.
 */
public class JmhTable {

    record Row(String klass, String method, String size, double score, double error, String unit,
            Double bytesPerOp) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java JmhTable.java results.json");
            System.exit(1);
        }
        Object json = new Parser(Files.readString(Path.of(args[0]))).value();
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Object o : (List<?>) json) {
            Map<?, ?> run = (Map<?, ?>) o;
            String name = (String) run.get("benchmark");
            String klass = name.substring(0, name.lastIndexOf('.'));
            klass = klass.substring(klass.lastIndexOf('.') + 1);
            String method = name.substring(name.lastIndexOf('.') + 1);
            Map<?, ?> params = (Map<?, ?>) run.get("params");
            String size = params == null || params.get("size") == null ? ""
                    : String.valueOf(params.get("size"));
            if (params != null) {
                // Parameters other than the size name the row: fit (copies=1000, distinct=true).
                List<String> others = new ArrayList<>();
                params.forEach((k, v) -> {
                    if (!k.equals("size")) {
                        others.add(k + "=" + v);
                    }
                });
                if (!others.isEmpty()) {
                    method = method + " (" + String.join(", ", others) + ")";
                }
            }
            Map<?, ?> primary = (Map<?, ?>) run.get("primaryMetric");
            Double bytes = null;
            Map<?, ?> secondary = (Map<?, ?>) run.get("secondaryMetrics");
            if (secondary != null) {
                for (String key : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
                    if (secondary.get(key) != null) {
                        bytes = number(((Map<?, ?>) secondary.get(key)).get("score"));
                    }
                }
            }
            Row row = new Row(klass, method, size, number(primary.get("score")),
                    number(primary.get("scoreError")), (String) primary.get("scoreUnit"), bytes);
            groups.computeIfAbsent(klass + " " + pad(size), k -> new ArrayList<>()).add(row);
        }
        StringBuilder out = new StringBuilder();
        for (List<Row> rows : groups.values()) {
            Row first = rows.get(0);
            out.append("\n### ").append(first.klass());
            if (!first.size().isEmpty()) {
                out.append(", size ").append(String.format(Locale.ROOT, "%,d", Long.parseLong(first.size())));
            }
            out.append("\n\n| method | time per call | ± error | ns per item | bytes per call | ");
            List<Row> baselines = rows.stream().filter(r -> r.method().startsWith("baseline")).toList();
            for (Row b : baselines) {
                out.append("× vs ").append(b.method().substring("baseline".length())).append(" | ");
            }
            out.append("\n|---|---:|---:|---:|---:|");
            out.append("---:|".repeat(baselines.size())).append('\n');
            for (Row r : rows) {
                out.append("| ").append(r.method()).append(" | ")
                        .append(fmt(r.score())).append(' ').append(r.unit()).append(" | ")
                        .append(fmt(r.error())).append(" | ")
                        .append(perItem(r)).append(" | ")
                        .append(r.bytesPerOp() == null ? "" : fmt(r.bytesPerOp())).append(" | ");
                for (Row b : baselines) {
                    out.append(r.method().startsWith("library")
                            ? String.format(Locale.ROOT, "%.2f", b.score() / r.score()) : "").append(" | ");
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }

    private static String pad(String size) {
        return String.format("%15s", size);
    }

    private static String perItem(Row r) {
        if (r.size().isEmpty()) {
            return "";
        }
        double nanos = switch (r.unit()) {
            case "ms/op" -> r.score() * 1e6;
            case "us/op" -> r.score() * 1e3;
            case "ns/op" -> r.score();
            case "s/op" -> r.score() * 1e9;
            default -> Double.NaN;
        };
        return fmt(nanos / Long.parseLong(r.size()));
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v != 0 && Math.abs(v) < 0.01) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
    }

    private static double number(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof String s) {
            return s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
        }
        return Double.NaN;
    }

    /** A minimal JSON parser: objects, arrays, strings, numbers, true, false, null. */
    static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    map.put(key, value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    return map;
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect(']');
                    return list;
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalStateException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
