package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example marked in a test class named {@code *ExamplesTest} appears word for word in
 * README.md, so the README's code is compiled and run.
 */
class ReadmeTest {

    private static final Pattern BLOCK =
            Pattern.compile("// README: ([^\\n]+)\\n(.*?)\\n\\s*// README: end", Pattern.DOTALL);

    @Test
    void readme_containsEveryCompiledExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            sources = files.filter(f -> f.getFileName().toString().endsWith("ExamplesTest.java"))
                    .sorted().toList();
        }
        List<String> names = new ArrayList<>();
        for (Path file : sources) {
            Matcher m = BLOCK.matcher(Files.readString(file));
            while (m.find()) {
                String name = m.group(1);
                names.add(name);
                String block = dedent(m.group(2));
                assertTrue(readme.contains(block), () -> "README.md lacks the example '" + name
                        + "' of " + file.getFileName() + ":\n" + block);
            }
        }
        assertFalse(names.isEmpty(), "the *ExamplesTest classes have README blocks");
    }

    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return s.toString();
    }
}
