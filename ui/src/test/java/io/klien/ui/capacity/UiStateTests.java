package io.klien.ui.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The load generator reads Vaadin's bootstrap and UIDL JSON and Keycloak's login page as a browser does. */
class UiStateTests {

    private static final String INIT = """
            {"appConfig":{"heartbeatInterval":300,"appId":"ROOT-1","v-uiId":3,
              "uidl":{"syncId":0,"clientId":0,"Vaadin-Security-Key":"c0ffee-token","Vaadin-Push-ID":"push-1",
                "changes":[{"node":1,"type":"attach"},
                  {"node":7,"type":"attach"},{"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                  {"node":7,"type":"put","key":"id","feat":3,"value":"clients-new"},
                  {"node":7,"type":"put","key":"click","feat":4,"value":{"event.shiftKey":false,"event.detail":false,"event.screenX":false}},
                  {"node":9,"type":"put","key":"href","feat":3,"value":"portal/onboarding/0f0e"},
                  {"node":9,"type":"put","key":"id","feat":1,"value":"not-an-attribute"}]}}}
            """;

    @Test
    void theBootstrapGivesTheUiIdTheCsrfTokenTheSyncIdsAndTheNodesByElementId() {
        UiState state = UiState.fromInit(INIT);

        assertThat(state.uiId()).isEqualTo(3);
        assertThat(state.csrfToken()).isEqualTo("c0ffee-token");
        assertThat(state.syncId()).isZero();
        assertThat(state.clientId()).isZero();
        assertThat(state.node("clients-new")).contains(7);
        assertThat(state.node("not-an-attribute")).as("an id property is not the element's id attribute").isEmpty();
        assertThat(state.listener(7, "click")).contains(List.of("event.shiftKey", "event.detail", "event.screenX"));
        assertThat(state.hrefs()).containsExactly("portal/onboarding/0f0e");
    }

    @Test
    void aUidlResponseAdvancesTheSyncIdsAndDetachedNodesAreForgotten() {
        UiState state = UiState.fromInit(INIT);

        state.applyResponse("""
                for(;;);[{"syncId":1,"clientId":1,"changes":[{"node":7,"type":"detach"},
                  {"node":12,"type":"put","key":"id","feat":3,"value":"client-detail-name"}]}]""");

        assertThat(state.syncId()).isEqualTo(1);
        assertThat(state.clientId()).isEqualTo(1);
        assertThat(state.node("clients-new")).isEmpty();
        assertThat(state.listener(7, "click")).isEmpty();
        assertThat(state.node("client-detail-name")).contains(12);
        assertThat(state.csrfToken()).as("the token stays the session's").isEqualTo("c0ffee-token");
    }

    @Test
    void anExpiredSessionAnApplicationErrorAndAResynchronizationAreErrors() {
        UiState state = UiState.fromInit(INIT);

        assertThatThrownBy(() -> state.applyResponse("for(;;);[{\"meta\":{\"sessionExpired\":true}}]"))
                .hasMessageContaining("sessionExpired");
        assertThatThrownBy(() -> state.applyResponse("for(;;);[{\"meta\":{\"appError\":{\"caption\":\"Internal error\"}}}]"))
                .hasMessageContaining("Internal error");
        assertThatThrownBy(() -> state.applyResponse("for(;;);[{\"resynchronize\":true}]"))
                .hasMessageContaining("resynchronize");
        assertThatThrownBy(() -> UiState.fromInit("{\"error\":\"nope\"}")).hasMessageContaining("no appConfig");
    }

    @Test
    void theBootstrapTheServerEmbedsInThePageIsReadAsTheInitResponse() {
        String page = "<html><head><script initial=\"\">window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= "
                + "{\"initial\":" + INIT.strip() + "};</script></head><body></body></html>";

        UiState state = UiState.fromInit(VaadinUi.embeddedBootstrap(page).get("initial").toString());

        assertThat(state.uiId()).isEqualTo(3);
        assertThat(state.node("clients-new")).contains(7);
        assertThat(VaadinUi.embeddedBootstrap("<html>no bootstrap</html>")).isNull();
    }

    @Test
    void theLoginFormsActionIsReadFromKeycloaksPageWithItsEntitiesDecoded() {
        String page = """
                <div><form id="kc-form-login" onsubmit="login.disabled = true; return true;"
                  action="http://localhost:8180/realms/klien/login-actions/authenticate?session_code=abc&amp;execution=e1&amp;client_id=klien-app&amp;tab_id=t1" method="post">
                <input id="username" name="username" type="text"></form></div>""";

        assertThat(Browser.loginAction(page)).isEqualTo("http://localhost:8180/realms/klien/login-actions/authenticate"
                + "?session_code=abc&execution=e1&client_id=klien-app&tab_id=t1");
        assertThatThrownBy(() -> Browser.loginAction("<html>no form</html>")).hasMessageContaining("No Keycloak login form");
    }

    @Test
    void theGeneratorRefusesEveryAddressButLoopback() {
        assertThatThrownBy(() -> new Browser(URI.create("http://example.com:8080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThat(new Browser(URI.create("http://127.0.0.1:18080")).app).hasPort(18080);
    }
}
