package io.klien.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Lints and renders the chart with the Helm library embedded by helm-java (no helm binary), then
 * asserts on the Kubernetes objects it produces.
 */
class HelmChartTest {

    private static final Path CHART = Paths.get("klien");
    private static final Path TEST_VALUES = Paths.get("src/test/resources/values-test.yaml");
    private static final Path LARGE_VALUES = CHART.resolve("values-large.yaml");
    private static final String RELEASE = "klien";
    private static final String NAMESPACE = "klien-test";
    // helm-java renders for Kubernetes 1.20 unless told otherwise; Chart.yaml requires >= 1.25.
    private static final String KUBE_VERSION = "1.33.0";

    private static final List<String> SECRET_KEYS = List.of(
            "KLIEN_DB_APP_PASSWORD", "KLIEN_OIDC_CLIENT_SECRET", "KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET", "KLIEN_AUDIT_CHECKPOINT_KEY", "KLIEN_CONTRACTS_KEY",
            "KLIEN_MAIL_PASSWORD");

    private static final List<String> CONFIG_KEYS = List.of(
            "KLIEN_PUBLIC_URL",
            "KLIEN_DB_URL", "KLIEN_DB_APP_USER", "KLIEN_DB_POOL_SIZE",
            "KLIEN_OIDC_ISSUER_URI", "KLIEN_OIDC_CLIENT_ID", "KLIEN_KEYCLOAK_ADMIN_CLIENT_ID",
            "KLIEN_MAIL_HOST", "KLIEN_MAIL_PORT", "KLIEN_MAIL_USERNAME", "KLIEN_MAIL_FROM",
            "KLIEN_DOCUMENTS_TENANT_QUOTA", "KLIEN_NOTIFICATIONS_REMINDERS_CRON",
            "KLIEN_SECURITY_MEMBERSHIP_RECHECK", "KLIEN_SECURITY_OPERATOR_RECHECK", "KLIEN_WALL_CACHE_CHECK",
            "SERVER_FORWARD_HEADERS_STRATEGY");

    // ---------------------------------------------------------------- lint and schema

