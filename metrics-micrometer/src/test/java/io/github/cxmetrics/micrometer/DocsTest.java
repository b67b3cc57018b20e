package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module's compiled examples appear word for word in the documents that show them: blocks
 * marked {@code // README: name} in README.md, blocks marked {@code // docs: name} in
 * docs/micrometer.md.
 */
class DocsTest {

    private static final Pattern BLOCK = Pattern.compile(
            "// (README|docs): ([^\\n]+)\\n(.*?)\\n\\s*// (?:README|docs): end", Pattern.DOTALL);
    private static final Map<String, Path> DOCUMENTS = Map.of(
            "README", Path.of("..", "README.md"),
            "docs", Path.of("..", "docs", "micrometer.md"));
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "github", "cxmetrics",
            "micrometer");

    @Test
    void documents_containEveryCompiledExample() throws IOException {
        int blocks = 0;
        for (String source : List.of("ExamplesTest.java", "CxMetricsConfiguration.java")) {
            Matcher m = BLOCK.matcher(Files.readString(SOURCES.resolve(source)));
            while (m.find()) {
                blocks++;
                String document = Files.readString(DOCUMENTS.get(m.group(1)));
                String block = m.group(3).stripIndent() + "\n";
                String name = m.group(2);
                assertTrue(document.contains(block), () -> DOCUMENTS.get(m.group(1))
                        + " lacks the example '" + name + "' of " + source + ":\n" + block);
            }
        }
        assertEquals(3, blocks);
    }
}
