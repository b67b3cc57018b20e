package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
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
 * handing each record to its consumers in file order. A consumer registered as a {@link Part}
 * can be filled in parts; when every consumer of an input is one, the report may read the file
 * in chunks ({@link #parts}).
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

    /**
     * Registers a part of the records of {@code input}: the consumer of the whole file, or of its
     * first chunk, which later chunks' parts are merged into.
     */
    public <T> void onParts(Input<T> input, Part<T> part) {
        on(input, part);
    }

    /**
     * Returns one part that hands a record to every consumer of {@code kind}, in order, and
     * copies and merges them all; null when a consumer of {@code kind} is not a {@link Part}.
     */
    @SuppressWarnings("unchecked")
    public <T> Part<T> parts(InputKind kind) {
        List<Part<T>> parts = new ArrayList<>();
        for (Consumer<?> c : consumers.getOrDefault(kind, List.of())) {
            if (!(c instanceof Part<?> part)) {
                return null;
            }
            parts.add((Part<T>) part);
        }
        return parts.isEmpty() ? null : new AllParts<>(parts);
    }

    /** The parts of every consumer of one input, as one part. */
    private static final class AllParts<T> implements Part<T> {
        private final List<Part<T>> parts;

        AllParts(List<Part<T>> parts) {
            this.parts = parts;
        }

        @Override
        public void accept(T item) {
            for (Part<T> part : parts) {
                part.accept(item);
            }
        }

        @Override
        public Part<T> emptyCopy() {
            List<Part<T>> copies = new ArrayList<>(parts.size());
            for (Part<T> part : parts) {
                copies.add(part.emptyCopy());
            }
            return new AllParts<>(copies);
        }

        @Override
        public void merge(Part<T> later) {
            List<Part<T>> others = ((AllParts<T>) later).parts;
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).merge(others.get(i));
            }
        }
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
