package io.klien.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.clients.CustomValueView;
import io.klien.clients.NewClient;
import io.klien.ui.CustomFieldsInDemoFirm;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Staff fill in the firm's custom fields on the client page, in the same edit as the rest of the record. */
@SpringBootTest
class ClientCustomValuesTests extends DemoFirmBrowserlessTest {

    @Autowired Clients clients;
    @Autowired CustomFields customFields;

    @RegisterExtension
    final CustomFieldsInDemoFirm added = new CustomFieldsInDemoFirm();

    private ClientProfile openNewClient() {
        ClientProfile client = clients.create(new NewClient("Custom Values " + added.suffix, ClientKind.ORGANIZATION,
                null, null, true));
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, client.id().toString()));
        return client;
    }

    private String line(CustomFieldView field) {
        return $(Paragraph.class).id("client-custom-" + field.key()).getText();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRequiredValueLeftEmptyIsShownAtItsInputAndNothingIsSavedUntilItIsFilledIn() {
        actAs(DemoUser.STAFF);
        CustomFieldView matter = added.define("Matter number", CustomFieldType.TEXT, true);
        CustomFieldView retainer = added.define("Retainer", CustomFieldType.NUMBER, false);
        CustomFieldView tier = added.define("Tier", CustomFieldType.SINGLE_CHOICE, false, "Gold", "Silver");
        ClientProfile client = openNewClient();
        assertThat(line(matter)).isEqualTo(matter.label() + ": Not filled in (required)");

        test($(Button.class).id("client-edit")).click();
        test($(TextField.class).id("edit-tags")).setValue("vip");
        // browserless has no tester for BigDecimalField; the value is what the browser would send
        $(BigDecimalField.class).id("custom-value-" + retainer.key()).setValue(new BigDecimal("1500.5"));
        @SuppressWarnings("unchecked")
        Select<String> tierSelect = $(Select.class).id("custom-value-" + tier.key());
        test(tierSelect).selectItem("Gold");
        test($(Button.class).id("edit-save")).click();

        TextField matterInput = $(TextField.class).id("custom-value-" + matter.key());
        assertThat(matterInput.isInvalid()).isTrue();
        assertThat(matterInput.getErrorMessage()).isEqualTo(matter.label() + " is required.");
        assertThat(clients.profile(client.id()).tags()).as("nothing saved").isEmpty();
        assertThat(customFields.values(client.id())).extracting(CustomValueView::value).containsOnlyNulls();

        test(matterInput).setValue("M-2026-001");
        test($(Button.class).id("edit-save")).click();

        assertThat(clients.profile(client.id()).tags()).containsExactly("vip");
        assertThat(line(matter)).isEqualTo(matter.label() + ": M-2026-001");
        assertThat(line(retainer)).isEqualTo(retainer.label() + ": 1,500.5");
        assertThat(line(tier)).isEqualTo(tier.label() + ": Gold");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aValueLongerThanItsFieldAllowsIsRefusedWithTheLimit() {
        actAs(DemoUser.STAFF);
        CustomFieldView reference = added.define("Reference", CustomFieldType.TEXT, false);
        ClientProfile client = openNewClient();

        test($(Button.class).id("client-edit")).click();
        TextField input = $(TextField.class).id("custom-value-" + reference.key());
        test(input).setValue("R".repeat(201));
        test($(Button.class).id("edit-save")).click();

        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(reference.label() + " can be at most 200 characters.");
        assertThat(customFields.values(client.id())).singleElement().extracting(CustomValueView::value).isNull();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void withoutCustomFieldsTheOverviewTellsAdminsWhereToDefineThem() {
        actAs(DemoUser.TENANT_ADMIN);
        ClientProfile client = openNewClient();
        assertThat(customFields.values(client.id())).as("the demo firm keeps no custom fields").isEmpty();

        assertThat($(Paragraph.class).id("client-custom-empty").getText()).isEqualTo(
                "Your firm keeps no custom fields for clients yet. Define them under Firm settings, Custom fields.");
        assertThat($(RouterLink.class).id("client-custom-define").getHref()).isEqualTo("admin/custom-fields");
        test($(Button.class).id("client-edit")).click();
        assertThat($(CustomValuesForm.class).single().getChildren()).isEmpty();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void withoutCustomFieldsStaffAreToldWhoCanDefineThem() {
        actAs(DemoUser.STAFF);
        openNewClient();

        assertThat($(Paragraph.class).id("client-custom-empty").getText()).contains("A firm administrator can define them");
        assertThat($(RouterLink.class).withId("client-custom-define").exists()).isFalse();
    }
}
