package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports the API packages and nothing else. */
class ModuleDescriptorTest {

    @Test
    void module_exportsOnlyTheApi() throws Exception {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.exists(classes.resolve("module-info.class")), "module-info.class is built");
        ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertEquals("io.github.cxmetrics", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = new TreeSet<>(Set.of(
                "io.github.cxmetrics",
                "io.github.cxmetrics.drivers",
                "io.github.cxmetrics.model",
                "io.github.cxmetrics.scale",
                "io.github.cxmetrics.stats",
                "io.github.cxmetrics.survey",
                "io.github.cxmetrics.support",
                "io.github.cxmetrics.value",
                "io.github.cxmetrics.value.clv"));
        assertEquals(api, exported);
        assertTrue(module.packages().contains("io.github.cxmetrics.internal"));
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.slf4j")));
        // HdrHistogram is relocated into the jar (ShadedJarCheck runs the jar on the module
        // path): no filename-based automatic module is required, so the module can be published.
        assertTrue(module.requires().stream().noneMatch(r -> r.name().contains("HdrHistogram")),
                () -> module.requires().toString());
    }
}
