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
import org.junit.jupiter.api.Test;

/** Every example of {@link ExamplesTest} appears word for word in README.md. */
class ReadmeTest {

    private static final Pattern BLOCK =
            Pattern.compile("// README: ([^\\n]+)\\n(.*?)\\n\\s*// README: end", Pattern.DOTALL);

    @Test
    void readme_containsEveryCompiledExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(
                Path.of("src", "test", "java", "io", "github", "cxmetrics", "ExamplesTest.java"));
        Matcher m = BLOCK.matcher(source);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
            String block = dedent(m.group(2));
            assertTrue(readme.contains(block),
                    () -> "README.md lacks the example '" + m.group(1) + "':\n" + block);
        }
        assertFalse(names.isEmpty(), "ExamplesTest has README blocks");
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
