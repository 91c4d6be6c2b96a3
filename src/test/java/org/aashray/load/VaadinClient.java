package org.aashray.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, without the browser: speaks Vaadin Flow 25's wire protocol over HTTP as the real client does
 * (captured from headless Chromium: Spring Security's form login with its {@code _csrf} field, {@code ?v-r=init},
 * then UIDL messages with the UI's security key, {@code syncId} and {@code clientId}). It keeps its own cookies
 * and mirrors the server's node tree from the {@code changes} it receives, so actions find components by their
 * {@code id} attribute, as the Selenium page objects do. Not thread-safe: one virtual user owns one client.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Map<String, Object> CLICK_DATA = clickData();

    /** What one HTTP exchange cost, as the virtual user saw it. */
    record Exchange(long nanos, int status, JsonNode uidl) {
    }

    /** The mirrored state of one server-side node (element or text). */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final Map<Integer, List<Integer>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode v = attributes.get(name);
            if (v != null && v.isObject() && v.has("uri")) return v.get("uri").asString(); // a resource URL (download)
            return v == null ? null : v.isString() ? v.asString() : v.toString();
        }

        List<Integer> children() {
            return lists.getOrDefault(2, List.of());
        }
    }

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Data sent to grids and combo boxes ({@code $connector.set}), by node. */
    private final Map<Integer, List<JsonNode>> items = new HashMap<>();
    /** Data updates the server asked the client to confirm ({@code $connector.confirm(id)}), by node. */
    private final Map<Integer, Integer> toConfirm = new LinkedHashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int promise;
    private String lastBody = "";

    VaadinClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    // ---- login and page loads -------------------------------------------------------------------------------

    /** Opens the login page and posts Spring Security's form; true when the server sends us on to the app. */
    boolean login(String username, String password, Timer timer) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("login"), timer, "login: page");
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) throw new IllegalStateException("no _csrf meta tag on the login page");
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> post = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), timer, "login: submit");
        String location = post.headers().firstValue("Location").orElse("");
        return post.statusCode() == 302 && !location.contains("error") && !location.endsWith("/login");
    }

    /** A full page load of a route: the bootstrap request, then the navigation message the client sends. */
    JsonNode open(String route, Timer timer, String action) throws IOException, InterruptedException {
        nodes.clear();
        items.clear();
        toConfirm.clear();
        String query = "?v-r=init&location=" + enc(route) + "&query=&v-sw=1280&v-sh=800&v-ww=1280&v-wh=757"
                + "&v-tzid=Asia%2FKolkata&v-tzo=-330&v-rtzo=-330&v-dstd=0&v-dston=false&v-curdate=" + System.currentTimeMillis()
                + "&v-td=false&v-pr=1&v-wn=load-" + Integer.toHexString(System.identityHashCode(this)) + "&v-pv=VISIBLE";
        HttpResponse<String> init = send(get(query), timer, action + " (bootstrap)");
        if (init.statusCode() != 200) throw new ProtocolException("bootstrap of " + route + " answered " + init.statusCode());
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = -1;
        clientId = 0;
        apply(uidl);
        return navigateTo("/" + route, "", timer, action);
    }

    /** In-app navigation (a router link or side-nav click): the same UI, a new view. */
    JsonNode navigate(String route, Timer timer, String action) throws IOException, InterruptedException {
        return navigateTo(route, "link", timer, action);
    }

    private JsonNode navigateTo(String route, String trigger, Timer timer, String action) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "").put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return send(timer, action, event(1, "ui-navigate", data));
    }

    // ---- the messages a user's gestures produce ---------------------------------------------------------------

    /** Typing into a text field and leaving it (value synchronised, then its change/input event). */
    JsonNode type(String fieldId, String value, Timer timer, String action) throws IOException, InterruptedException {
        Node field = byId(fieldId);
        List<ObjectNode> rpc = new ArrayList<>();
        rpc.add(sync(field.id, "value", JSON.getNodeFactory().stringNode(value)));
        if (field.listeners.containsKey("input")) {
            rpc.add(event(field.id, "input", JSON.createObjectNode().put("1", 1).put("for", "trailing")));
        }
        if (field.listeners.containsKey("change")) rpc.add(event(field.id, "change", JSON.createObjectNode()));
        return send(timer, action, rpc.toArray(ObjectNode[]::new));
    }

    JsonNode click(String componentId, Timer timer, String action) throws IOException, InterruptedException {
        return click(byId(componentId).id, timer, action);
    }

    JsonNode click(int node, Timer timer, String action) throws IOException, InterruptedException {
        return send(timer, action, event(node, "click", JSON.valueToTree(CLICK_DATA)));
    }

    /** A click inside a node that listens for it, naming the clicked element by its id (event.target.id). */
    JsonNode clickInside(int listening, String targetId, Timer timer, String action) throws IOException, InterruptedException {
        ObjectNode data = JSON.valueToTree(CLICK_DATA);
        data.put("event.target.id", targetId);
        return send(timer, action, event(listening, "click", data));
    }

    /** The node holding {@code child} in its children list. */
    int parentOf(int child) {
        return nodes.values().stream().filter(n -> n.children().contains(child)).map(n -> n.id).findFirst()
                .orElseThrow(() -> new IllegalStateException("node " + child + " has no parent on the page"));
    }

    /** Picks a select's item by the start of its label (the client sends the item's key as the value). */
    JsonNode select(String selectId, String labelStart, Timer timer, String action) throws IOException, InterruptedException {
        Node select = byId(selectId);
        String key = descendants(select.id).stream().filter(n -> "vaadin-select-item".equals(n.tag))
                .filter(n -> text(n.id).trim().startsWith(labelStart)).map(n -> n.properties.get("value"))
                .filter(v -> v != null).map(VaadinClient::str).findFirst()
                .orElseThrow(() -> new ProtocolException("no item '" + labelStart + "' in select " + selectId));
        return send(timer, action, sync(select.id, "value", JSON.getNodeFactory().stringNode(key)),
                event(select.id, "value-changed", JSON.createObjectNode()));
    }

    /** Typing a filter into a combo box: the client asks for the first page of matching items. */
    JsonNode filterCombo(String comboId, String filter, Timer timer, String action) throws IOException, InterruptedException {
        Node combo = byId(comboId);
        ArrayNode args = JSON.createArrayNode().add(0).add(50).add(filter);
        return send(timer, action, published(combo.id, "setViewportRange", args), sync(combo.id, "filter",
                JSON.getNodeFactory().stringNode(filter)), event(combo.id, "filter-changed", JSON.createObjectNode()),
                sync(combo.id, "opened", JSON.getNodeFactory().booleanNode(true)),
                event(combo.id, "opened-changed", JSON.createObjectNode()));
    }

    /** Chooses one of the items the combo box last received, by its label (single select: the key is the value). */
    JsonNode chooseComboItem(String comboId, Predicate<String> label, Timer timer, String action) throws IOException, InterruptedException {
        Node combo = byId(comboId);
        JsonNode item = comboItem(combo.id, label);
        if ("vaadin-multi-select-combo-box".equals(combo.tag)) {
            ObjectNode selected = JSON.createObjectNode().put("key", item.get("key").asString())
                    .put("label", item.path("label").asString()).put("className", "");
            return send(timer, action, sync(combo.id, "selectedItems", JSON.createArrayNode().add(selected)),
                    event(combo.id, "change", JSON.createObjectNode()),
                    sync(combo.id, "opened", JSON.getNodeFactory().booleanNode(false)),
                    event(combo.id, "opened-changed", JSON.createObjectNode()));
        }
        return send(timer, action, sync(combo.id, "filter", JSON.getNodeFactory().stringNode("")),
                event(combo.id, "filter-changed", JSON.createObjectNode()),
                sync(combo.id, "value", JSON.getNodeFactory().stringNode(item.get("key").asString())),
                event(combo.id, "value-changed", JSON.createObjectNode()),
                sync(combo.id, "opened", JSON.getNodeFactory().booleanNode(false)),
                event(combo.id, "opened-changed", JSON.createObjectNode()));
    }

    /** The item labels the combo box (or grid) last received. */
    List<String> itemLabels(String componentId) {
        return items.getOrDefault(byId(componentId).id, List.of()).stream().map(i -> String.valueOf(str(i.path("label")))).toList();
    }

    /** The rows (or items) a grid or combo box last received. */
    List<JsonNode> rows(int node) {
        return items.getOrDefault(node, List.of());
    }

    private JsonNode comboItem(int node, Predicate<String> label) {
        return items.getOrDefault(node, List.of()).stream().filter(i -> label.test(String.valueOf(str(i.path("label"))))).findFirst()
                .orElseThrow(() -> new ProtocolException("no matching item among " + items.getOrDefault(node, List.of()).size()));
    }

    /** The client's poll while the UI has a poll interval (background work reporting progress). */
    JsonNode poll(Timer timer, String action) throws IOException, InterruptedException {
        return send(timer, action, event(1, "ui-poll", JSON.createObjectNode()));
    }

    boolean polling() {
        Node ui = nodes.get(1);
        return ui != null && ui.listeners.containsKey("ui-poll") && nodes.get(1).properties.getOrDefault("pollInterval",
                JSON.getNodeFactory().numberNode(-1)).asInt() > 0;
    }

    /** Downloads a resource the page links to (an Anchor's href), e.g. a generated report. */
    byte[] download(String href, Timer timer, String action) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request(href).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        timer.record(action, System.nanoTime() - start, r.statusCode() != 200);
        remember(r);
        if (r.statusCode() != 200) throw new ProtocolException(href + " answered " + r.statusCode());
        return r.body();
    }

    /** Answers the data updates the server sent, as the grid and combo-box connectors do right after rendering. */
    void confirmUpdates(Timer timer) throws IOException, InterruptedException {
        if (toConfirm.isEmpty()) return;
        List<ObjectNode> rpc = new ArrayList<>();
        toConfirm.forEach((node, id) -> rpc.add(published(node, "confirmUpdate", JSON.createArrayNode().add(id))));
        toConfirm.clear();
        send(timer, "data: confirm update", rpc.toArray(ObjectNode[]::new));
    }

    // ---- reading the mirrored page ----------------------------------------------------------------------------

    Node byId(String id) {
        return findById(id).orElseThrow(() -> new ProtocolException("no component #" + id + " on the page"));
    }

    Optional<Node> findById(String id) {
        return nodes.values().stream().filter(n -> id.equals(n.attribute("id"))).findFirst();
    }

    /** Whether a dialog is open: Dialog.close() sets "opened" false at once; the node goes when the browser confirms. */
    boolean dialogOpen() {
        return nodes.values().stream().anyMatch(n -> "vaadin-dialog".equals(n.tag)
                && n.properties.get("opened") != null && n.properties.get("opened").asBoolean());
    }

    List<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).toList();
    }

    /** The text of a node and everything under it, as a person would read it. */
    String text(int node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out, 0);
        return out.toString();
    }

    private void collectText(int id, StringBuilder out, int depth) {
        Node n = nodes.get(id);
        if (n == null || depth > 60) return;
        if (n.text != null) out.append(n.text).append(' ');
        for (List<Integer> list : n.lists.values()) {
            for (int child : list) collectText(child, out, depth + 1);
        }
    }

    private List<Node> descendants(int id) {
        List<Node> out = new ArrayList<>();
        collect(id, out, 0);
        return out;
    }

    private void collect(int id, List<Node> out, int depth) {
        Node n = nodes.get(id);
        if (n == null || depth > 60) return;
        out.add(n);
        for (List<Integer> list : n.lists.values()) {
            for (int child : list) collect(child, out, depth + 1);
        }
    }

    /** The raw text of the last UIDL response (what crossed the wire). */
    String lastBody() {
        return lastBody;
    }

    /** Messages shown next to fields (their errorMessage) and in notifications: why the app refused something. */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            JsonNode error = n.properties.get("errorMessage");
            JsonNode invalid = n.properties.get("invalid");
            if (error != null && error.isString() && !error.asString().isBlank() && invalid != null && invalid.asBoolean()) {
                out.add(error.asString());
            }
            if ("vaadin-notification-card".equals(n.tag) || "vaadin-notification".equals(n.tag)) {
                String t = text(n.id).trim();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    int nodeCount() {
        return nodes.size();
    }

    // ---- the protocol ----------------------------------------------------------------------------------------

    private JsonNode send(Timer timer, String action, ObjectNode... rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode list = message.putArray("rpc");
        for (ObjectNode r : rpc) list.add(r);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpRequest.Builder post = request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
        HttpResponse<String> response = send(post, timer, action);
        String body = response.body();
        if (body.startsWith("for(;;);")) body = body.substring(8);
        lastBody = body;
        if (response.statusCode() != 200) throw new ProtocolException(action + ": HTTP " + response.statusCode());
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) uidl = uidl.get(0);
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || uidl.has("redirect")) {
            throw new ProtocolException(action + ": " + meta);
        }
        if (uidl.has("clientId")) clientId = uidl.get("clientId").asInt();
        else clientId++;
        apply(uidl);
        return uidl;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Timer timer, String action) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            timer.record(action, System.nanoTime() - start, true);
            throw e;
        }
        int status = response.statusCode();
        timer.record(action, System.nanoTime() - start, status >= 400 || isUidlError(response));
        remember(response);
        return response;
    }

    private static boolean isUidlError(HttpResponse<String> response) {
        String body = response.body();
        return body.contains("\"appError\"") || body.contains("\"sessionExpired\"");
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) syncId = uidl.get("syncId").asInt();
        for (JsonNode c : uidl.path("changes")) {
            int id = c.get("node").asInt();
            String type = c.get("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                items.remove(id);
                continue;
            }
            Node n = nodes.computeIfAbsent(id, Node::new);
            int feat = c.path("feat").asInt(-1);
            switch (type) {
                case "put" -> {
                    String key = c.get("key").asString();
                    JsonNode value = c.has("value") ? c.get("value") : c.get("nodeValue");
                    switch (feat) {
                        case 0 -> {
                            if ("tag".equals(key)) n.tag = str(value);
                        }
                        case 1 -> n.properties.put(key, value);
                        case 3 -> n.attributes.put(key, value);
                        case 4 -> n.listeners.put(key, str(value));
                        case 7 -> n.text = str(value);
                        default -> {
                            if ("pollInterval".equals(key)) n.properties.put(key, value);
                        }
                    }
                }
                case "remove" -> {
                    String key = c.get("key").asString();
                    if (feat == 1) n.properties.remove(key);
                    else if (feat == 3) n.attributes.remove(key);
                    else if (feat == 4) n.listeners.remove(key);
                }
                case "splice" -> {
                    if (c.has("addNodes") || c.has("remove")) {
                        List<Integer> list = n.lists.computeIfAbsent(feat, f -> new ArrayList<>());
                        int index = c.path("index").asInt();
                        int remove = c.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < list.size(); i++) list.remove(index);
                        int at = Math.min(index, list.size());
                        for (JsonNode add : c.path("addNodes")) list.add(at++, add.asInt());
                    }
                }
                case "clear" -> n.lists.remove(feat);
                default -> {
                }
            }
        }
        for (JsonNode exec : uidl.path("execute")) {
            String script = str(exec.get(exec.size() - 1));
            int node = exec.get(0).path("@v-node").asInt(-1);
            if (node < 0) continue;
            if (script.contains("$connector.reset()") || script.contains("$connector.clear(")) {
                items.remove(node);
            } else if (script.contains("updateSize(") && exec.size() >= 3 && exec.get(1).isNumber() && exec.get(1).asInt() == 0) {
                items.remove(node);
            } else if (script.contains("$connector.set(")) {
                for (JsonNode arg : exec) {
                    if (arg.isArray()) {
                        List<JsonNode> list = new ArrayList<>();
                        arg.forEach(list::add);
                        items.put(node, list);
                    }
                }
            } else if (script.contains("$connector.confirm(") && exec.size() >= 3 && exec.get(1).isNumber()) {
                toConfirm.put(node, exec.get(1).asInt());
            }
        }
    }

    private ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode e = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        e.set("data", data);
        return e;
    }

    private ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode s = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", property);
        s.set("value", value);
        return s;
    }

    private ObjectNode published(int node, String method, ArrayNode args) {
        ObjectNode p = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        p.set("templateEventMethodArgs", args);
        p.put("promise", promise++);
        return p;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private void remember(HttpResponse<?> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    static String str(JsonNode v) {
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> clickData() {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) d.put(key, false);
        for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button", "event.screenY", "event.screenX")) {
            d.put(key, 0);
        }
        return d;
    }

    /** The page did not answer as a browser would expect (missing component, error meta, wrong status). */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
