package io.klien.ui.capacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a Vaadin Flow client knows about its UI, read from the server's JSON the way the browser's flow client does:
 * the CSRF token ({@code Vaadin-Security-Key}), the UI id, the server's {@code syncId} and the next {@code clientId},
 * and, from the state-tree {@code changes}, which node carries which element id and which DOM events the server
 * listens to on it (with the event data expressions it wants).
 *
 * <p>Feature ids are Flow's {@code NodeFeatureRegistry} ids (25.2): 3 = element attributes (the {@code id}
 * attribute lives there), 4 = element listeners, 1 = element properties (the target of {@code mSync}).
 */
final class UiState {

    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int PROPERTIES = 1;
    /** The UI's root element: where {@code ui-navigate} is sent. */
    static final int ROOT_NODE = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private String csrfToken = "init";
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> idOfNode = new HashMap<>();
    private final Map<Integer, Map<String, List<String>>> listeners = new HashMap<>();
    private final Set<String> hrefs = new LinkedHashSet<>();

    /** Reads the JSON of a {@code ?v-r=init} request: the app config with the UI id and the first UIDL message. */
    static UiState fromInit(String body) {
        JsonNode init = JSON.readTree(body);
        JsonNode config = init.path("appConfig");
        if (!config.has("v-uiId") || !config.has("uidl")) {
            throw new ProtocolException("the init response has no appConfig with v-uiId and uidl: " + abbreviate(body));
        }
        UiState state = new UiState();
        state.uiId = config.get("v-uiId").asInt();
        state.apply(config.get("uidl"));
        return state;
    }

    /**
     * Parses a UIDL response ({@code for(;;);[{...}]} or a bare object) and applies it; fails on what a browser would
     * show as an error: an expired session, an application error or a request to resynchronize.
     */
    JsonNode applyResponse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode parsed = JSON.readTree(json);
        JsonNode message = parsed.isArray() ? parsed.get(0) : parsed;
        if (message == null || !message.isObject()) {
            throw new ProtocolException("the UIDL response is not a message: " + abbreviate(body));
        }
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new ProtocolException("the server reports " + meta);
        }
        if (message.path("resynchronize").asBoolean(false)) {
            throw new ProtocolException("the server asks to resynchronize");
        }
        apply(message);
        return message;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            if ("detach".equals(type)) {
                String id = idOfNode.remove(node);
                if (id != null && nodeById.get(id) == node) {
                    nodeById.remove(id);
                }
                listeners.remove(node);
                continue;
            }
            if (!"put".equals(type)) {
                continue;
            }
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString("");
            JsonNode value = change.path("value");
            if (feature == ATTRIBUTES && "id".equals(key) && value.isString()) {
                nodeById.put(value.asString(), node);
                idOfNode.put(node, value.asString());
            } else if (feature == ATTRIBUTES && "href".equals(key) && value.isString()) {
                hrefs.add(value.asString());
            } else if (feature == LISTENERS) {
                List<String> expressions = new ArrayList<>();
                if (value.isObject()) {
                    value.propertyNames().forEach(expressions::add);
                } else if (value.isArray()) {
                    value.forEach(e -> expressions.add(e.asString()));
                }
                listeners.computeIfAbsent(node, n -> new HashMap<>()).put(key, expressions);
            }
        }
    }

    /** The node of the element with this id attribute, if the UI shows one. */
    Optional<Integer> node(String elementId) {
        return Optional.ofNullable(nodeById.get(elementId));
    }

    /** The event data expressions the server listens to for {@code event} on {@code node}, if it listens at all. */
    Optional<List<String>> listener(int node, String event) {
        return Optional.ofNullable(listeners.getOrDefault(node, Map.of()).get(event));
    }

    /** The links (href attributes) the UI has shown, in order. */
    List<String> hrefs() {
        return List.copyOf(hrefs);
    }

    String csrfToken() {
        return csrfToken;
    }

    int uiId() {
        return uiId;
    }

    int syncId() {
        return syncId;
    }

    int clientId() {
        return clientId;
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** The server answered something a browser would not carry on from. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
