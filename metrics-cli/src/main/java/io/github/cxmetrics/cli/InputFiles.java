package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The input files of a command, as its options gave them: {@code --sample} (the bundled files of
 * the kinds the command reads) or one file per kind, with the checks that every command makes in
 * the same order: no sample with files, the input the command needs, {@code --customers} with
 * {@code --purchases}, and {@code --status-changes} with {@code --interactions}.
 */
final class InputFiles {

    private final boolean sample;
    private final Map<InputKind, Path> given = new EnumMap<>(InputKind.class);

    /** Starts the files of a command; {@code sample} is its {@code --sample}. */
    InputFiles(boolean sample) {
        this.sample = sample;
    }

    /** Adds a kind of file the command reads, and its option's value (null if not given). */
    InputFiles read(InputKind kind, Path path) {
        given.put(kind, path);
        return this;
    }

    /**
     * Returns the files by kind: the bundled sample of each kind read (but status changes) with
     * {@code --sample}, or the given files.
     *
     * @param noInput the usage error when no file is given, or one of {@code required} is not
     * @throws UsageException if the options do not give a usable set of files
     */
    Map<InputKind, InputFile> files(String noInput, InputKind... required) {
        Map<InputKind, InputFile> files = new EnumMap<>(InputKind.class);
        boolean anyFile = given.values().stream().anyMatch(path -> path != null);
        if (sample) {
            if (anyFile) {
                throw new UsageException("--sample cannot be combined with input files");
            }
            for (InputKind kind : given.keySet()) {
                if (kind != InputKind.STATUS_CHANGES) {
                    files.put(kind, InputFile.sample(ReportCommand.SAMPLE_FILES[kind.ordinal()]));
                }
            }
            return files;
        }
        boolean missing = !anyFile;
        for (InputKind kind : required) {
            missing |= given.get(kind) == null;
        }
        if (missing) {
            throw new UsageException(noInput);
        }
        if ((given.get(InputKind.CUSTOMERS) == null) != (given.get(InputKind.PURCHASES) == null)) {
            throw new UsageException("--customers and --purchases go together");
        }
        if (given.get(InputKind.STATUS_CHANGES) != null && given.get(InputKind.INTERACTIONS) == null) {
            throw new UsageException("--status-changes needs --interactions");
        }
        given.forEach((kind, path) -> {
            if (path != null) {
                files.put(kind, InputFile.of(path, "--" + kind.id().replace('_', '-')));
            }
        });
        return files;
    }
}
