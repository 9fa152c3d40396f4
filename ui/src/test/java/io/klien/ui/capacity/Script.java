package io.klien.ui.capacity;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a person does in one UI, one interaction at a time, as the browser would send it. Each interaction checks that
 * the view it expects is showing (a missing element is an error, as a person would see a broken page).
 *
 * <ul>
 * <li>staff: the clients grid (navigation + the grid's first page), a client's page, the onboarding board (+ first
 * page), the global search, an onboarding's page, and an internal comment on its conflict-check step;</li>
 * <li>portal users: their home, their onboarding checklist, a comment on their intake step, a draft of their intake
 * form saved, their project's page;</li>
 * <li>ping: the simplest signed-in view, clicked and re-entered, as the ceiling.</li>
 * </ul>
 */
final class Script {

    /** What the comment texts begin with, so tests and the benchmark find what the generator wrote. */
    static final String COMMENT_PREFIX = "Load generator comment ";

    interface Interaction {
        void run() throws IOException, InterruptedException;
    }

    record Step(String kind, Interaction interaction) {
    }

    private final Person person;
    private final VaadinUi ui;
    private final boolean ping;
    private int next;
    private String portalOnboarding;
    private String portalProject;

    Script(Person person, VaadinUi ui, boolean ping) {
        this.person = person;
        this.ui = ui;
        this.ping = ping;
    }

    /** The route a UI of this script starts on. */
    static String start(Person person, boolean ping) {
        return ping ? "bench/ping" : person.home();
    }

    /** The next interaction, in a fixed cycle per kind of person. */
    Step next() {
        int step = next++;
        if (ping) {
            return step % 2 == 0 ? new Step("ping.click", () -> ui.click("ping-button"))
                    : new Step("ping.navigate", () -> expect(ui.navigate("bench/ping") != null, "ping-button"));
        }
        return person.kind == Person.Kind.STAFF ? staff(step % 6) : portal(step % 5);
    }

    private Step staff(int step) {
        return switch (step) {
            case 0 -> new Step("staff.clients-grid", () -> {
                ui.navigate("clients");
                firstPage("clients-grid");
            });
            case 1 -> new Step("staff.client-page", () -> {
                ui.navigate("clients/" + any(person.clients));
                expect(true, "client-detail-name");
            });
            case 2 -> new Step("staff.onboarding-board", () -> {
                ui.navigate("onboarding");
                firstPage("onboarding-grid");
            });
            case 3 -> new Step("staff.search", () -> {
                ui.navigate("search?q=" + "Bench%20Client%20" + (1 + ThreadLocalRandom.current().nextInt(40)));
                expect(true, "search-results");
            });
            case 4 -> new Step("staff.onboarding-page", () -> {
                ui.navigate("onboarding/" + any(person.onboardings));
                expect(true, "step-2-comment-send");
            });
            default -> new Step("staff.comment", () -> comment(2));
        };
    }

    private Step portal(int step) {
        return switch (step) {
            case 0 -> new Step("portal.home", () -> {
                ui.navigate("portal");
                portalOnboarding = lastLink("portal/onboarding/");
                portalProject = lastLink("portal/projects/");
            });
            case 1 -> new Step("portal.checklist", () -> {
                ui.navigate(portalOnboarding != null ? portalOnboarding : lastLink("portal/onboarding/"));
                expect(true, "step-1-comment-send");
            });
            case 2 -> new Step("portal.comment", () -> comment(1));
            case 3 -> new Step("portal.form-save", () -> {
                ui.type("step-1-field-legal-name", "PT Beban Uji " + person.email + " " + System.nanoTime());
                ui.click("step-1-draft");
                expect(!ui.shows("onboarding-error"), "step-1-draft");
            });
            default -> new Step("portal.project", () -> {
                ui.navigate(portalProject != null ? portalProject : lastLink("portal/projects/"));
                expect(true, "portal-project-title");
            });
        };
    }

    /** The last link the UI has shown that starts so (the portal home lists the newest last). */
    private String lastLink(String prefix) {
        return ui.hrefs().stream().filter(h -> h.startsWith(prefix)).reduce((a, b) -> b)
                .orElseThrow(() -> new UiState.ProtocolException("the UI links no " + prefix));
    }

    /** Types a comment on the step's thread and sends it; the server must not answer with the onboarding error. */
    private void comment(int step) throws IOException, InterruptedException {
        ui.type("step-" + step + "-comment-text", COMMENT_PREFIX + person.email + " " + System.nanoTime());
        ui.click("step-" + step + "-comment-send");
        expect(!ui.shows("onboarding-error"), "step-" + step + "-comment-send");
    }

    /** Asks the grid for its first 50 rows, as the web component does when it first shows. */
    private void firstPage(String gridId) throws IOException, InterruptedException {
        int node = ui.state().node(gridId).orElseThrow(() -> new UiState.ProtocolException("the UI shows no #" + gridId));
        var args = JsonNodeFactory.instance.arrayNode().add(0).add(50);
        ui.callServer(node, "setViewportRange", args);
    }

    private void expect(boolean condition, String elementId) {
        if (!condition || !ui.shows(elementId)) {
            throw new UiState.ProtocolException("expected #" + elementId + " after the interaction");
        }
    }

    private static UUID any(List<UUID> ids) {
        if (ids.isEmpty()) {
            throw new IllegalStateException("the person's firm has no records to visit");
        }
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }
}
