package io.github.cxmetrics.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket of java.net.http, JSON by
 * Gson): no driver binary, no browser download. One browser per test class, one {@link Page}
 * (a tab with its own session) per test. Every wait is bounded.
 *
 * <p>The browser is {@code -Dcxmetrics.chromium=PATH} when given, else the first of
 * {@code chromium}, {@code chromium-browser}, {@code google-chrome} on the PATH. Its profile is
 * a fresh temporary folder, and every host name resolves to nothing, so that no page it opens
 * can reach a network.
 */
final class Chromium implements AutoCloseable {

    /** The system property that makes a missing browser a failure rather than a skip (CI). */
    static final String REQUIRED = "cxmetrics.browser.required";
    /** The environment variable {@code .ci/run} sets, so that CI runs the plain README command. */
    static final String REQUIRED_ENV = "CXMETRICS_BROWSER_REQUIRED";

    /** Whether a missing browser fails the tests instead of skipping them. */
    static boolean required() {
        return Boolean.getBoolean(REQUIRED) || "true".equalsIgnoreCase(System.getenv(REQUIRED_ENV));
    }
    static final String HOW_TO_INSTALL = "install Chromium (Debian/Ubuntu: apt-get install -y"
            + " chromium) or give its path with -Dcxmetrics.chromium=PATH";

    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration COMMAND = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonObject>> sessions = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Returns the browser's executable, or empty when there is none. */
    static Optional<Path> find() {
        String given = System.getProperty("cxmetrics.chromium");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser, headless, and connects to it; its log goes to {@code log}. */
    static Chromium start(Path executable, Path log) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cxmetrics-chromium");
        List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread output = new Thread(() -> copyOutput(process, log, listening), "chromium-output");
        output.setDaemon(true);
        output.start();
        try {
            String address;
            try {
                address = listening.get(START.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IOException("chromium did not start within " + START + "; see " + log);
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage() + "; see " + log, e.getCause());
            }
            URI uri = URI.create(address);
            Chromium[] self = new Chromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(START)
                    .buildAsync(uri, new Listener(message -> self[0].receive(message)))
                    .get(START.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(process, profile, socket);
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw new IOException("cannot connect to chromium: " + e, e);
        }
    }

    /**
     * Copies the browser's output to {@code log} and completes {@code listening} with the
     * DevTools address it prints once it listens, or exceptionally if it exits first.
     */
    private static void copyOutput(Process process, Path log, CompletableFuture<String> listening) {
        String prefix = "DevTools listening on ";
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith(prefix)) {
                    listening.complete(line.substring(prefix.length()).trim());
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IOException("chromium exited before it listened"));
    }

