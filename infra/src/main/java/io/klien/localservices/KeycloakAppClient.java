package io.klien.localservices;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.json.JsonParser;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.json.JsonWriter;

/**
 * Keeps the realm's app client accepting the application that is starting, through Keycloak's admin REST API. The
 * realm is imported once, with whichever application URL came first; a later start at another URL (tests on 18080,
 * {@code ./klien run} on 8080, a custom KLIEN_PUBLIC_URL) adds its sign-in and logout URLs to what is already allowed
 * and points back-channel logout at itself, whether Keycloak was just started or was already running.
 */
final class KeycloakAppClient {

    static final String CLIENT_ID = "klien-app";
    static final String SIGN_IN_PATH = "/login/oauth2/code/keycloak";
    static final String INVITATION_PATH = "/invitation/*";
    static final String BACK_CHANNEL_LOGOUT_PATH = "/logout/connect/back-channel/keycloak";
    private static final String POST_LOGOUT = "post.logout.redirect.uris";
    private static final String BACK_CHANNEL_LOGOUT = "backchannel.logout.url";

    private static final Log log = LogFactory.getLog(KeycloakAppClient.class);

    private final HttpClient http;
    private final String keycloakUrl;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;
    private final JsonParser json = JsonParserFactory.getJsonParser();

    KeycloakAppClient(HttpClient http, String keycloakUrl, String realm, String adminUser, String adminPassword) {
        this.http = http;
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    void allow(String appUrl) {
        String app = appUrl.replaceAll("/+$", "");
        String token = adminToken();
        String clients = keycloakUrl + "/admin/realms/" + realm + "/clients";
        List<Object> found = json.parseList(send(HttpRequest.newBuilder(
                URI.create(clients + "?clientId=" + CLIENT_ID)).header("Authorization", "Bearer " + token).GET(), 200));
        if (found.isEmpty()) {
            throw new LocalServiceException("The Keycloak at " + keycloakUrl + " has no client '" + CLIENT_ID
                    + "' in realm '" + realm + "'.",
                    "Stop that Keycloak and delete the Keycloak database (klien.local-services.keycloak.database),"
                            + " so the next start imports the Klien realm afresh.");
        }
        Map<?, ?> client = (Map<?, ?>) found.getFirst();
        Map<String, Object> update = changes(client, app);
        if (update.isEmpty()) {
            return;
        }
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonWriter.standard().writeToString(update))), 204);
        log.info("Keycloak client " + CLIENT_ID + " now accepts sign-ins from " + app);
    }

    /** What to change so the client accepts {@code app}; empty when it already does. Keycloak's update keeps what is omitted. */
    static Map<String, Object> changes(Map<?, ?> client, String app) {
        Map<String, Object> update = new LinkedHashMap<>();
        Set<String> redirects = new LinkedHashSet<>(strings(client.get("redirectUris")));
        if (redirects.addAll(List.of(app + SIGN_IN_PATH, app + INVITATION_PATH))) {
            update.put("redirectUris", new ArrayList<>(redirects));
        }
        Map<?, ?> attributes = client.get("attributes") instanceof Map<?, ?> map ? map : Map.of();
        Map<String, String> changedAttributes = new LinkedHashMap<>();
        Object postLogout = attributes.get(POST_LOGOUT);
        Set<String> logoutTargets = new LinkedHashSet<>(postLogout == null || postLogout.toString().isBlank()
                ? List.of() : Arrays.asList(postLogout.toString().split("##")));
        if (logoutTargets.add(app + "/*")) {
            changedAttributes.put(POST_LOGOUT, String.join("##", logoutTargets));
        }
        String backChannel = app + BACK_CHANNEL_LOGOUT_PATH;
        if (!backChannel.equals(attributes.get(BACK_CHANNEL_LOGOUT))) {
            // one URL only: the application that started last receives Keycloak's logout notices
            changedAttributes.put(BACK_CHANNEL_LOGOUT, backChannel);
        }
        if (!changedAttributes.isEmpty()) {
            update.put("attributes", changedAttributes);
        }
        if (!app.equals(client.get("rootUrl"))) {
            update.put("rootUrl", app);
        }
        return update;
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUser)
                + "&password=" + encode(adminPassword);
        Map<String, Object> token = json.parseMap(send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200));
        return (String) token.get("access_token");
    }

    private String send(HttpRequest.Builder request, int expectedStatus) {
        HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new LocalServiceException("Keycloak at " + keycloakUrl + " answered HTTP " + response.statusCode()
                        + " to " + built.method() + " " + built.uri().getPath() + " while allowing this application's URL.",
                        "A Keycloak started by ./klien run or ./klien test has the admin account " + adminUser
                                + "; stop any other Keycloak on port " + URI.create(keycloakUrl).getPort()
                                + " or set klien.local-services.keycloak.port to a free port.");
            }
            return response.body();
        } catch (IOException e) {
            throw new LocalServiceException("Keycloak at " + keycloakUrl + " did not answer: " + e.getMessage(),
                    "Read the Keycloak log in the local services' cache directory.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalServiceException("Interrupted while configuring Keycloak", "Start again.", e);
        }
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
