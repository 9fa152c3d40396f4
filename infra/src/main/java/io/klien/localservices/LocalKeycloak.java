package io.klien.localservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak from Maven Central as a child process: unpacked once into a cache outside the source tree, started in dev
 * mode on the loopback interface with the Klien realm imported, reused when one already answers, stopped when the JVM
 * ends. The server is kept built between runs, so only the first start pays for Quarkus' augmentation. Whether started
 * or reused, the app client is then made to accept this application's URL, so {@code ./klien run} and
 * {@code ./klien test} share one Keycloak in either order.
 */
final class LocalKeycloak {

    static final String REALM = "klien";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";
    /** Reconciled on every start instead of being fingerprinted, so switching between run and test imports nothing. */
    private static final String APP_URL_VARIABLE = "KLIEN_APP_URL";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
    private static final Log log = LogFactory.getLog(LocalKeycloak.class);
    private static final String REALM_RESOURCE = "keycloak/klien-realm.json";

    private static @Nullable Process process;

    private final LocalServicesSettings settings;
    private final PostgresBootstrap postgres;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LocalKeycloak(LocalServicesSettings settings, PostgresBootstrap postgres) {
        this.settings = settings;
        this.postgres = postgres;
    }

    synchronized void ensureRunning() {
        String realmUrl = settings.keycloakUrl() + "/realms/" + REALM;
        if (answers(realmUrl)) {
            log.info("Using the Keycloak already running at " + settings.keycloakUrl());
            appClient().allow(settings.appUrl());
            return;
        }
        if (portInUse(settings.keycloakPort())) {
            throw new LocalServiceException(
                    "Port " + settings.keycloakPort() + " is in use, but no Keycloak with realm '" + REALM
                            + "' answers at " + realmUrl + ".",
                    "Stop what listens on port " + settings.keycloakPort()
                            + " or set klien.local-services.keycloak.port (KLIEN_LOCAL_SERVICES_KEYCLOAK_PORT) to a free port"
                            + " and KLIEN_OIDC_ISSUER_URI to match.");
        }
        Path home = unpackedServer();
        byte[] realm = realmFile();
        Map<String, String> environment = childEnvironment();
        Path realmHashFile = realmFingerprintFile();
        String realmHash = realmFingerprint(realm, environment);
        boolean realmChanged = !realmHash.equals(readQuietly(realmHashFile));
        postgres.ensureKeycloakDatabase(realmChanged);
        write(home.resolve("data/import/klien-realm.json"), realm);
        start(home, environment);
        awaitReady(realmUrl);
        write(realmHashFile, realmHash.getBytes(StandardCharsets.UTF_8));
        appClient().allow(settings.appUrl());
    }

    /** One fingerprint per Keycloak database: what was imported into it. */
    Path realmFingerprintFile() {
        return settings.cacheDirectory().resolve("keycloak-realm-" + settings.keycloakDatabase() + ".sha256");
    }

