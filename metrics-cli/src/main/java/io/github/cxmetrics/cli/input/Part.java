package io.github.cxmetrics.cli.input;

import java.util.function.Consumer;

/**
 * What a section gathers from one input, when it can be gathered in parts: the report may read
 * a large file in chunks, each chunk on its own thread into a fresh part ({@link #emptyCopy}),
 * and then merge the parts in the order of the file. Merging must give exactly what one part
 * reading the whole file gives, whatever the chunks; the library's accumulators merge exactly,
 * so parts made of them do.
 *
 * <p>Not thread-safe: a part is filled by one thread, and merged once that thread is done.
 *
 * @param <T> the record type
 */
public interface Part<T> extends Consumer<T> {

    /** Returns a new part that has read nothing, for a later chunk of the file. */
    Part<T> emptyCopy();

    /**
     * Adds what {@code later} read, as if this part had read it after its own records.
     *
     * @param later a part made by {@link #emptyCopy} of this part or of one like it
     */
    void merge(Part<T> later);
}
