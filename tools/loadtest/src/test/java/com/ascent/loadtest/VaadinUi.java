package com.ascent.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser tab knows of one Vaadin UI: its id, its security key, the sync and client ids of
 * the next message, and the server's element tree as the responses' changes built it (tag,
 * attributes, properties, text and children of every node). One per virtual user; Gatling runs a
 * virtual user's requests one after another, so it needs no locking.
 */
final class VaadinUi {

    static final String OK = "ok";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PROGRAM_ROUTE = Pattern.compile("programs/([0-9a-f-]{36})/steps");

    // Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures).
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int TEXT_NODE = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private String programShown = "";

    /** One element (or text node) of the UI's tree. */
    static final class Node {
        final int id;
        String tag = "";
        String text = "";
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null ? "" : value.asText();
        }
    }

    /** The program whose address the server's last navigation showed. */
    String programShown() {
        if (programShown.isEmpty()) {
            throw new IllegalStateException("no program opened");
        }
        return programShown;
    }

    int uiId() {
        return uiId;
    }

    /**
     * Reads the answer to {@code ?v-r=init}: the UI id, the security key (Vaadin's CSRF token of
     * every UIDL request) and the first tree.
     *
     * @return {@link #OK}, or what went wrong
     */
    String applyInit(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root.hasNonNull("errors")) {
                return "init errors: " + root.get("errors");
            }
            JsonNode config = root.path("appConfig");
            uiId = config.path("v-uiId").asInt(-1);
            JsonNode uidl = config.path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asText("");
            if (uiId < 0 || securityKey.isEmpty()) {
                return "init without UI id or security key";
            }
            nodes.clear();
            return applyUidl(uidl);
        } catch (Exception e) {
            return "init not understood: " + e.getMessage();
        }
    }

    /**
     * Applies a UIDL response to the tree.
     *
     * @return {@link #OK}, or Vaadin's error or session-expired marker found in it
     */
    String apply(String body) {
        dump(body);
        String marker = errorMarker(body);
        if (marker != null) {
            return marker;
        }
        Matcher program = PROGRAM_ROUTE.matcher(body);
        if (program.find()) {
            programShown = program.group(1);
        }
        try {
            return applyUidl(JSON.readTree(body));
        } catch (Exception e) {
            return "UIDL not understood: " + e.getMessage();
        }
    }

    private static final String DUMP = System.getProperty("dumpUidl", "");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    private static void dump(String body) {
        if (!DUMP.isEmpty()) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP, DUMPED.incrementAndGet() + ".json"), body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Vaadin's ways of saying something went wrong, in any response (also HTML pages). */
    static String errorMarker(String body) {
        for (String marker : List.of("\"appError\"", "\"sessionExpired\"", "Session expired", "Communication error",
                "Internal error", "Cookies disabled")) {
            if (body.contains(marker)) {
                int at = body.indexOf(marker);
                return "Vaadin error: " + body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 160));
            }
        }
        return null;
    }

    private String applyUidl(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)) {
            return "Vaadin meta: " + meta;
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        return OK;
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                String key = change.path("key").asText();
                JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
                switch (feature) {
                    case ELEMENT_DATA -> {
                        if (key.equals("tag")) {
                            node.tag = value.asText();
                        }
                    }
                    case ELEMENT_PROPERTIES -> node.properties.put(key, value);
                    case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value);
                    case TEXT_NODE -> node.text = value.asText();
                    default -> { }
                }
            }
            case "remove" -> {
                String key = change.path("key").asText();
                if (feature == ELEMENT_PROPERTIES) {
                    node.properties.remove(key);
                } else if (feature == ELEMENT_ATTRIBUTES) {
                    node.attributes.remove(key);
                }
            }
            case "splice" -> {
                List<Integer> list = feature == ELEMENT_CHILDREN ? node.children
                        : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
                if (list == null) {
                    return;
                }
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                int at = index;
                for (JsonNode added : change.path("addNodes")) {
                    list.add(Math.min(at++, list.size()), added.asInt());
                }
            }
            case "clear" -> {
                if (feature == ELEMENT_CHILDREN) {
                    node.children.clear();
                } else if (feature == VIRTUAL_CHILDREN) {
                    node.virtualChildren.clear();
                }
            }
            default -> { }
        }
    }

    // --- finding nodes ---------------------------------------------------------------------------

    Optional<Node> find(Predicate<Node> which) {
        return nodes.values().stream().filter(which).min((a, b) -> Integer.compare(b.id, a.id));
    }

    /** The element with this {@code id} attribute (the newest, if the tree holds several). */
    Node byId(String elementId) {
        return find(n -> elementId.equals(n.attribute("id")))
                .orElseThrow(() -> new IllegalStateException("no element #" + elementId + " on the screen"));
    }

    /** The button labelled {@code text}. */
    Optional<Node> button(String text) {
        return find(n -> n.tag.equals("vaadin-button") && textOf(n).trim().equals(text));
    }

    /** The element whose id matches {@code idPattern} and whose text contains {@code text}. */
    Optional<Node> element(String idPattern, String text) {
        return find(n -> n.attribute("id").matches(idPattern) && textOf(n).contains(text));
    }

    /** Whether a dialog is open. */
    boolean dialogOpen() {
        return nodes.values().stream().anyMatch(n -> n.tag.equals("vaadin-dialog")
                && n.properties.getOrDefault("opened", NODES.booleanNode(false)).asBoolean());
    }

    /** Whether an element with this {@code id} attribute is on the screen. */
    boolean has(String elementId) {
        return find(n -> elementId.equals(n.attribute("id"))).isPresent();
    }

    /** The text of a node and its descendants. */
    String textOf(Node node) {
        StringBuilder text = new StringBuilder(node.text);
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                text.append(textOf(c));
            }
        }
        return text.toString();
    }

    /** The element that holds {@code child} among its children. */
    Node parentOf(Node child) {
        return find(n -> n.children.contains(child.id))
                .orElseThrow(() -> new IllegalStateException("no parent of node " + child.id));
    }

    /** Whether any text node of the tree contains {@code text}. */
    boolean showsText(String text) {
        return nodes.values().stream().anyMatch(n -> n.text.contains(text));
    }

    // --- messages to the server ------------------------------------------------------------------

    /** An RPC invocation: an event of the browser on a node. */
    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** The client router's navigation: what a click on a link inside the application sends. */
    static ObjectNode navigate(String route) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", NODES.objectNode().put("idx", 1));
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    /** A mouse click on an element, with the event data a browser sends. */
    static ObjectNode click(Node node) {
        ObjectNode data = NODES.objectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        return event(node.id, "click", data);
    }

    /** A synchronized property the browser changed (a typed value, a selected tab). */
    static ObjectNode sync(Node node, String property, JsonNode value) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node.id);
        rpc.put("feature", ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** Typing {@code value} into a text field and leaving it: the property and its change event. */
    static List<ObjectNode> type(Node field, String value) {
        return List.of(sync(field, "value", NODES.textNode(value)), event(field.id, "change", NODES.objectNode()));
    }

    /** Selecting the tab with {@code tabId} in its tab sheet, as a click on the tab does. */
    List<ObjectNode> selectTab(String tabId) {
        Node tab = byId(tabId);
        Node tabs = parentOf(tab);
        int index = tabs.children.indexOf(tab.id);
        return List.of(sync(tabs, "selected", NODES.numberNode(index)),
                event(tabs.id, "selected-changed", NODES.objectNode()));
    }

    /** The body of the next UIDL request, carrying {@code rpcs}. */
    String message(List<ObjectNode> rpcs) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }
}
