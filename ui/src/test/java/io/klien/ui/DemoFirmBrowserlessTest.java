package io.klien.ui;

import io.klien.shared.tenant.TenantContext;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.firms.FirmPickerView;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browserless tests that act in the test class's own copy of the demo firms ({@link OwnFirms}), as the request
 * filter binds a firm in the running app.
 */
@ExtendWith(OwnFirms.class)
public abstract class DemoFirmBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate tx;

    private TenantContext.Binding firm = () -> { };

    @AfterEach
    void leaveFirm() {
        firm.close();
    }

    protected void actAs(DemoUser user) {
        firm = TestUsers.actInDemoFirm(user, jdbc, tx);
        // leave the layout built before the firm was bound, as switching firms does in the app
        navigate(FirmPickerView.class);
    }
}
