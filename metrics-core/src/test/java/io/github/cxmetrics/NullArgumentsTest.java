package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages rejects a null argument with a
 * {@link NullPointerException} whose message names the parameter ({@code "response must not be
 * null"}), not the JVM's text: found by reflection over the compiled classes, called with sample
 * arguments and one null at a time. The parameters documented to take null (an absent event, an
 * optional value) are listed in {@link #TAKE_NULL}, each with its reason.
 *
 * <p>Samples of every type are found the same way: leaf values, then any public static method,
 * constructor or method of a sample whose parameters have samples, until nothing new is found.
 */
class NullArgumentsTest {

    private static final List<String> EXPORTED = List.of("io.github.cxmetrics",
            "io.github.cxmetrics.drivers", "io.github.cxmetrics.model", "io.github.cxmetrics.scale",
            "io.github.cxmetrics.stats", "io.github.cxmetrics.survey", "io.github.cxmetrics.support",
            "io.github.cxmetrics.value", "io.github.cxmetrics.value.clv");

    /**
     * {@code Class.member(parameter)} that take null by design, as their javadoc says: absent
     * events and optional values of the records, fallbacks of the {@code …Or} accessors, optional
     * columns.
     */
    private static final Set<String> TAKE_NULL = Set.of(
            // An active customer, an unknown acquisition cost; a fallback may be null.
            "Customer.new(churnedAt)", "Customer.new(acquisitionCost)",
            "Customer.withChurnedAt(time)", "Customer.withAcquisitionCost(cost)",
            // The fallback of an attribute of a response, interaction or customer.
            "Attributed.attributeOr(fallback)",
            // The optional components and events of a contact: unassigned, no priority, no reply
            // or solve yet, not a call.
            "Interaction.new(agentId)", "Interaction.new(priority)",
            "Interaction.new(firstReplyAt)", "Interaction.new(firstSolvedAt)",
            "Interaction.new(lastSolvedAt)", "Interaction.new(talkTime)",
            "Interaction.new(holdTime)", "Interaction.new(afterCallWork)",
            "Interaction.Builder.agent(agentId)", "Interaction.Builder.priority(priority)",
            "Interaction.Builder.firstReplyAt(at)", "Interaction.Builder.firstSolvedAt(at)",
            "Interaction.Builder.lastSolvedAt(at)", "Interaction.Builder.solvedAt(at)",
            "Interaction.Builder.talkTime(duration)", "Interaction.Builder.holdTime(duration)",
            "Interaction.Builder.afterCallWork(duration)",
            "Interaction.Builder.firstBotReplyAt(at)", "Interaction.new(firstBotReplyAt)",
            "ElapsedTimeCalculator.addElapsed(reachedAt)",
            "Interaction.agentOr(fallback)", "Interaction.priorityOr(fallback)",
            // Optional columns: customers identified by their row, no spend.
            "RfmSummary.of(ids)", "RfmSummary.of(meanSpend)",
            // A range check with nothing to say about where the score came from.
            "ScoreScale.requireScore(where)");

    private final Map<Class<?>, Object> samples = new LinkedHashMap<>();

    @Test
    void everyPublicMember_rejectsNullNamingTheParameter() throws Exception {
        List<Class<?>> classes = exportedClasses();
        leaves();
        seeds(classes);
        grow(classes);
        System.out.println("NullArgumentsTest: samples of " + samples.keySet().stream()
                .map(Class::getSimpleName).sorted().toList());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes) {
            for (Executable e : members(c)) {
                Parameter[] params = e.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive()) {
                        continue;
                    }
                    String id = c.getName().substring(c.getPackageName().length() + 1)
                            .replace('$', '.') + "." + name(e) + "(" + params[i].getName() + ")";
                    if (TAKE_NULL.contains(id)) {
                        continue;
                    }
                    for (Object target : targets(c, e)) {
                        String failure = checkNull(c, e, i, target);
                        checked++;
                        if (failure != null) {
                            failures.add(id + (target == null || target == MISSING
                                    || target.getClass() == c ? ""
                                    : " on " + target.getClass().getSimpleName()) + ": " + failure);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " parameters:\n"
                + String.join("\n", failures));
        assertTrue(checked > 300, "only " + checked + " parameters checked");
    }

    /**
     * Returns what to call a member on: nothing for a constructor or a static method; for a
     * method of an interface or abstract class every distinct sample that implements it, each
     * implementation having its own code; else the sample of the class (a list holding null when
     * there is none, reported as such).
     */
    private List<Object> targets(Class<?> c, Executable e) {
        List<Object> targets = new ArrayList<>();
        if (!(e instanceof Method m) || Modifier.isStatic(m.getModifiers())) {
            targets.add(null);
            return targets;
        }
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            Set<Class<?>> seen = new java.util.HashSet<>();
            for (Object v : samples.values()) {
                if (c.isInstance(v) && seen.add(v.getClass())) {
                    targets.add(v);
                }
            }
        } else if (samples.get(c) != null) {
            targets.add(samples.get(c));
        }
        if (targets.isEmpty()) {
            targets.add(MISSING);
        }
        return targets;
    }

    /** The target of a method of a class without a sample. */
    private static final Object MISSING = new Object();

    private String checkNull(Class<?> c, Executable e, int nullAt, Object target) {
        if (target == MISSING) {
            return "no sample of " + c.getSimpleName() + " to call it on";
        }
        Object[] args = new Object[e.getParameterCount()];
        Type[] types = e.getGenericParameterTypes();
        Map<TypeVariable<?>, Type> env = bindings(target == null ? c : target.getClass());
        for (int i = 0; i < args.length; i++) {
            if (i != nullAt) {
                args[i] = sample(types[i], env);
                if (args[i] == null) {
                    return "no sample of " + types[i].getTypeName();
                }
            }
        }
        try {
            call(e, target, args);
            return "accepted null";
        } catch (InvocationTargetException ex) {
            Throwable t = ex.getCause();
            String expected = e.getParameters()[nullAt].getName();
            if (t instanceof NullPointerException && t.getMessage() != null
                    && t.getMessage().contains("null")
                    && (simplified(t.getMessage()).contains(simplified(expected))
                            || implementedElsewhere(e) && t.getMessage().matches(
                                    "[a-zA-Z ]+ must not be null.*"))) {
                return null;
            }
            return "threw " + t.getClass().getSimpleName() + ": " + t.getMessage();
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return "could not be called: " + ex;
        }
    }

    /**
     * Returns whether the member is abstract or an interface's: its implementations name their
     * parameters themselves ({@code Accumulator.add(item)} is {@code add(response)}).
     */
    private static boolean implementedElsewhere(Executable e) {
        return e instanceof Method m && (Modifier.isAbstract(m.getModifiers())
                || m.getDeclaringClass().isInterface());
    }

    private static String simplified(String s) {
        return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }

    private static Object call(Executable e, Object target, Object[] args)
            throws ReflectiveOperationException {
        e.setAccessible(true);
        if (e instanceof Constructor<?> k) {
            return k.newInstance(args);
        }
        return ((Method) e).invoke(target, args);
    }

    private static String name(Executable e) {
        return e instanceof Constructor<?> ? "new" : e.getName();
    }

    /** The public constructors and methods declared by a class, bridges and Object's aside. */
    private static List<Executable> members(Class<?> c) {
        List<Executable> members = new ArrayList<>();
        if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
            for (Constructor<?> k : c.getConstructors()) {
                members.add(k);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic()
                    && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                members.add(m);
            }
        }
        members.sort(Comparator.comparing(Executable::toString));
        return members;
    }

    private static List<Class<?>> exportedClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : EXPORTED) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + file.replace(".class", ""), false,
                            NullArgumentsTest.class.getClassLoader());
                    if (isPublic(c)) {
                        classes.add(c);
                    }
                }
            }
        }
        return classes;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isSynthetic();
    }

    private void leaves() {
        samples.put(String.class, "nps");
        samples.put(CharSequence.class, "nps");
        samples.put(Object.class, "nps");
        samples.put(Integer.class, 1);
        samples.put(Long.class, 1L);
        samples.put(Double.class, 0.5);
        samples.put(Boolean.class, true);
        samples.put(Instant.class, Instant.parse("2024-04-02T10:00:00Z"));
        samples.put(Duration.class, Duration.ofHours(1));
        samples.put(Period.class, Period.ofMonths(1));
        samples.put(LocalDate.class, LocalDate.of(2024, 4, 2));
        samples.put(LocalTime.class, LocalTime.of(9, 0));
        samples.put(DayOfWeek.class, DayOfWeek.MONDAY);
        samples.put(ZoneId.class, ZoneOffset.UTC);
        samples.put(ZoneOffset.class, ZoneOffset.UTC);
        samples.put(ChronoUnit.class, ChronoUnit.DAYS);
        samples.put(Currency.class, Currency.getInstance("EUR"));
        samples.put(BigDecimal.class, BigDecimal.ONE);
        samples.put(Locale.class, Locale.ROOT);
    }

    /**
     * Samples the search cannot find by itself: a driver analysis needs its outcome and drivers
     * set, and enough respondents; a top-box result needs answers on its scale.
     */
    private void seeds(List<Class<?>> classes) {
        Instant t = Instant.parse("2024-04-02T10:00:00Z");
        List<io.github.cxmetrics.model.Response> responses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            responses.add(io.github.cxmetrics.model.Response.of("c" + i, "nps", i % 11, t,
                    io.github.cxmetrics.model.Channel.EMAIL));
            responses.add(io.github.cxmetrics.model.Response.of("c" + i, "q1", 1 + (i * 7) % 5,
                    t, io.github.cxmetrics.model.Channel.EMAIL));
            responses.add(io.github.cxmetrics.model.Response.of("c" + i, "q2", 1 + (i * 3) % 5,
                    t, io.github.cxmetrics.model.Channel.EMAIL));
        }
        io.github.cxmetrics.drivers.DriverCalculator drivers = CxMetrics.drivers()
                .outcome("nps", io.github.cxmetrics.scale.ScoreScale.NPS)
                .drivers(io.github.cxmetrics.scale.ScoreScale.FIVE_POINT, "q1", "q2")
                .bootstrap(20);
        register(drivers, classes);
        register(drivers.compute(responses), classes);
        List<io.github.cxmetrics.model.Customer> customers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            customers.add(io.github.cxmetrics.model.Customer.of("c" + i, "s",
                    Instant.parse("2023-01-01T00:00:00Z")));
        }
        register(drivers.churnByBand(responses, customers,
                CxMetrics.churn().asOf(Instant.parse("2024-07-01T00:00:00Z"))), classes);
        register(responses, classes);
        // A top-box calculator refuses the 0–10 answers above: its result needs answers of its own.
        register(CxMetrics.csat().compute(List.of(
                io.github.cxmetrics.model.Response.of("c1", "csat", 4, t,
                        io.github.cxmetrics.model.Channel.EMAIL),
                io.github.cxmetrics.model.Response.of("c2", "csat", 2, t,
                        io.github.cxmetrics.model.Channel.EMAIL))), classes);
    }

    /**
     * Finds samples of the classes: their constants, then their factories and constructors, and
     * the methods of the samples found (a calculator's {@code compute} gives a result), until
     * nothing new is found.
     */
    private void grow(List<Class<?>> classes) throws IllegalAccessException {
        for (Class<?> c : classes) {
            if (c.isEnum()) {
                samples.put(c, c.getEnumConstants()[0]);
            }
            for (java.lang.reflect.Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    register(f.get(null), classes);
                }
            }
        }
        boolean found = true;
        for (int round = 0; round < 10 && found; round++) {
            found = false;
            for (Class<?> c : classes) {
                for (Executable e : members(c)) {
                    if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
                        continue;
                    }
                    found |= produce(e, null, c, classes);
                }
            }
            for (Object target : new java.util.LinkedHashSet<>(samples.values())) {
                if (!target.getClass().getName().startsWith("io.github.cxmetrics")) {
                    continue;
                }
                for (Method m : target.getClass().getMethods()) {
                    if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                            && !m.getReturnType().isPrimitive()
                            && m.getDeclaringClass() != Object.class) {
                        found |= produce(m, target, target.getClass(), classes);
                    }
                }
            }
            for (Object p : new ArrayList<>(samples.values())) {
                for (Class<?> k : supertypes(p.getClass())) {
                    samples.putIfAbsent(k, p);
                }
            }
        }
    }

    /** Calls a producer with samples; returns whether it gave a sample of a new type. */
    private boolean produce(Executable e, Object target, Class<?> c, List<Class<?>> classes) {
        Object[] args = sampleArgs(e, bindings(c));
        if (args == null) {
            return false;
        }
        try {
            return register(call(e, target, args), classes);
        } catch (ReflectiveOperationException | RuntimeException | Error ex) {
            if (System.getProperty("nulls.debug") != null && e.getName().equals("compute")) {
                System.out.println("NullArgumentsTest: " + c.getSimpleName() + "." + e.getName()
                        + " " + (ex.getCause() != null ? ex.getCause() : ex));
            }
            return false;
        }
    }

    /**
     * Keeps a value made by a producer as the sample of its class and of the exported types it
     * is (a map of results gives its values); returns whether something new was found.
     */
    private boolean register(Object made, List<Class<?>> classes) {
        if (made == null) {
            return false;
        }
        if (made instanceof Map<?, ?> map) {
            boolean any = false;
            for (Object v : map.values()) {
                any |= register(v, classes);
            }
            return any;
        }
        if (made instanceof Collection<?> list) {
            boolean any = false;
            for (Object v : list) {
                any |= register(v, classes);
            }
            return any;
        }
        boolean any = false;
        for (Class<?> k : supertypes(made.getClass())) {
            if (classes.contains(k) && !samples.containsKey(k)) {
                samples.put(k, made);
                any = true;
            }
        }
        return any;
    }

    private static Set<Class<?>> supertypes(Class<?> c) {
        Set<Class<?>> all = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Class<?> k = todo.poll();
            if (all.add(k)) {
                if (k.getSuperclass() != null) {
                    todo.add(k.getSuperclass());
                }
                todo.addAll(List.of(k.getInterfaces()));
            }
        }
        return all;
    }

    /** The type arguments a class gives to the type variables of its supertypes. */
    private static Map<TypeVariable<?>, Type> bindings(Class<?> c) {
        Map<TypeVariable<?>, Type> env = new HashMap<>();
        collect(c, env);
        return env;
    }

    private static void collect(Type t, Map<TypeVariable<?>, Type> env) {
        Class<?> raw = t instanceof Class<?> k ? k
                : t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
        if (raw == null) {
            return;
        }
        if (t instanceof ParameterizedType p) {
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length; i++) {
                env.putIfAbsent(vars[i], args[i]);
            }
        }
        if (raw.getGenericSuperclass() != null) {
            collect(raw.getGenericSuperclass(), env);
        }
        for (Type i : raw.getGenericInterfaces()) {
            collect(i, env);
        }
    }

    private Object[] sampleArgs(Executable e, Map<TypeVariable<?>, Type> env) {
        Type[] types = e.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = sample(types[i], env);
            if (args[i] == null) {
                return null;
            }
        }
        return args;
    }

    private Object sample(Type type) {
        return sample(type, Map.of());
    }

    /** Returns a sample of a parameter type, or null when there is none yet. */
    private Object sample(Type type, Map<TypeVariable<?>, Type> env) {
        Type t = type;
        for (int i = 0; i < 10 && t instanceof TypeVariable<?> v && env.containsKey(v); i++) {
            t = env.get(v);
        }
        type = t;
        Class<?> raw = raw(type);
        if (raw == null) {
            return null;
        }
        if (raw.isPrimitive()) {
            return primitive(raw);
        }
        if (raw.isArray()) {
            Object element = sample(raw.getComponentType(), env);
            if (element == null) {
                return null;
            }
            Object array = Array.newInstance(raw.getComponentType(), 1);
            Array.set(array, 0, element);
            return array;
        }
        Object known = samples.get(raw);
        if (known != null) {
            return known;
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
            Object element = sample(argument(type, 0), env);
            return element == null ? null : List.of(element);
        }
        if (raw == Set.class) {
            Object element = sample(argument(type, 0), env);
            return element == null ? null : Set.of(element);
        }
        if (raw == Map.class || raw == SortedMap.class) {
            Object k = sample(argument(type, 0), env);
            Object v = sample(argument(type, 1), env);
            return k == null || v == null ? null : new TreeMap<>(Map.of(k, v));
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw.isInterface() && raw.getName().startsWith("java.")) {
            return functional(raw);
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            Type a = p.getActualTypeArguments()[index];
            if (a instanceof WildcardType w) {
                Type[] lower = w.getLowerBounds();
                return lower.length > 0 ? lower[0] : w.getUpperBounds()[0];
            }
            return a;
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof java.lang.reflect.TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof java.lang.reflect.GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : Array.newInstance(component, 0).getClass();
        }
        return null;
    }

    private static Object primitive(Class<?> c) {
        if (c == int.class) {
            return 1;
        }
        if (c == long.class) {
            return 1L;
        }
        if (c == double.class) {
            return 0.5;
        }
        if (c == boolean.class) {
            return true;
        }
        if (c == float.class) {
            return 0.5f;
        }
        return null;
    }

    /** A lambda of a functional interface of the JDK: returns a sample of its result type. */
    private Object functional(Class<?> iface) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "lambda";
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Class<?> r = method.getReturnType();
            if (r == void.class) {
                return null;
            }
            if (r.isPrimitive()) {
                return r == int.class && method.getName().equals("compare") ? 0 : primitive(r);
            }
            return args != null && args.length > 0 && r.isInstance(args[0]) ? args[0] : "nps";
        };
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler);
    }
}
