package io.klien.ui;

import java.util.List;
import java.util.UUID;

import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Custom fields a browserless test adds to the shared demo firm, labelled with the test's own suffix and removed
 * after the test (values included), so that no other test meets a required field it did not expect. Register it with
 * {@code @RegisterExtension}.
 */
public final class CustomFieldsInDemoFirm implements BeforeEachCallback, AfterEachCallback {

    /** Ends the label of every field this test adds, in the dialog too. */
    public final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
    }

    /** A field labelled with this test's suffix, defined for the active firm as the system would. */
    public CustomFieldView define(String label, CustomFieldType type, boolean required, String... options) {
        CustomFields customFields = context.getBean(CustomFields.class);
        return TenantContext.callIn(Scope.system(TenantContext.requireTenantId()), () -> customFields.define(
                new CustomFieldDefinition(label + " " + suffix, type, required, List.of(options))));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        UUID firm = OwnFirms.current().hartono();
        String pattern = "% " + suffix;
        TenantContext.callIn(Scope.system(firm), () -> context.getBean(TransactionTemplate.class).execute(status -> {
            jdbc.update("delete from client_custom_value where field_id in"
                    + " (select id from client_custom_field where label like ?)", pattern);
            return jdbc.update("delete from client_custom_field where label like ?", pattern);
        }));
    }
}
