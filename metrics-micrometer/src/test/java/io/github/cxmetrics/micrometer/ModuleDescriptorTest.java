package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports the API package and nothing else, and requires the core and Micrometer. */
class ModuleDescriptorTest {

    @Test
    void module_exportsOnlyTheApi() throws Exception {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.exists(classes.resolve("module-info.class")), "module-info.class is built");
        ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertEquals("io.github.cxmetrics.micrometer", module.name());
        assertEquals(Set.of("io.github.cxmetrics.micrometer"), module.exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("io.github.cxmetrics.micrometer"), module.packages());
        Set<String> transitive = module.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of("io.github.cxmetrics", "micrometer.core"), transitive);
    }
}