    @Test
    void chartPassesLint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void schemaRejectsUnknownOrMistypedValues() {
        assertThat(rendered(Map.of("replicaCount", 3))).isNotNull();

        assertThatThrownBy(() -> render(Map.of("replicaCount", "three")))
                .hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> render(Map.of("replicaCount", 0)))
                .hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> render(Map.of("replicaCont", 2)))
                .hasMessageContaining("replicaCont");
        assertThatThrownBy(() -> render(Map.of("database.passwrd", "x")))
                .hasMessageContaining("passwrd");
        assertThatThrownBy(() -> render(Map.of("mail.port", "smtp")))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> render(Map.of("image.pullPolicy", "Sometimes")))
                .hasMessageContaining("pullPolicy");
    }

    @Test
    void renderingWithoutPasswordsOrExistingSecretFails() {
        assertThatThrownBy(() -> new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION).call())
                .hasMessageContaining("database.appPassword")
                .hasMessageContaining("database.ownerPassword")
                .hasMessageContaining("keycloak.clientSecret")
                .hasMessageContaining("keycloak.provisioningClientSecret")
                .hasMessageContaining("existingSecret");
    }

    @Test
    void renderingWithoutTheProvisioningClientSecretFails() {
        assertThatThrownBy(() -> render(Map.of("keycloak.provisioningClientSecret", "")))
                .hasMessageContaining("keycloak.provisioningClientSecret")
                .hasMessageContaining("KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET");
        assertThat(decode(map(rendered(Map.of()).secret().get("data")).get("KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET")))
                .isEqualTo("provisioning-secret-a8c1");
        assertThat(map(rendered(Map.of()).configMap().get("data")))
                .containsEntry("KLIEN_KEYCLOAK_ADMIN_CLIENT_ID", "klien-provisioning");
    }

    @Test
    void renderingWithoutAnAuditCheckpointKeyOfThirtyTwoCharactersFails() {
        assertThatThrownBy(() -> render(Map.of("audit.checkpointKey", "")))
                .hasMessageContaining("audit.checkpointKey")
                .hasMessageContaining("KLIEN_AUDIT_CHECKPOINT_KEY");
        assertThatThrownBy(() -> render(Map.of("audit.checkpointKey", "too-short-0123456789")))
                .hasMessageContaining("audit.checkpointKey (at least 32 characters)");
        assertThat(decode(map(rendered(Map.of()).secret().get("data")).get("KLIEN_AUDIT_CHECKPOINT_KEY")))
                .isEqualTo("audit-checkpoint-key-for-tests-0123456789");
    }

    @Test
    void renderingWithoutAContractsKeyEncryptionKeyOfThirtyTwoCharactersFails() {
        assertThatThrownBy(() -> render(Map.of("contracts.keyEncryptionKey", "")))
                .hasMessageContaining("contracts.keyEncryptionKey")
                .hasMessageContaining("KLIEN_CONTRACTS_KEY");
        assertThatThrownBy(() -> render(Map.of("contracts.keyEncryptionKey", "too-short-0123456789")))
                .hasMessageContaining("contracts.keyEncryptionKey (at least 32 characters)");
        assertThat(decode(map(rendered(Map.of()).secret().get("data")).get("KLIEN_CONTRACTS_KEY")))
                .isEqualTo("contracts-key-encryption-key-for-tests-0123");
    }

    // ---------------------------------------------------------------- Deployment

    @Test
    void deploymentProbesActuatorLivenessAndReadinessGroups() {
        Map<String, Object> container = container(rendered(Map.of()));

        assertThat(ports(container)).containsEntry("http", 8080).containsEntry("management", 9090);
        assertThat(httpGet(container, "livenessProbe"))
                .containsEntry("path", "/actuator/health/liveness").containsEntry("port", "management");
        assertThat(httpGet(container, "readinessProbe"))
                .containsEntry("path", "/actuator/health/readiness").containsEntry("port", "management");
        assertThat(httpGet(container, "startupProbe"))
                .containsEntry("path", "/actuator/health/liveness").containsEntry("port", "management");
        assertThat(env(container))
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("MANAGEMENT_SERVER_PORT", "9090");
    }

    @Test
    void startupProbeGivesTheAppWellOverAMinuteToStart() {
        Map<String, Object> startup = map(container(rendered(Map.of())).get("startupProbe"));

        int failureThreshold = (Integer) startup.get("failureThreshold");
        int periodSeconds = (Integer) startup.get("periodSeconds");
        assertThat(failureThreshold).isEqualTo(30);
        assertThat(periodSeconds).isEqualTo(5);
        assertThat(failureThreshold * periodSeconds).isGreaterThanOrEqualTo(120);
    }

    @Test
    void terminationGracePeriodOutlastsPreStopAndShutdownTimeout() {
        assertGracefulShutdown(rendered(Map.of()), 10, 30);
        assertGracefulShutdown(rendered(Map.of("shutdown.preStopSeconds", 20, "shutdown.timeoutSeconds", 45)), 20, 45);
    }

    private static void assertGracefulShutdown(Rendered rendered, int preStop, int timeout) {
        Map<String, Object> podSpec = podSpec(rendered);
        Map<String, Object> container = container(rendered);

        assertThat(env(container))
                .containsEntry("SERVER_SHUTDOWN", "graceful")
                .containsEntry("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", timeout + "s");
        assertThat(path(container, "lifecycle", "preStop", "exec", "command"))
                .isEqualTo(List.of("sleep", String.valueOf(preStop)));
        assertThat((Integer) podSpec.get("terminationGracePeriodSeconds"))
                .isGreaterThan(preStop + timeout)
                .isEqualTo(preStop + timeout + 15);
    }

    @Test
    void deploymentHasDefaultResourcesAndBoundedJavaHeap() {
        Map<String, Object> container = container(rendered(Map.of()));

        assertThat(path(container, "resources", "requests")).isEqualTo(Map.of("cpu", "500m", "memory", "1Gi"));
        assertThat(path(container, "resources", "limits")).isEqualTo(Map.of("memory", "2Gi"));
        assertThat(env(container)).containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75");
        assertThat(path(container(rendered(Map.of("resources.limits.memory", "3Gi"))), "resources", "limits", "memory"))
                .isEqualTo("3Gi");
    }

    @Test
    void containerRunsAsNonRootOnAReadOnlyRootFilesystemWithWritableTmp() {
        Rendered rendered = rendered(Map.of());
        Map<String, Object> container = container(rendered);
        Map<String, Object> securityContext = map(container.get("securityContext"));

        assertThat(securityContext)
                .containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 10001)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(path(securityContext, "capabilities", "drop")).isEqualTo(List.of("ALL"));
        assertThat(path(podSpec(rendered), "securityContext", "runAsNonRoot")).isEqualTo(true);

        assertThat(list(container.get("volumeMounts")))
                .anySatisfy(m -> assertThat(map(m)).containsEntry("name", "tmp").containsEntry("mountPath", "/tmp"));
        assertThat(list(podSpec(rendered).get("volumes")))
                .anySatisfy(v -> assertThat(map(v)).containsEntry("name", "tmp").containsKey("emptyDir"));
    }

    @Test
    void deploymentLoadsTheConfigMapAndItsOwnSecretKeysAsEnvironment() {
        Rendered rendered = rendered(Map.of());
        List<Object> envFrom = list(container(rendered).get("envFrom"));

        assertThat(envFrom).hasSize(1);
        assertThat(path(map(envFrom.get(0)), "configMapRef", "name")).isEqualTo(name(rendered.configMap()));
        Map<String, Map<String, Object>> refs = secretRefs(container(rendered));
        assertThat(refs.keySet()).containsExactlyInAnyOrderElementsOf(SECRET_KEYS);
        refs.forEach((variable, ref) -> assertThat(ref)
                .containsEntry("name", name(rendered.secret()))
                .containsEntry("key", variable));
        assertThat(refs.get("KLIEN_MAIL_PASSWORD")).containsEntry("optional", true);
    }

    @Test
    void theApplicationNeverGetsTheSchemaOwnersCredentials() {
        for (Rendered rendered : List.of(rendered(Map.of()), new Rendered(new Helm(CHART).template()
                .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .set("existingSecret", "klien-credentials").call()))) {
            Map<String, Object> container = container(rendered);

            assertThat(env(container).keySet()).noneMatch(name -> name.startsWith("KLIEN_DB_OWNER"));
            assertThat(secretRefs(container).values()).noneMatch(ref -> ref.get("key").toString().startsWith("KLIEN_DB_OWNER"));
            assertThat(list(container.get("envFrom"))).noneMatch(e -> map(e).containsKey("secretRef"));
            assertThat(map(rendered.configMap().get("data")).keySet()).noneMatch(key -> key.startsWith("KLIEN_DB_OWNER"));
            assertThat(rendered.find("Secret").map(secret -> map(secret.get("data")).keySet()).orElse(java.util.Set.of()))
                    .noneMatch(key -> key.startsWith("KLIEN_DB_OWNER"));
            assertThat(rendered.deployment().toString()).doesNotContain("owner-pw-91ab", "klien_owner");
        }
    }

    // ---------------------------------------------------------------- migration Job

    @Test
    void migrationJobRunsAsTheOwnerBeforeEveryInstallAndUpgrade(@TempDir Path dir) throws IOException {
        // Helm keeps hooks out of the release manifest: the Job is not among the application's objects
        assertThat(rendered(Map.of()).objects()).noneMatch(o -> "Job".equals(o.get("kind")) || isMigrationHook(o));

        Rendered rendered = new Rendered(hooksAsManifests(dir).call());
        Map<String, Object> job = rendered.get("Job");
        Map<String, Object> jobAnnotations = hookAnnotations(job);
        Map<String, Object> container = container(job);
        Map<String, Object> ownerSecret = rendered.migrationSecret();

        assertThat(jobAnnotations)
                .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
        assertThat(env(container))
                .containsEntry("KLIEN_MIGRATE_ONLY", "true")
                .containsEntry("KLIEN_DB_URL", "jdbc:postgresql://postgres:5432/klien")
                .containsEntry("KLIEN_DB_OWNER_USER", "klien_owner")
                .containsEntry("KLIEN_DB_APP_USER", "klien_app");
        assertThat(secretRefs(container)).containsOnlyKeys("KLIEN_DB_OWNER_PASSWORD");
        assertThat(secretRefs(container).get("KLIEN_DB_OWNER_PASSWORD")).containsEntry("name", name(ownerSecret));
        assertThat(container.get("image")).isEqualTo("ghcr.io/klien/klien:0.1.0");
        assertThat(path(job, "spec", "template", "spec", "restartPolicy")).isEqualTo("Never");

        // the owner's password exists only while the Job needs it, and is created before it
        assertThat(decode(map(ownerSecret.get("data")).get("KLIEN_DB_OWNER_PASSWORD"))).isEqualTo("owner-pw-91ab");
        Map<String, Object> secretAnnotations = hookAnnotations(ownerSecret);
        assertThat(secretAnnotations).containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
        assertThat(Integer.parseInt((String) secretAnnotations.get("helm.sh/hook-weight")))
                .isLessThan(Integer.parseInt((String) jobAnnotations.get("helm.sh/hook-weight")));

        // the Service and the Deployment never select the Job's pod
        Map<String, Object> podLabels = map(path(job, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).doesNotContainKey("app.kubernetes.io/name").containsEntry("app.kubernetes.io/component", "migration");
    }

    @Test
    void migrationJobReadsTheOwnerPasswordFromAnExistingSecret(@TempDir Path dir) throws IOException {
        Rendered shared = new Rendered(hooksAsManifests(dir.resolve("shared"))
                .set("existingSecret", "klien-credentials").call());
        Rendered separate = new Rendered(hooksAsManifests(dir.resolve("separate"))
                .set("existingSecret", "klien-credentials").set("migration.existingSecret", "klien-schema-owner").call());

        assertThat(shared.find("Secret")).isEmpty();
        assertThat(secretRefs(container(shared.get("Job"))).get("KLIEN_DB_OWNER_PASSWORD"))
                .containsEntry("name", "klien-credentials");
        assertThat(secretRefs(container(separate.get("Job"))).get("KLIEN_DB_OWNER_PASSWORD"))
                .containsEntry("name", "klien-schema-owner");
        assertThat(secretRefs(container(separate)).values()).allSatisfy(ref -> assertThat(ref).containsEntry("name", "klien-credentials"));
    }

    @Test
    void configurationChangesRollThePods() {
        String defaults = checksum(rendered(Map.of()));
        String otherDatabase = checksum(rendered(Map.of("database.url", "jdbc:postgresql://db2:5432/klien")));
        String otherPassword = checksum(rendered(Map.of("database.appPassword", "rotated")));

        assertThat(defaults).matches("[0-9a-f]{64}");
        assertThat(checksum(rendered(Map.of()))).isEqualTo(defaults);
        assertThat(otherDatabase).isNotEqualTo(defaults);
        assertThat(otherPassword).isNotEqualTo(defaults).isNotEqualTo(otherDatabase);
    }

    @Test
    void objectsCarryTheStandardKubernetesLabels() {
        Rendered rendered = rendered(Map.of());

        for (Map<String, Object> object : rendered.objects()) {
            assertThat(map(path(object, "metadata", "labels")))
                    .as("labels of %s", object.get("kind"))
                    .containsEntry("app.kubernetes.io/name", "klien")
                    .containsEntry("app.kubernetes.io/instance", RELEASE)
                    .containsEntry("app.kubernetes.io/version", "0.1.0")
                    .containsEntry("app.kubernetes.io/managed-by", "Helm")
                    .containsEntry("helm.sh/chart", "klien-0.1.0");
        }
        assertThat(map(path(rendered.deployment(), "spec", "selector", "matchLabels")))
                .isEqualTo(Map.of("app.kubernetes.io/name", "klien", "app.kubernetes.io/instance", RELEASE));
        assertThat(container(rendered).get("image")).isEqualTo("ghcr.io/klien/klien:0.1.0");
    }

    @Test
    void podDisruptionBudgetOnlyProtectsMoreThanOneReplica() {
        assertThat(rendered(Map.of()).find("PodDisruptionBudget"))
                .hasValueSatisfying(pdb -> assertThat(path(pdb, "spec", "maxUnavailable")).isEqualTo(1));
        assertThat(rendered(Map.of("replicaCount", 1)).find("PodDisruptionBudget")).isEmpty();
    }

    // ---------------------------------------------------------------- replicas: autoscaling, spread, database connections

    @Test
    void podDisruptionBudgetFollowsMinReplicasWhenAutoscaling() {
        assertThat(rendered(Map.of("replicaCount", 3, "autoscaling.enabled", true, "autoscaling.minReplicas", 1))
                .find("PodDisruptionBudget")).isEmpty();
        assertThat(rendered(Map.of("replicaCount", 1, "autoscaling.enabled", true, "autoscaling.minReplicas", 2))
                .find("PodDisruptionBudget"))
                .hasValueSatisfying(pdb -> assertThat(path(pdb, "spec", "selector", "matchLabels"))
                        .isEqualTo(Map.of("app.kubernetes.io/name", "klien", "app.kubernetes.io/instance", RELEASE)));
    }

    @Test
    void autoscalingHandsTheReplicaCountToAHorizontalPodAutoscalerThatScalesDownSlowly() {
        Rendered fixed = rendered(Map.of());
        assertThat(fixed.find("HorizontalPodAutoscaler")).isEmpty();
        assertThat(path(fixed.deployment(), "spec", "replicas")).isEqualTo(2);

        Rendered autoscaled = rendered(Map.of("autoscaling.enabled", true, "autoscaling.minReplicas", 3, "autoscaling.maxReplicas", 7));
        Map<String, Object> hpa = autoscaled.get("HorizontalPodAutoscaler");

        assertThat(map(autoscaled.deployment().get("spec"))).doesNotContainKey("replicas");
        assertThat(hpa).containsEntry("apiVersion", "autoscaling/v2");
        assertThat(map(path(hpa, "spec", "scaleTargetRef")))
                .containsEntry("apiVersion", "apps/v1")
                .containsEntry("kind", "Deployment")
                .containsEntry("name", name(autoscaled.deployment()));
        assertThat(map(hpa.get("spec"))).containsEntry("minReplicas", 3).containsEntry("maxReplicas", 7);
        List<Object> metrics = list(path(hpa, "spec", "metrics"));
        assertThat(metrics).hasSize(1);
        assertThat(path(map(metrics.get(0)), "resource", "name")).isEqualTo("cpu");
        assertThat(map(path(map(metrics.get(0)), "resource", "target")))
                .containsEntry("type", "Utilization").containsEntry("averageUtilization", 70);

        // a removed pod loses its Vaadin UIs: wait 10 minutes of lower load, then at most one pod per 5 minutes
        Map<String, Object> scaleDown = map(path(hpa, "spec", "behavior", "scaleDown"));
        assertThat(scaleDown).containsEntry("stabilizationWindowSeconds", 600);
        assertThat(list(scaleDown.get("policies")))
                .containsExactly(Map.of("type", "Pods", "value", 1, "periodSeconds", 300));
        Map<String, Object> lowerTarget = rendered(Map.of("autoscaling.enabled", true, "autoscaling.targetCPUUtilizationPercentage", 55))
                .get("HorizontalPodAutoscaler");
        assertThat(path(map(list(path(lowerTarget, "spec", "metrics")).get(0)), "resource", "target", "averageUtilization")).isEqualTo(55);
    }

    @Test
    void autoscalingBoundsAndItsCpuRequestAreChecked(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> render(Map.of("autoscaling.enabled", true, "autoscaling.minReplicas", 0)))
                .hasMessageContaining("minReplicas");
        assertThatThrownBy(() -> render(Map.of("autoscaling.enabled", true, "autoscaling.minReplicas", 5, "autoscaling.maxReplicas", 4)))
                .hasMessageContaining("autoscaling.maxReplicas (4) must be at least autoscaling.minReplicas (5)");
        assertThatThrownBy(() -> render(Map.of("autoscaling.targetCPUUtilizationPercentage", 0)))
                .hasMessageContaining("targetCPUUtilizationPercentage");
        assertThatThrownBy(() -> renderWith(dir, """
                autoscaling:
                  enabled: true
                resources:
                  requests:
                    cpu: null
                """)).hasMessageContaining("autoscaling needs resources.requests.cpu");
        assertThat(rendered(Map.of("autoscaling.enabled", true, "autoscaling.minReplicas", 4, "autoscaling.maxReplicas", 4))
                .find("HorizontalPodAutoscaler")).isPresent();
    }

    @Test
    void replicasAreSpreadOverNodesUnlessTheUserSaysOtherwise(@TempDir Path dir) throws IOException {
        List<Object> spread = list(podSpec(rendered(Map.of())).get("topologySpreadConstraints"));

        assertThat(spread).hasSize(1);
        assertThat(map(spread.get(0)))
                .containsEntry("maxSkew", 1)
                .containsEntry("topologyKey", "kubernetes.io/hostname")
                .containsEntry("whenUnsatisfiable", "ScheduleAnyway");
        assertThat(path(map(spread.get(0)), "labelSelector", "matchLabels"))
                .isEqualTo(path(rendered(Map.of()).deployment(), "spec", "selector", "matchLabels"));

        assertThat(podSpec(rendered(Map.of("replicaCount", 1)))).doesNotContainKey("topologySpreadConstraints");
        assertThat(podSpec(rendered(Map.of("replicaCount", 1, "autoscaling.enabled", true, "autoscaling.minReplicas", 1))))
                .containsKey("topologySpreadConstraints");

        Map<String, Object> own = Map.of("maxSkew", 2, "topologyKey", "topology.kubernetes.io/zone", "whenUnsatisfiable", "DoNotSchedule",
                "labelSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "klien")));
        assertThat(podSpec(renderedWith(dir, """
                topologySpreadConstraints:
                  - maxSkew: 2
                    topologyKey: topology.kubernetes.io/zone
                    whenUnsatisfiable: DoNotSchedule
                    labelSelector:
                      matchLabels:
                        app.kubernetes.io/name: klien
                """)).get("topologySpreadConstraints")).isEqualTo(List.of(own));
    }

    @Test
    void eachPodsConnectionPoolIsConfigured() {
        assertThat(map(rendered(Map.of()).configMap().get("data"))).containsEntry("KLIEN_DB_POOL_SIZE", "10");
        assertThat(map(rendered(Map.of("database.poolSize", 20)).configMap().get("data"))).containsEntry("KLIEN_DB_POOL_SIZE", "20");
        assertThatThrownBy(() -> render(Map.of("database.poolSize", 0))).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> render(Map.of("database.reservedConnections", -1))).hasMessageContaining("reservedConnections");
    }

    @Test
    void renderingFailsWhenThePodsCouldOpenMoreConnectionsThanTheDatabaseAllows() {
        // (8 replicas + 1 surging) x 10 + 1 migration Job + 5 reserved = 96
        assertThat(rendered(Map.of("replicaCount", 8, "database.maxConnections", 96))).isNotNull();
        assertThatThrownBy(() -> render(Map.of("replicaCount", 8, "database.maxConnections", 95)))
                .hasMessageContaining("up to 9 pods (replicaCount 8 + 1 during a rolling update)")
                .hasMessageContaining("= 96 database connections, more than database.maxConnections 95");
        assertThatThrownBy(() -> render(Map.of("replicaCount", 9)))
                .hasMessageContaining("= 106 database connections, more than database.maxConnections 100");
        // the pool size and the reserve count too
        assertThatThrownBy(() -> render(Map.of("replicaCount", 8, "database.maxConnections", 96, "database.poolSize", 11)))
                .hasMessageContaining("database.maxConnections 96");
        assertThatThrownBy(() -> render(Map.of("replicaCount", 8, "database.maxConnections", 96, "database.reservedConnections", 6)))
                .hasMessageContaining("database.maxConnections 96");
        assertThat(rendered(Map.of("replicaCount", 8, "database.maxConnections", 91, "database.reservedConnections", 0))).isNotNull();

        // with autoscaling, the most replicas the autoscaler may add: (6 + 1) x 10 + 1 + 5 = 76
        assertThat(rendered(Map.of("replicaCount", 9, "autoscaling.enabled", true, "autoscaling.maxReplicas", 6))).isNotNull();
        assertThatThrownBy(() -> render(Map.of("autoscaling.enabled", true, "autoscaling.maxReplicas", 6, "database.maxConnections", 75)))
                .hasMessageContaining("up to 7 pods (autoscaling.maxReplicas 6 + 1 during a rolling update)")
                .hasMessageContaining("raise database.maxConnections");
    }

    @Test
    void theLargeExampleFitsItsConnectionBudgetAndAutoscales() {
        Rendered large = new Rendered(largeExample().call());
        Map<String, Object> hpa = large.get("HorizontalPodAutoscaler");
        Map<String, Object> container = container(large);

        assertThat(map(hpa.get("spec"))).containsEntry("minReplicas", 4).containsEntry("maxReplicas", 12);
        assertThat(map(large.deployment().get("spec"))).doesNotContainKey("replicas");
        assertThat(path(container, "resources", "requests")).isEqualTo(Map.of("cpu", "2", "memory", "2Gi"));
        assertThat(path(container, "resources", "limits")).isEqualTo(Map.of("memory", "3Gi"));
        assertThat(map(large.configMap().get("data"))).containsEntry("KLIEN_DB_POOL_SIZE", "10");
        assertThat(large.find("PodDisruptionBudget")).isPresent();
        // (12 + 1) x 10 + 1 + 5 = 136 of its 200 connections: one short of 136 would not render
        assertThatThrownBy(() -> largeExample().set("database.maxConnections", 135).call())
                .hasMessageContaining("= 136 database connections");
    }

    @Test
    void serviceCanPinClientsByAddressForClustersWithoutTheNginxIngress() {
        Map<String, Object> none = rendered(Map.of()).service();
        assertThat(map(none.get("spec"))).containsEntry("sessionAffinity", "None").doesNotContainKey("sessionAffinityConfig");

        Map<String, Object> clientIp = rendered(Map.of("service.sessionAffinity", "ClientIP")).service();
        assertThat(map(clientIp.get("spec"))).containsEntry("sessionAffinity", "ClientIP");
        assertThat(path(clientIp, "spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds")).isEqualTo(10800);
        assertThat(path(rendered(Map.of("service.sessionAffinity", "ClientIP", "service.sessionAffinityTimeoutSeconds", 3600)).service(),
                "spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds")).isEqualTo(3600);

        assertThatThrownBy(() -> render(Map.of("service.sessionAffinity", "Cookie"))).hasMessageContaining("sessionAffinity");
        assertThatThrownBy(() -> render(Map.of("service.sessionAffinityTimeoutSeconds", 86401)))
                .hasMessageContaining("sessionAffinityTimeoutSeconds");
    }

    @Test
    void howLongANodeTrustsWhatAnotherReplicaMayChangeIsConfigured() {
        Map<String, Object> defaults = map(rendered(Map.of()).configMap().get("data"));
        assertThat(defaults)
                .containsEntry("KLIEN_SECURITY_MEMBERSHIP_RECHECK", "PT5S")
                .containsEntry("KLIEN_SECURITY_OPERATOR_RECHECK", "PT5S")
                .containsEntry("KLIEN_WALL_CACHE_CHECK", "PT1S");

        Map<String, Object> changed = map(rendered(Map.of("security.membershipRecheck", "PT0.5S",
                "security.operatorRecheck", "PT1M30S", "wall.cacheCheck", "PT2S")).configMap().get("data"));
        assertThat(changed)
                .containsEntry("KLIEN_SECURITY_MEMBERSHIP_RECHECK", "PT0.5S")
                .containsEntry("KLIEN_SECURITY_OPERATOR_RECHECK", "PT1M30S")
                .containsEntry("KLIEN_WALL_CACHE_CHECK", "PT2S");

        // ISO-8601 only, in the form java.time.Duration reads (a fraction only in seconds)
        assertThatThrownBy(() -> render(Map.of("security.membershipRecheck", "5s"))).hasMessageContaining("membershipRecheck");
        assertThatThrownBy(() -> render(Map.of("security.operatorRecheck", "PT1.5M"))).hasMessageContaining("operatorRecheck");
        assertThatThrownBy(() -> render(Map.of("wall.cacheCheck", "PT"))).hasMessageContaining("cacheCheck");
        assertThatThrownBy(() -> render(Map.of("wall.cacheChek", "PT1S"))).hasMessageContaining("cacheChek");
    }

    // ---------------------------------------------------------------- Service and Ingress

    @Test
    void serviceExposesOnlyTheHttpPort() {
        Map<String, Object> service = rendered(Map.of()).service();

        assertThat(path(service, "spec", "type")).isEqualTo("ClusterIP");
        List<Object> ports = list(path(service, "spec", "ports"));
        assertThat(ports).hasSize(1);
        assertThat(map(ports.get(0))).containsEntry("port", 80).containsEntry("targetPort", "http");
        assertThat(ports).noneMatch(p -> map(p).containsValue("management") || map(p).containsValue(9090));
    }

    @Test
    void ingressPinsVaadinSessionsWithCookieAffinity() {
        Map<String, Object> ingress = rendered(Map.of()).ingress();
        Map<String, Object> annotations = map(path(ingress, "metadata", "annotations"));

        assertThat(annotations)
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "KLIEN_ROUTE")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-samesite", "Lax")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600");
        assertThat(path(ingress, "spec", "ingressClassName")).isEqualTo("nginx");

        Map<String, Object> rule = map(list(path(ingress, "spec", "rules")).get(0));
        assertThat(rule).containsEntry("host", "klien.example.com");
        Map<String, Object> backend = map(path(map(list(path(rule, "http", "paths")).get(0)), "backend", "service"));
        assertThat(backend).containsEntry("name", name(rendered(Map.of()).service()));
        assertThat(path(backend, "port", "name")).isEqualTo("http");
        assertThat(map(list(path(ingress, "spec", "tls")).get(0)).get("hosts")).isEqualTo(List.of("klien.example.com"));
    }

    @Test
    void ingressMergesUserAnnotationsAndNamedTlsSecret(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("ingress.yaml"), """
                ingress:
                  host: crm.firm.example
                  tls:
                    secretName: klien-tls
                  annotations:
                    cert-manager.io/cluster-issuer: letsencrypt
                    nginx.ingress.kubernetes.io/proxy-read-timeout: "7200"
                """);
        Map<String, Object> ingress = new Rendered(new Helm(CHART).template()
                .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_VALUES).withValuesFile(values)
                .call()).ingress();
        Map<String, Object> annotations = map(path(ingress, "metadata", "annotations"));

        assertThat(annotations)
                .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "7200")
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(map(list(path(ingress, "spec", "tls")).get(0)))
                .containsEntry("secretName", "klien-tls")
                .containsEntry("hosts", List.of("crm.firm.example"));
        assertThat(map(list(path(ingress, "spec", "rules")).get(0))).containsEntry("host", "crm.firm.example");
    }

    @Test
    void sessionCookieIsOnlyMarkedSecureWithTls() {
        Map<String, Object> ingress = rendered(Map.of("ingress.tls.enabled", false)).ingress();

        assertThat(map(path(ingress, "metadata", "annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .doesNotContainKey("nginx.ingress.kubernetes.io/session-cookie-secure");
        assertThat(map(ingress.get("spec"))).doesNotContainKey("tls");
    }

    @Test
    void ingressCanBeDisabled() {
        assertThat(rendered(Map.of()).find("Ingress")).isPresent();
        assertThat(rendered(Map.of("ingress.enabled", false)).find("Ingress")).isEmpty();
    }

    // ---------------------------------------------------------------- ConfigMap and Secret

    @Test
    void configMapCarriesEveryNonSecretSetting() {
        Map<String, Object> data = map(rendered(Map.of()).configMap().get("data"));

        assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(CONFIG_KEYS);
        assertThat(data)
                .containsEntry("KLIEN_DB_URL", "jdbc:postgresql://postgres:5432/klien")
                .containsEntry("KLIEN_OIDC_ISSUER_URI", "https://sso.example.com/realms/klien")
                .containsEntry("KLIEN_PUBLIC_URL", "https://klien.example.com")
                .containsEntry("KLIEN_MAIL_PORT", "587")
                .containsEntry("KLIEN_MAIL_USERNAME", "mailer")
                .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                .containsEntry("KLIEN_DOCUMENTS_TENANT_QUOTA", "2GB")
                .containsEntry("KLIEN_NOTIFICATIONS_REMINDERS_CRON", "0 0 * * * *")
                .containsEntry("KLIEN_DB_POOL_SIZE", "10");
        assertThat(map(rendered(Map.of("documents.tenantQuota", "10GB")).configMap().get("data")))
                .containsEntry("KLIEN_DOCUMENTS_TENANT_QUOTA", "10GB");
        assertThatThrownBy(() -> render(Map.of("documents.tenantQuota", "lots")))
                .hasMessageContaining("tenantQuota");
    }

    @Test
    void secretsAreNotInTheConfigMap() {
        Rendered rendered = rendered(Map.of());
        Map<String, Object> secretData = map(rendered.secret().get("data"));
        Map<String, Object> configData = map(rendered.configMap().get("data"));

        assertThat(secretData.keySet()).containsExactlyInAnyOrderElementsOf(SECRET_KEYS);
        assertThat(decode(secretData.get("KLIEN_DB_APP_PASSWORD"))).isEqualTo("app-pw-7f3c");
        assertThat(decode(secretData.get("KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET"))).isEqualTo("provisioning-secret-a8c1");
        assertThat(decode(secretData.get("KLIEN_OIDC_CLIENT_SECRET"))).isEqualTo("oidc-secret-5d2e");
        assertThat(decode(secretData.get("KLIEN_MAIL_PASSWORD"))).isEqualTo("mail-pw-c0de");

        assertThat(configData.keySet()).doesNotContainAnyElementsOf(SECRET_KEYS);
        String everythingButTheSecret = rendered.objects().stream()
                .filter(o -> !"Secret".equals(o.get("kind")))
                .map(Object::toString)
                .reduce("", String::concat);
        assertThat(everythingButTheSecret)
                .doesNotContain("app-pw-7f3c", "owner-pw-91ab", "oidc-secret-5d2e", "provisioning-secret-a8c1", "mail-pw-c0de");
    }

    @Test
    void existingSecretIsReferencedInsteadOfCreated() {
        Rendered rendered = new Rendered(new Helm(CHART).template()
                .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .set("existingSecret", "klien-credentials")
                .call());

        assertThat(rendered.find("Secret")).isEmpty();
        assertThat(secretRefs(container(rendered)).values())
                .allSatisfy(ref -> assertThat(ref).containsEntry("name", "klien-credentials"));
        assertThat(rendered.find("ConfigMap")).isPresent();
    }

    // ---------------------------------------------------------------- rendering helpers

    /**
     * `helm template` through helm-java leaves hooks out, so this renders a copy of the chart whose hook annotations
     * are renamed (helm.sh/hook... becomes {@value #RENAMED_HOOK}...): Helm then renders them like any object.
     */
    private static TemplateCommand hooksAsManifests(Path dir) throws IOException {
        Path copy = dir.resolve("klien");
        try (var files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(source).replace("\"helm.sh/hook", "\"" + RENAMED_HOOK));
                }
            }
        }
        return new Helm(copy).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_VALUES);
    }

    private static final String RENAMED_HOOK = "test.klien.io/helm.sh-hook";

    /** The Helm hook annotations of an object rendered by {@link #hooksAsManifests}, under their real names. */
    private static Map<String, Object> hookAnnotations(Map<String, Object> object) {
        Map<String, Object> annotations = new LinkedHashMap<>();
        map(path(object, "metadata", "annotations")).forEach((key, value) ->
                annotations.put(key.replace(RENAMED_HOOK, "helm.sh/hook"), value));
        return annotations;
    }

    private static String render(Map<String, Object> values) {
        TemplateCommand template = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_VALUES);
        values.forEach(template::set);
        return template.call();
    }

    private static Rendered rendered(Map<String, Object> values) {
        return new Rendered(render(values));
    }

    /** Renders with the test credentials and these values, given as a values file (for nulls and lists). */
    private static String renderWith(Path dir, String values) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "values", ".yaml"), values);
        return new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_VALUES).withValuesFile(file).call();
    }

    private static Rendered renderedWith(Path dir, String values) throws IOException {
        return new Rendered(renderWith(dir, values));
    }

    private static TemplateCommand largeExample() {
        return new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(LARGE_VALUES).withValuesFile(TEST_VALUES);
    }

    /** The objects of one `helm template` run. */
    private record Rendered(List<Map<String, Object>> objects) {

        Rendered(String manifest) {
            this(parse(manifest));
        }

        private static List<Map<String, Object>> parse(String manifest) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(manifest)) {
                if (document != null) {
                    objects.add(map(document));
                }
            }
            assertThat(objects).as("rendered objects").isNotEmpty();
            return objects;
        }

        /** The one object of this kind the application runs with (not a migration hook's). */
        Optional<Map<String, Object>> find(String kind) {
            List<Map<String, Object>> found = objects.stream().filter(o -> kind.equals(o.get("kind")))
                    .filter(o -> "Job".equals(kind) || !isMigrationHook(o)).toList();
            assertThat(found).as("objects of kind %s", kind).hasSizeLessThanOrEqualTo(1);
            return found.stream().findFirst();
        }

        Map<String, Object> get(String kind) {
            return find(kind).orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
        }

        Map<String, Object> deployment() { return get("Deployment"); }
        Map<String, Object> service() { return get("Service"); }
        Map<String, Object> ingress() { return get("Ingress"); }
        Map<String, Object> configMap() { return get("ConfigMap"); }
        Map<String, Object> secret() { return get("Secret"); }

        Map<String, Object> migrationSecret() {
            List<Map<String, Object>> found = objects.stream()
                    .filter(o -> "Secret".equals(o.get("kind")) && isMigrationHook(o)).toList();
            assertThat(found).as("migration Secrets").hasSize(1);
            return found.getFirst();
        }


    }

    private static boolean isMigrationHook(Map<String, Object> object) {
        return "migration".equals(map(path(object, "metadata", "labels")).get("app.kubernetes.io/component"));
    }

    private static Map<String, Object> podSpec(Rendered rendered) {
        return map(path(rendered.deployment(), "spec", "template", "spec"));
    }

    private static Map<String, Object> container(Rendered rendered) {
        return container(rendered.deployment());
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(path(deployment, "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> httpGet(Map<String, Object> container, String probe) {
        return map(path(container, probe, "httpGet"));
    }

    private static Map<String, Object> ports(Map<String, Object> container) {
        Map<String, Object> ports = new LinkedHashMap<>();
        list(container.get("ports")).forEach(p -> ports.put((String) map(p).get("name"), map(p).get("containerPort")));
        return ports;
    }

    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        list(container.get("env")).forEach(e -> env.put((String) map(e).get("name"), map(e).get("value")));
        return env;
    }

    /** Variables read from a Secret, by name: the secretKeyRef (name, key, optional). */
    private static Map<String, Map<String, Object>> secretRefs(Map<String, Object> container) {
        Map<String, Map<String, Object>> refs = new LinkedHashMap<>();
        list(container.get("env")).stream().map(HelmChartTest::map)
                .filter(e -> e.get("valueFrom") != null)
                .forEach(e -> refs.put((String) e.get("name"), map(path(e, "valueFrom", "secretKeyRef"))));
        return refs;
    }

    private static String checksum(Rendered rendered) {
        return (String) path(rendered.deployment(), "spec", "template", "metadata", "annotations", "checksum/config");
    }

    private static String name(Map<String, Object> object) {
        return (String) path(object, "metadata", "name");
    }

    private static String decode(Object base64) {
        return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
    }

    private static Object path(Map<String, Object> object, String... keys) {
        Object current = object;
        for (String key : keys) {
            assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
