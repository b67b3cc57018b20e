package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input file to read: a path given on the command line, or a file of the sample bundled in
 * the jar. {@link #name()} is how messages refer to it ({@code FILE:LINE: ...}).
 */
public abstract class InputFile {

    private final String name;

    private InputFile(String name) {
        this.name = name;
    }

    /** Returns the file as messages name it. */
    public final String name() {
        return name;
    }

    /** Opens the file for reading. */
    abstract InputStream open() throws IOException;

    /** Returns the size in bytes, or -1 if unknown. */
    abstract long size();

    @Override
    public String toString() {
        return name;
    }

    /**
     * Returns a file on disk, named as given.
     *
     * @throws UsageException if it does not exist, is not a regular file or cannot be read
     */
    public static InputFile of(Path path, String option) {
        if (!Files.exists(path)) {
            throw new UsageException(option + ": no such file: " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + ": not a regular file: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(option + ": cannot read the file: " + path);
        }
        return new InputFile(path.toString()) {
            @Override
            InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            long size() {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    /** Returns a file of the sample bundled in the jar, such as {@code responses.csv}. */
    public static InputFile sample(String fileName) {
        String resource = "/io/github/cxmetrics/cli/sample/" + fileName;
        if (InputFile.class.getResource(resource) == null) {
            throw new IllegalStateException("the bundled sample lacks " + resource);
        }
        return new InputFile("sample:" + fileName) {
            @Override
            InputStream open() throws IOException {
                InputStream in = InputFile.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("the bundled sample lacks " + resource);
                }
                return in;
            }

            @Override
            long size() {
                return -1;
            }
        };
    }
}
