package io.klien.ui.firms;

import java.util.Set;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.home.HomeView;
import io.klien.ui.invitations.InvitationView;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.platform.FirmsView;
import io.klien.ui.portal.PortalHomeView;
import io.klien.ui.security.ActiveFirm;
import io.klien.ui.security.SignInProblemView;
import io.klien.ui.verification.VerificationView;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in person without an active firm to the firm picker (or operators to the platform console), and
 * each role to its own home.
 */
@Component
class FirmGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> WITHOUT_FIRM = Set.of(FirmPickerView.class, FirmsView.class,
            SignInProblemView.class, InvitationView.class, VerificationView.class);

    private final ActiveFirm activeFirm;

    FirmGuard(ActiveFirm activeFirm) {
        this.activeFirm = activeFirm;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Scope scope = TenantContext.current().orElse(null);
        Class<?> target = event.getNavigationTarget();
        if (scope == null || scope.subject() == null || WITHOUT_FIRM.contains(target) || event.hasErrorParameter()
                || event.getLocation().getFirstSegment().equals(MainLayout.DEV_PAGES)) {
            return;
        }
        if (scope.tenantId() == null) {
            if (scope.platformAdmin() && activeFirm.choices().isEmpty()) {
                event.forwardTo(FirmsView.class);
            } else {
                event.forwardTo(FirmPickerView.class);
            }
            return;
        }
        if (target == HomeView.class && FirmRole.CLIENT.name().equals(scope.role())) {
            event.forwardTo(PortalHomeView.class);
        }
    }
}
