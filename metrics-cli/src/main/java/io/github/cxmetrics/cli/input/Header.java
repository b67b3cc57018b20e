package io.github.cxmetrics.cli.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of an input file: where each documented column is, after the {@code --column}
 * mapping, and which other columns are attributes. Documented names match case-insensitively and
 * without surrounding blanks; mapped names match exactly (without surrounding blanks). Two
 * columns whose names differ only in case are refused, and an attribute column whose name is
 * close to a documented column the file lacks (one or two letters apart, such as
 * {@code weights}) is warned about ({@link #warnings()}): it is likely a misspelling.
 */
public final class Header {

    private final String file;
    private final InputKind kind;
    private final List<String> names;
    private final Map<String, Integer> documented = new HashMap<>();
    private final List<String> attributeNames = new ArrayList<>();
    private final int[] attributeIndexes;
    private final List<String> warnings = new ArrayList<>();
    private final char delimiter;

    /**
     * Reads a header.
     *
     * @param file the file name, for messages
     * @param kind the kind of file
     * @param fields the header's fields
     * @param mapping documented column → header name, from {@code --column}
     * @param delimiter the field delimiter, for the hint when it seems wrong
     * @throws InputException if a column is duplicated, a mapped column is absent or a required
     *     column is missing
     */
    Header(String file, InputKind kind, List<String> fields, Map<String, String> mapping,
            char delimiter) {
        this.file = file;
        this.kind = kind;
        this.names = fields.stream().map(String::strip).toList();
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw InputException.at(file, 1, "column " + (i + 1) + " has no name");
            }
            if (exact.putIfAbsent(name, i) != null) {
                throw InputException.at(file, 1, "duplicate column '" + shown(name) + "'");
            }
            Integer same = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (same != null) {
                throw InputException.at(file, 1, "duplicate column '" + shown(name) + "': column "
                        + (same + 1) + " is '" + shown(names.get(same)) + "', and names match"
                        + " regardless of case");
            }
        }
        Map<String, String> mappedBack = new HashMap<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            Integer index = exact.get(m.getValue());
            if (index == null) {
                throw InputException.at(file, 1, "unknown column '" + m.getValue() + "' (mapped to "
                        + m.getKey() + " by --column; header: " + listed() + ")"
                        + delimiterHint(delimiter));
            }
            documented.put(m.getKey(), index);
            mappedBack.put(m.getValue(), m.getKey());
        }
        for (String column : kind.allColumns()) {
            if (documented.containsKey(column)) {
                continue;
            }
            int i = find(column, mappedBack, false);
            if (i < 0) {
                i = find(column, mappedBack, true);
            }
            if (i < 0 && kind.alias(column) != null) {
                i = find(normalized(kind.alias(column)), mappedBack, true);
            }
            if (i >= 0) {
                documented.put(column, i);
            }
        }
        this.delimiter = delimiter;
        for (String column : kind.required()) {
            if (!documented.containsKey(column)) {
                throw missing(column);
            }
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!documented.containsValue(i)) {
                attributeNames.add(names.get(i));
                indexes.add(i);
            }
        }
        this.attributeIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        for (String attribute : attributeNames) {
            String near = nearestAbsent(kind, attribute);
            if (near != null) {
                warnings.add(file + ":1: column '" + shown(attribute) + "' is read as an"
                        + " attribute: it is not a column of " + kind.id() + "; did you mean '"
                        + near + "'?");
            }
        }
    }

    /**
     * Returns the index of the column named {@code column} that no {@code --column} maps and no
     * documented column has taken, compared regardless of case, and when {@code loosely} also
     * with blanks and hyphens as underscores ({@code Solved at} is {@code solved_at}); or -1.
     */
    private int find(String column, Map<String, String> mappedBack, boolean loosely) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (mappedBack.containsKey(name) || documented.containsValue(i)) {
                continue;
            }
            String n = loosely ? normalized(name) : name.toLowerCase(Locale.ROOT);
            if (n.equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns a name in lower case with each run of blanks, hyphens and underscores as one {@code _}. */
    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    /**
     * Returns the error of a missing documented column, naming the header's columns, with a hint
     * when the delimiter seems wrong.
     */
    public InputException missing(String column) {
        return missing(column, "");
    }

    /** Returns the error of a missing column, with {@code why} after the header's columns. */
    public InputException missing(String column, String why) {
        return InputException.at(file, 1, "missing column '" + column + "' (header: " + listed()
                + ")" + why + delimiterHint(delimiter));
    }

    /**
     * Returns the documented column the file lacks whose name is closest to {@code name}, if it
     * is at most one edit away (names of up to 4 letters) or two (longer names); else null.
     */
    private String nearestAbsent(InputKind kind, String name) {
        String n = normalized(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String column : kind.allColumns()) {
            if (documented.containsKey(column)) {
                continue;
            }
            int allowed = column.length() <= 4 ? 1 : 2;
            int d = editDistance(n, column, allowed);
            if (d <= allowed && d < bestDistance) {
                best = column;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Returns the optimal string alignment distance of two names (insertions, deletions,
     * substitutions and transpositions of neighbours), or {@code max + 1} when it is larger.
     */
    static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }

    /** Returns a column name as messages show it: line breaks escaped, a long name cut. */
    static String shown(String name) {
        return RowException.display(name);
    }

    /** Returns the column names as messages list them: the first 20, then how many more. */
    private String listed() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size() && i < 20; i++) {
            s.append(i == 0 ? "" : ", ").append(shown(names.get(i)));
        }
        if (names.size() > 20) {
            s.append(", ... (").append(names.size()).append(" columns)");
        }
        return s.toString();
    }

    /** Returns the column names, stripped, in header order. */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the warnings about the header, such as a column that seems a misspelled documented
     * one, each as {@code FILE:1: ...}.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private String delimiterHint(char delimiter) {
        if (names.size() == 1) {
            for (char c : new char[] {',', ';', '\t', '|'}) {
                if (c != delimiter && names.get(0).indexOf(c) >= 0) {
                    return "; is the delimiter '" + (c == '\t' ? "\\t" : String.valueOf(c))
                            + "'? use --delimiter";
                }
            }
        }
        return "";
    }

    /** Returns the kind of the file. */
    public InputKind kind() {
        return kind;
    }

    /** Returns the file name, for messages. */
    public String file() {
        return file;
    }

    /** Returns the number of fields of the header. */
    public int size() {
        return names.size();
    }

    /** Returns the index of a documented column, or -1 when the file does not have it. */
    public int index(String column) {
        Integer index = documented.get(column);
        return index == null ? -1 : index;
    }

    /** Returns the name the file gives a documented column it has, as written in its header. */
    public String nameOf(String column) {
        return names.get(index(column));
    }

    /** Returns whether the file has a documented column. */
    public boolean has(String column) {
        return documented.containsKey(column);
    }

    /** Returns the names of the attribute columns: the columns that are not documented ones. */
    public List<String> attributeNames() {
        return attributeNames;
    }

    int[] attributeIndexes() {
        return attributeIndexes;
    }

    /**
     * Returns the attribute columns but those at {@code indexes} (the question columns of a
     * wide survey export), read as a map by {@link Attributes#of}.
     */
    Attributes attributesExcept(List<Integer> indexes) {
        List<String> keptNames = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < attributeIndexes.length; i++) {
            if (!indexes.contains(attributeIndexes[i])) {
                keptNames.add(attributeNames.get(i));
                kept.add(attributeIndexes[i]);
            }
        }
        return new Attributes(List.copyOf(keptNames),
                kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Some attribute columns of a file. */
    static final class Attributes {
        private final List<String> names;
        private final int[] indexes;

        Attributes(List<String> names, int[] indexes) {
            this.names = names;
            this.indexes = indexes;
        }

        /** Returns the non-empty cells of the columns in {@code row}, by header name. */
        Map<String, String> of(Row row) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < indexes.length; i++) {
                String value = row.cellAt(indexes[i]);
                if (!value.isEmpty()) {
                    values.put(names.get(i), value);
                }
            }
            return values;
        }
    }

    /** Returns an {@link InputException} about the header, naming its columns. */
    public InputException unknownColumn(String column, String why) {
        return InputException.at(file, 1, "unknown column '" + shown(column) + "' (" + why
                + "; header: " + listed() + ")");
    }
}
