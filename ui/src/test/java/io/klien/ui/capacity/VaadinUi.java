package io.klien.ui.capacity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's Vaadin UI, driven through Flow's client-server protocol as the flow client does it: the bootstrap
 * ({@code GET ?v-r=init&location=...} returns the app config with the UI id, the CSRF token and the first changes),
 * then UIDL requests ({@code POST ?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code syncId}, {@code clientId} and
 * {@code rpc} invocations): router navigation as the {@code ui-navigate} event on the root node, clicks as
 * {@code click} events on the node found by its element id, typed values as {@code mSync} of the {@code value}
 * property followed by the {@code change} event.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser;
    private UiState state;
    private JsonNode last;

    private VaadinUi(Browser browser, UiState state) {
        this.browser = browser;
        this.state = state;
    }

    /**
     * Opens {@code route} (without a leading slash) in the signed-in browser as a page load does: the page's HTML, then
     * the UI either from the bootstrap JSON the page carries ({@code window.Vaadin.TypeScript = {"initial": ...}}, as
     * the flow client takes it when the server includes it) or from a {@code ?v-r=init} request.
     */
    public static VaadinUi open(Browser browser, String route) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.http.send(browser.get(browser.app.resolve("/" + route)),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new UiState.ProtocolException("the page " + route + " answered " + page.statusCode());
        }
        return fromPage(browser, route, page.body());
    }

    /**
     * The UI of a page the browser has just loaded ({@code html}, e.g. where signing in ended): a page that carries its
     * bootstrap has already made its UI on the server, so loading it again would leave that one orphaned. Like the flow
     * client, it then navigates the UI to the route ({@code ui-navigate}), which renders the view.
     */
    public static VaadinUi fromPage(Browser browser, String route, String html) throws IOException, InterruptedException {
        JsonNode embedded = embeddedBootstrap(html);
        if (embedded != null && embedded.has("initial")) {
            VaadinUi ui = new VaadinUi(browser, UiState.fromInit(embedded.get("initial").toString()));
            ui.last = embedded.get("initial");
            ui.navigate(route);
            return ui;
        }
        String[] parts = route.split("\\?", 2);
        String query = parts.length > 1 ? parts[1] : "";
        URI init = browser.app.resolve("/?v-r=init&location=" + enc(parts[0]) + "&query=" + enc(query)
                + "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=" + enc("Asia/Jakarta")
                + "&v-td=false&v-pr=1&v-np=Linux&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=" + enc("landscape-primary")
                + "&v-soa=0&v-tn=lumo");
        HttpResponse<String> response = browser.http.send(HttpRequest.newBuilder(init).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new UiState.ProtocolException("init of " + route + " answered " + response.statusCode() + ": "
                    + UiState.abbreviate(response.body()));
        }
        VaadinUi ui = new VaadinUi(browser, UiState.fromInit(response.body()));
        ui.last = JSON.readTree(response.body());
        // the flow client then asks the router for the page's route, as for every later navigation
        ui.navigate(route);
        return ui;
    }

    /** The object the page assigns to {@code window.Vaadin.TypeScript}, if it does. */
    static JsonNode embeddedBootstrap(String html) {
        String marker = "window.Vaadin.TypeScript=";
        int at = html.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int end = html.indexOf("</script>", at);
        String json = html.substring(at + marker.length(), end < 0 ? html.length() : end).strip();
        if (json.endsWith(";")) {
            json = json.substring(0, json.length() - 1);
        }
        return JSON.readTree(json);
    }

    /** Navigates inside the UI as a router link does. */
    public JsonNode navigate(String route) throws IOException, InterruptedException {
        String[] parts = route.split("\\?", 2);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", parts[0]);
        data.put("query", parts.length > 1 ? parts[1] : "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "link");
        return send(List.of(event(UiState.ROOT_NODE, "ui-navigate", data)));
    }

    /** Clicks the element with this id, sending the event data its click listener asks for. */
    public JsonNode click(String elementId) throws IOException, InterruptedException {
        int node = node(elementId);
        List<String> expressions = state.listener(node, "click")
                .orElseThrow(() -> new UiState.ProtocolException("nothing listens to clicks on #" + elementId));
        ObjectNode data = JSON.createObjectNode();
        for (String expression : expressions) {
            if (expression.startsWith("}") || expression.startsWith("]")) {
                continue;
            }
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        }
        return send(List.of(event(node, "click", data)));
    }

    /** Types {@code value} into the field with this id and leaves it: the value property, then the change event. */
    public JsonNode type(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", UiState.PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return send(List.of(sync, event(node, "change", JSON.createObjectNode())));
    }

    /** Calls a {@code @ClientCallable} method of the node's component, as {@code element.$server.method(...)} does. */
    JsonNode callServer(int node, String method, ArrayNode arguments) throws IOException, InterruptedException {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", arguments);
        return send(List.of(rpc));
    }

    /** Tells the server the tab is gone (the unload beacon), so the UI does not wait for its heartbeat to expire. */
    public void close() throws IOException, InterruptedException {
        ObjectNode message = message(List.of());
        message.put("UNLOAD", true);
        post(message);
    }

    public boolean shows(String elementId) {
        return state.node(elementId).isPresent();
    }

    public List<String> hrefs() {
        return state.hrefs();
    }

    UiState state() {
        return state;
    }

    /** The last message the server sent, as JSON text (for finding what the view rendered). */
    String lastMessage() {
        return last.toString();
    }

    private int node(String elementId) {
        return state.node(elementId).orElseThrow(() -> new UiState.ProtocolException("the UI shows no #" + elementId));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode message(List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", state.csrfToken());
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", state.syncId());
        message.put("clientId", state.clientId());
        return message;
    }

    private JsonNode send(List<ObjectNode> invocations) throws IOException, InterruptedException {
        HttpResponse<String> response = post(message(invocations));
        if (response.statusCode() != 200) {
            throw new UiState.ProtocolException("UIDL answered " + response.statusCode() + ": " + UiState.abbreviate(response.body()));
        }
        last = state.applyResponse(response.body());
        return last;
    }

    private HttpResponse<String> post(ObjectNode message) throws IOException, InterruptedException {
        URI uidl = browser.app.resolve("/?v-r=uidl&v-uiId=" + state.uiId());
        return browser.http.send(HttpRequest.newBuilder(uidl).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
