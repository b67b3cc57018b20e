package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Input;
import io.github.cxmetrics.cli.input.InputKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which sections read which inputs: each {@link ReportSection} registers a consumer per input it
 * reads in {@link ReportSection#connect}, and the report then reads every given file once,
 * handing each record to its consumers in file order.
 */
public final class Feeds {

    private final Map<InputKind, Input<?>> inputs = new EnumMap<>(InputKind.class);
    private final Map<InputKind, List<Consumer<?>>> consumers = new EnumMap<>(InputKind.class);

    /** Registers a consumer of the records of {@code input}. */
    public <T> void on(Input<T> input, Consumer<? super T> consumer) {
        Input<?> known = inputs.putIfAbsent(input.kind(), input);
        if (known != null && known != input) {
            throw new IllegalStateException("two inputs read " + input.kind().id() + ": " + known
                    + " and " + input);
        }
        consumers.computeIfAbsent(input.kind(), k -> new ArrayList<>()).add(consumer);
    }

    /** Returns whether some section reads {@code kind}. */
    public boolean reads(InputKind kind) {
        return inputs.containsKey(kind);
    }

    /** Returns the input registered for {@code kind}. */
    @SuppressWarnings("unchecked")
    public <T> Input<T> input(InputKind kind) {
        return (Input<T>) inputs.get(kind);
    }

    /** Returns one consumer that hands a record to every consumer of {@code kind}, in order. */
    @SuppressWarnings("unchecked")
    public <T> Consumer<T> consumer(InputKind kind) {
        List<Consumer<?>> list = consumers.getOrDefault(kind, List.of());
        if (list.size() == 1) {
            return (Consumer<T>) list.get(0);
        }
        return item -> {
            for (Consumer<?> c : list) {
                ((Consumer<T>) c).accept(item);
            }
        };
    }
}
