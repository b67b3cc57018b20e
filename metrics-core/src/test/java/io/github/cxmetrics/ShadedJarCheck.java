package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar as published, after HdrHistogram is relocated into it, on the module path: the module
 * resolves without HdrHistogram, exports only the API, and computes NPS and approximate durations
 * (whose histogram is the relocated one). Runs in the {@code package} phase, after the shade
 * plugin (see metrics-core/pom.xml).
 */
class ShadedJarCheck {

    private static Path jar() {
        String property = System.getProperty("cxmetrics.jar");
        assertTrue(property != null, "cxmetrics.jar is set by the shaded-jar execution");
        Path jar = Path.of(property);
        assertTrue(Files.exists(jar), jar + " exists");
        return jar;
    }

    @Test
    void publishedJar_holdsHdrHistogramRelocated_andNoOtherPackage() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertTrue(jar.stream().anyMatch(e -> e.getName()
                    .startsWith("io/github/cxmetrics/internal/hdrhistogram/Histogram")));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/")),
                    "nothing outside io.github.cxmetrics");
        }
    }

    @Test
    void publishedJar_runsOnTheModulePath_withoutHdrHistogram() throws Exception {
        List<Path> path = new ArrayList<>(List.of(jar()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            // the runtime dependencies: the API of SLF4J and the Apache Commons maths
            if (name.startsWith("slf4j-api") || name.startsWith("commons-")) {
                path.add(Path.of(entry));
            }
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        ModuleReference core = finder.find("io.github.cxmetrics").orElseThrow();
        ModuleDescriptor descriptor = core.descriptor();
        assertTrue(descriptor.requires().stream().noneMatch(r -> r.name().contains("HdrHistogram")),
                () -> descriptor.requires().toString());
        assertTrue(descriptor.packages().contains("io.github.cxmetrics.internal.hdrhistogram"));
        assertTrue(descriptor.exports().stream().noneMatch(e -> e.source().contains("internal")));

        ModuleLayer parent = ModuleLayer.boot();
        Configuration configuration = parent.configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("io.github.cxmetrics"));
        ModuleLayer layer = parent.defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("io.github.cxmetrics");
        Class<?> metrics = loader.loadClass("io.github.cxmetrics.CxMetrics");
        assertEquals(layer.findModule("io.github.cxmetrics").orElseThrow(), metrics.getModule());

        Object nps = metrics.getMethod("nps").invoke(null);
        Method compute = nps.getClass().getMethod("compute", Iterable.class);
        Class<?> response = loader.loadClass("io.github.cxmetrics.model.Response");
        Class<?> channel = loader.loadClass("io.github.cxmetrics.model.Channel");
        Object email = channel.getField("EMAIL").get(null);
        Method of = response.getMethod("of", String.class, String.class, int.class,
                java.time.Instant.class, channel);
        java.time.Instant t = java.time.Instant.parse("2024-04-02T10:15:00Z");
        List<Object> responses = List.of(of.invoke(null, "a", "nps", 10, t, email),
                of.invoke(null, "b", "nps", 3, t, email));
        Object result = compute.invoke(nps, responses);
        assertEquals(0.0, (double) result.getClass().getMethod("score").invoke(result));

        Object frt = metrics.getMethod("firstResponseTime").invoke(null);
        Object approximate = frt.getClass().getMethod("approximate", int.class).invoke(frt, 3);
        Class<?> interaction = loader.loadClass("io.github.cxmetrics.model.Interaction");
        Object builder = interaction.getMethod("builder", String.class, String.class, channel,
                java.time.Instant.class).invoke(null, "t1", "c1", email, t);
        builder = builder.getClass().getMethod("firstReplyAt", java.time.Instant.class)
                .invoke(builder, t.plusSeconds(600));
        builder = builder.getClass().getMethod("publicReplies", int.class).invoke(builder, 1);
        Object ticket = builder.getClass().getMethod("build").invoke(builder);
        Object durations = approximate.getClass().getMethod("compute", Iterable.class)
                .invoke(approximate, List.of(ticket));
        assertEquals(java.time.Duration.ofMinutes(10),
                durations.getClass().getMethod("median").invoke(durations));
    }
}