    /**
     * The realm file and every value Keycloak substitutes into it at import, except the application URL, which
     * {@link KeycloakAppClient} keeps current in the running server: a changed secret or port re-imports the realm.
     */
    static String realmFingerprint(byte[] realm, Map<String, String> environment) {
        StringBuilder content = new StringBuilder(new String(realm, StandardCharsets.UTF_8));
        Matcher placeholder = PLACEHOLDER.matcher(content.toString());
        Map<String, String> substituted = new TreeMap<>();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!name.equals(APP_URL_VARIABLE)) {
                String fallback = placeholder.group(2) == null ? "" : placeholder.group(2);
                substituted.put(name, environment.getOrDefault(name, fallback));
            }
        }
        substituted.forEach((name, value) -> content.append('\n').append(name).append('=').append(value));
        return sha256(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the Keycloak process sees: this JVM's environment plus the values the realm file reads. */
    Map<String, String> childEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put(APP_URL_VARIABLE, settings.appUrl());
        env.put("KLIEN_SMTP_PORT", Integer.toString(settings.smtpPort()));
        return env;
    }

    /** The options Keycloak starts with; it listens on the loopback interface only, never on the machine's network. */
    List<String> startCommand(Path home) {
        return List.of(
                home.resolve(isWindows() ? "bin/kc.bat" : "bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + (settings.keycloakPort() + 1000),
                "--db=postgres",
                "--db-url=" + postgres.keycloakJdbcUrl(),
                "--db-username=" + settings.keycloakDatabaseUser(),
                "--db-password=" + settings.keycloakDatabasePassword(),
                "--import-realm");
    }

    private KeycloakAppClient appClient() {
        return new KeycloakAppClient(http, settings.keycloakUrl(), REALM, ADMIN_USER, ADMIN_PASSWORD);
    }

    private Path unpackedServer() {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak.version");
        Path home = settings.cacheDirectory().resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path distribution = Path.of(build.getProperty("keycloak.distribution"));
        if (!Files.isRegularFile(distribution)) {
            throw new LocalServiceException("The Keycloak " + version + " distribution is not in the local Maven repository: "
                    + distribution,
                    "Run ./mvnw -pl infra -am install (or ./klien run), which resolves it from Maven Central.");
        }
        log.info("Unpacking Keycloak " + version + " into " + home + " (once)");
        try {
            Path staging = Files.createDirectories(settings.cacheDirectory()).resolve("keycloak-unpacking-" + ProcessHandle.current().pid());
            Files.createDirectories(staging);
            run(List.of("tar", "-xzf", distribution.toString(), "-C", staging.toString()), staging);
            Files.move(staging.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    private void start(Path home, Map<String, String> environment) {
        boolean firstStart = !Files.exists(home.resolve("lib/quarkus/build-system.properties"))
                || !Files.exists(settings.cacheDirectory().resolve("keycloak-started-once"));
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(startCommand(home)))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(settings.cacheDirectory().resolve("keycloak.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        log.info("Starting Keycloak on " + settings.keycloakUrl() + (firstStart
                ? " — the first start builds the server and takes about a minute"
                : " — about 10 s") + "; its log: " + settings.cacheDirectory().resolve("keycloak.log"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LocalServiceException("Could not start Keycloak from " + home + ": " + e.getMessage(),
                    "Check that " + home + " is readable and executable, or delete it to unpack again.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(LocalKeycloak::stop, "keycloak-stop"));
    }

    private void awaitReady(String realmUrl) {
        long started = System.nanoTime();
        long deadline = started + settings.keycloakStartTimeout().toNanos();
        long nextReport = started + TimeUnit.SECONDS.toNanos(10);
        Process child = process;
        while (System.nanoTime() < deadline) {
            if (answers(realmUrl)) {
                log.info("Keycloak is ready after " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
                write(settings.cacheDirectory().resolve("keycloak-started-once"), new byte[0]);
                return;
            }
            if (child != null && !child.isAlive()) {
                throw new LocalServiceException("Keycloak exited with code " + child.exitValue() + " while starting.",
                        "Read " + settings.cacheDirectory().resolve("keycloak.log") + " for the reason.");
            }
            if (System.nanoTime() > nextReport) {
                log.info("Waiting for Keycloak at " + settings.keycloakUrl() + " ("
                        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s)");
                nextReport += TimeUnit.SECONDS.toNanos(10);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new LocalServiceException("Keycloak did not answer at " + realmUrl + " within "
                + settings.keycloakStartTimeout().toSeconds() + " s.",
                "Read " + settings.cacheDirectory().resolve("keycloak.log")
                        + " or raise klien.local-services.keycloak.start-timeout.");
    }

    static synchronized void stop() {
        Process child = process;
        if (child == null || !child.isAlive()) {
            return;
        }
        child.descendants().forEach(ProcessHandle::destroy);
        child.destroy();
        try {
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    boolean answers(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = LocalKeycloak.class.getClassLoader().getResourceAsStream("klien-local-services.properties")) {
            if (in == null) {
                throw new IllegalStateException("klien-local-services.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static byte[] realmFile() {
        try (InputStream in = LocalKeycloak.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command, Path directory) throws IOException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + p.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover empty staging folder is harmless
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