    /** Opens a new tab, with the page, runtime, log and network domains enabled. */
    Page newPage() {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId").getAsString();
        String session = send(null, "Target.attachToTarget",
                Map.of("targetId", target, "flatten", true)).get("sessionId").getAsString();
        Page page = new Page(target, session);
        sessions.put(session, page::event);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            page.send(domain + ".enable", Map.of());
        }
        return page;
    }

    /** A tab: what it was sent, and what it reported (console errors, requests). */
    final class Page implements AutoCloseable {
        private final String target;
        private final String session;
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

        private Page(String target, String session) {
            this.target = target;
            this.session = session;
        }

        JsonObject send(String method, Map<String, Object> params) {
            return Chromium.this.send(session, method, params);
        }

        /** Loads a URL and waits for its load event. */
        void navigate(String url) {
            loaded = new CompletableFuture<>();
            JsonObject result = send("Page.navigate", Map.of("url", url));
            if (result.has("errorText")) {
                throw new AssertionError("cannot open " + url + ": " + result.get("errorText"));
            }
            await(loaded, "the load of " + url);
        }

        /** Returns the value of a JavaScript expression (awaited if it is a promise). */
        JsonElement evaluate(String expression) {
            JsonObject result = send("Runtime.evaluate", Map.of("expression", expression,
                    "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("the page threw on " + expression + ": "
                        + result.get("exceptionDetails"));
            }
            JsonObject value = result.getAsJsonObject("result");
            return value.has("value") ? value.get("value") : null;
        }

        /**
         * Waits until an expression is true; fails after the timeout. The page itself checks the
         * expression every 20 ms on its own timers and gives up after the timeout, so this side only
         * waits for the answer.
         */
        void waitFor(String expression, Duration timeout) {
            String check = "new Promise((resolve, reject) => {"
                    + " const limit = setTimeout(() => resolve('timeout'), " + timeout.toMillis()
                    + "); const check = () => { try { if (" + expression + ") {"
                    + " clearTimeout(limit); resolve('true'); } else {"
                    + " setTimeout(check, 20); } } catch (e) { clearTimeout(limit);"
                    + " reject(e); } }; check(); })";
            JsonObject result = Chromium.this.send(session, "Runtime.evaluate", Map.of(
                    "expression", check, "returnByValue", true, "awaitPromise", true),
                    timeout.plus(COMMAND));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("the page threw on " + expression + ": "
                        + result.get("exceptionDetails"));
            }
            if (!"true".equals(result.getAsJsonObject("result").get("value").getAsString())) {
                throw new AssertionError("not true within " + timeout + ": " + expression
                        + "; console errors: " + errors);
            }
        }

        /**
         * Returns a PNG of the whole page at a width of CSS pixels, or of its top {@code height}
         * pixels when height is positive, at a scale.
         */
        byte[] screenshot(int width, int height, double scale) {
            send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            double full = send("Page.getLayoutMetrics", Map.of()).getAsJsonObject("cssContentSize")
                    .get("height").getAsDouble();
            double h = height > 0 ? Math.min(height, full) : full;
            JsonObject shot = send("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                            "width", width, "height", h, "scale", scale)));
            return Base64.getDecoder().decode(shot.get("data").getAsString());
        }

        /** Console errors, uncaught exceptions and error log entries, as text. */
        List<String> errors() {
            return List.copyOf(errors);
        }

        /** The URLs of every request the page made, its own document included. */
        List<String> requests() {
            return List.copyOf(requests);
        }

        private void event(JsonObject message) {
            String method = message.get("method").getAsString();
            JsonObject params = message.getAsJsonObject("params");
            switch (method) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Runtime.consoleAPICalled" -> {
                    String type = params.get("type").getAsString();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + params.get("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: "
                        + params.getAsJsonObject("exceptionDetails"));
                case "Log.entryAdded" -> {
                    JsonObject entry = params.getAsJsonObject("entry");
                    if (entry.get("level").getAsString().equals("error")) {
                        errors.add("log: " + entry.get("text").getAsString()
                                + (entry.has("url") ? " (" + entry.get("url").getAsString() + ")" : ""));
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(params.getAsJsonObject("request")
                        .get("url").getAsString());
                default -> { }
            }
        }

        @Override
        public void close() {
            sessions.remove(session);
            Chromium.this.send(null, "Target.closeTarget", Map.of("targetId", target));
        }
    }

    private JsonObject send(String session, String method, Map<String, Object> params) {
        return send(session, method, params, COMMAND);
    }

    private JsonObject send(String session, String method, Map<String, Object> params,
            Duration wait) {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", new com.google.gson.Gson().toJsonTree(params));
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true);
        JsonObject answer = await(reply, method, wait);
        if (answer.has("error")) {
            throw new AssertionError(method + " failed: " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    private void receive(String text) {
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        if (message.has("id")) {
            CompletableFuture<JsonObject> reply = pending.remove(message.get("id").getAsInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.has("sessionId")) {
            Consumer<JsonObject> page = sessions.get(message.get("sessionId").getAsString());
            if (page != null) {
                page.accept(message);
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        return await(future, what, COMMAND);
    }

    private static <T> T await(CompletableFuture<T> future, String what, Duration wait) {
        try {
            return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + wait + " to " + what);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    @Override
    public void close() {
        try {
            send(null, "Browser.close", Map.of());
        } catch (AssertionError | RuntimeException ignored) {
            // the browser may close the socket before it answers
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        socket.abort();
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins the fragments of each WebSocket message and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final Consumer<String> messages;
        private final StringBuilder partial = new StringBuilder();

        Listener(Consumer<String> messages) {
            this.messages = messages;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket socket, CharSequence data,
                boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                messages.accept(message);
            }
            socket.request(1);
            return null;
        }
    }
}
