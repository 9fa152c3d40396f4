package io.klien.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.klien.ui.errors.CenteredCard;

/** Where the browser lands when Keycloak is down or a sign-in could not be completed. */
@Route(value = SignInProblemView.ROUTE)
@AnonymousAllowed
public class SignInProblemView extends CenteredCard implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "sign-in-problem";

    private final H1 title = new H1();
    private final Paragraph explanation = new Paragraph();

    public SignInProblemView() {
        title.setId("sign-in-problem-title");
        explanation.setId("sign-in-problem-text");
        Anchor retry = new Anchor(SecurityConfiguration.LOGIN_PAGE, getTranslation("signin.problem.retry"));
        retry.setRouterIgnore(true);
        retry.setId("sign-in-retry");
        retry.addClassName("klien-button-link");
        card().add(title, explanation, retry);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean unavailable = event.getLocation().getQueryParameters().getParameters().containsKey("unavailable");
        title.setText(getTranslation(unavailable ? "signin.unavailable.title" : "signin.failed.title"));
        explanation.setText(getTranslation(unavailable ? "signin.unavailable.text" : "signin.failed.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.problem.page-title");
    }
}
