package io.github.cxmetrics.cli.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of an input file: where each documented column is, after the {@code --column}
 * mapping, and which other columns are attributes. Documented names match case-insensitively and
 * without surrounding blanks; mapped names match exactly (without surrounding blanks).
 */
public final class Header {

    private final String file;
    private final List<String> names;
    private final Map<String, Integer> documented = new HashMap<>();
    private final List<String> attributeNames = new ArrayList<>();
    private final int[] attributeIndexes;

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
        this.names = fields.stream().map(String::strip).toList();
        Map<String, Integer> exact = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw InputException.at(file, 1, "column " + (i + 1) + " has no name");
            }
            if (exact.putIfAbsent(name, i) != null) {
                throw InputException.at(file, 1, "duplicate column '" + name + "'");
            }
        }
        Map<String, String> mappedBack = new HashMap<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            Integer index = exact.get(m.getValue());
            if (index == null) {
                throw InputException.at(file, 1, "unknown column '" + m.getValue() + "' (mapped to "
                        + m.getKey() + " by --column; header: " + String.join(", ", names) + ")"
                        + delimiterHint(delimiter));
            }
            documented.put(m.getKey(), index);
            mappedBack.put(m.getValue(), m.getKey());
        }
        for (String column : kind.columns()) {
            if (documented.containsKey(column)) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                if (!mappedBack.containsKey(names.get(i))
                        && names.get(i).toLowerCase(Locale.ROOT).equals(column)) {
                    documented.put(column, i);
                    break;
                }
            }
        }
        for (String column : kind.required()) {
            if (!documented.containsKey(column)) {
                throw InputException.at(file, 1, "missing column '" + column + "' (header: "
                        + String.join(", ", names) + ")" + delimiterHint(delimiter));
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

    /** Returns an {@link InputException} about the header, naming its columns. */
    public InputException unknownColumn(String column, String why) {
        return InputException.at(file, 1, "unknown column '" + column + "' (" + why + "; header: "
                + String.join(", ", names) + ")");
    }
}
