package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Header;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.model.Customer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the {@code --by} group of each input comes from: the input's own column, the customer's
 * (the customers file's {@code segment} or attribute column of that name, joined by
 * {@code customer_id}), or nowhere. {@code --by} applies to each input that has the column, and
 * to the others through their customers when the customers file has it; an input it reaches
 * neither way gets a note and no group table. A column that no input has is an error: most
 * likely a misspelling.
 *
 * <p>The join keeps one value per customer, read from the customers file before the responses
 * and interactions ({@link #readsCustomersFirst()}).
 */
public final class GroupBy {

    /** Where an input's group comes from. */
    public enum Source {
        /** The input's own column. */
        OWN,
        /** The customer's, from the customers file. */
        CUSTOMERS,
        /** Nowhere: no group breakdown for the input. */
        NONE
    }

    private final String column;
    private final Map<InputKind, Source> sources;
    private final Map<String, String> byCustomer;

    private GroupBy(String column, Map<InputKind, Source> sources) {
        this.column = column;
        this.sources = sources;
        this.byCustomer = sources.containsValue(Source.CUSTOMERS) ? new HashMap<>() : null;
    }

    /** Returns the rule of {@code --by channel}: every input has a channel but customers. */
    static GroupBy channel() {
        Map<InputKind, Source> sources = new EnumMap<>(InputKind.class);
        sources.put(InputKind.RESPONSES, Source.OWN);
        sources.put(InputKind.INTERACTIONS, Source.OWN);
        return new GroupBy("channel", sources);
    }

    /**
     * Returns the rule of {@code --by column} for the files given, reading their headers.
     *
     * @throws InputException if no file given has the column (at the first file that could)
     */
    public static GroupBy of(String column, Map<InputKind, InputFile> files, InputReader reader) {
        if (column.equals("channel")) {
            return channel();
        }
        Map<InputKind, Header> headers = new EnumMap<>(InputKind.class);
        for (InputKind kind : new InputKind[] {
                InputKind.RESPONSES, InputKind.INTERACTIONS, InputKind.CUSTOMERS}) {
            if (files.containsKey(kind)) {
                headers.put(kind, reader.header(files.get(kind), kind));
            }
        }
        boolean customers = headers.containsKey(InputKind.CUSTOMERS)
                && has(headers.get(InputKind.CUSTOMERS), column);
        Map<InputKind, Source> sources = new EnumMap<>(InputKind.class);
        for (InputKind kind : new InputKind[] {InputKind.RESPONSES, InputKind.INTERACTIONS}) {
            Header header = headers.get(kind);
            if (header != null) {
                sources.put(kind, has(header, column) ? Source.OWN
                        : customers ? Source.CUSTOMERS : Source.NONE);
            }
        }
        if (!customers && !sources.containsValue(Source.OWN) && !headers.isEmpty()) {
            for (Header header : headers.values()) {
                if (header.has(column)) {
                    throw InputException.at(header.file(), 1, "--by takes channel or an"
                            + " attribute column, not '" + column + "'");
                }
            }
            Header first = headers.values().iterator().next();
            throw first.unknownColumn(column, "--by"
                    + (headers.size() > 1 ? "; no other input has it either" : ""));
        }
        return new GroupBy(column, sources);
    }

    /**
     * Returns whether a file has the column: an attribute, or a documented column that groups
     * (the interactions' {@code priority} and {@code agent_id}, the customers' {@code segment}).
     */
    private static boolean has(Header header, String column) {
        if (header.attributeNames().contains(column)) {
            return true;
        }
        return switch (column) {
            case "priority", "agent_id" -> header.kind() == InputKind.INTERACTIONS
                    && header.has(column);
            case "segment" -> header.kind() == InputKind.CUSTOMERS && header.has(column);
            default -> false;
        };
    }

    /** Returns the {@code --by} column. */
    public String column() {
        return column;
    }

    /** Returns where the group of an input comes from. */
    public Source source(InputKind kind) {
        return sources.getOrDefault(kind, Source.NONE);
    }

    /** Returns whether an input's group is its customer's: then customers are read first. */
    public boolean readsCustomersFirst() {
        return byCustomer != null;
    }

    /** Keeps a customer's group, for the inputs joined to the customers file. */
    public void add(Customer customer) {
        if (byCustomer != null) {
            byCustomer.put(customer.id(), column.equals("segment") ? customer.segment()
                    : customer.attributeOr(column, Cells.NONE));
        }
    }

    /** Returns the group of a customer of the customers file, or {@code (none)}. */
    public String ofCustomer(String customerId) {
        return byCustomer.getOrDefault(customerId, Cells.NONE);
    }

    /** Returns the note of an input the column does not reach, for its section. */
    public String noteOf(String input) {
        return "The " + input + " have no column '" + column + "', nor has the customers file"
                + ": no breakdown by " + column + ".";
    }

    /** Returns the note of an input joined to its customers, for its section. */
    public String joinedNote(String input) {
        return "By " + column + ": the " + input + " have no column '" + column + "'; each is"
                + " grouped by its customer's " + column + " in the customers file ((none) for"
                + " ids that are not in it).";
    }
}
