package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/cli.md and the README say what the command does. */
class DocsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void cliDoc_exampleReport_isTheSamplesReport() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cli.md"));
        String intro = "`./cxmetrics report --sample --period quarter` prints:\n\n```text\n";
        int start = doc.indexOf(intro);
        assertTrue(start >= 0, "docs/cli.md has the example report");
        start += intro.length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Cli.Run run = Cli.run("report", "--sample", "--period", "quarter");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(run.out(), example, "docs/cli.md's example report is out of date: replace it"
                + " with the output of ./cxmetrics report --sample --period quarter");
    }

    @Test
    void cliDoc_showsTheHeaderOfEverySampleFile() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cli.md"));
        for (String name : ReportCommand.SAMPLE_FILES) {
            String header = Files.readAllLines(ROOT.resolve("docs/examples").resolve(name)).get(0);
            assertTrue(doc.contains("```csv\n" + header + "\n"), name + ": " + header);
        }
    }

    @Test
    void cliDoc_documentsEveryOption() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cli.md"));
        for (String name : new String[] {"report", "drivers", "clv"}) {
            picocli.CommandLine command = CxmetricsCommand.commandLine(System.out, System.err)
                    .getSubcommands().get(name);
            for (picocli.CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                assertTrue(doc.contains("`" + option.longestName()),
                        name + " " + option.longestName());
            }
        }
    }

    @Test
    void readme_firstCommandIsTheSampleReport() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int firstBlock = readme.indexOf("```sh\n");
        assertTrue(readme.startsWith("```sh\n./cxmetrics report --sample\nmvn -B verify\n```",
                firstBlock), readme.substring(firstBlock, firstBlock + 60));
    }
}
