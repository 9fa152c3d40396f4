package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.ui.CustomFieldsInDemoFirm;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import io.klien.ui.home.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Lena, tenant admin of Hartono &amp; Partners, shapes the custom fields the firm keeps for its clients. */
@SpringBootTest
class CustomFieldsViewTests extends DemoFirmBrowserlessTest {

    private static final int ACTIONS = 6;

    @Autowired CustomFields customFields;

    @RegisterExtension
    final CustomFieldsInDemoFirm added = new CustomFieldsInDemoFirm();

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminAddsARequiredChoiceFieldAndSeesItInTheGridWithItsKey() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(CustomFieldsView.class);
        String label = "Practice area " + added.suffix;

        test($(Button.class).id("custom-field-new")).click();
        test($(TextField.class).id("custom-field-label")).setValue(label);
        @SuppressWarnings("unchecked")
        Select<CustomFieldType> type = $(Select.class).id("custom-field-type");
        test(type).selectItem("Single choice");
        test($(TextArea.class).id("custom-field-options")).setValue("Tax\n\nLitigation\n");
        test($(Checkbox.class).id("custom-field-required")).click();
        test($(Button.class).id("custom-field-save")).click();

        CustomFieldView field = field(label);
        assertThat(field.type()).isEqualTo(CustomFieldType.SINGLE_CHOICE);
        assertThat(field.options()).containsExactly("Tax", "Litigation");
        assertThat(field.required()).isTrue();
        assertThat(field.key()).isEqualTo("practice_area_" + added.suffix);
        assertThat(rows()).extracting(CustomFieldView::label).contains(label);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aLabelThatIsTakenIsRefusedAtTheLabelAndNothingIsAdded() {
        actAs(DemoUser.TENANT_ADMIN);
        added.define("Industry", CustomFieldType.TEXT, false);
        navigate(CustomFieldsView.class);
        int before = customFields.fields().size();

        test($(Button.class).id("custom-field-new")).click();
        TextField label = $(TextField.class).id("custom-field-label");
        test(label).setValue(" industry " + added.suffix);
        test($(Button.class).id("custom-field-save")).click();

        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("A field labelled industry " + added.suffix
                + " already exists, perhaps archived. Choose another label.");
        assertThat(customFields.fields()).hasSize(before);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminMovesAFieldUpAndArchivesAnotherFromTheGrid() {
        actAs(DemoUser.TENANT_ADMIN);
        CustomFieldView first = added.define("Retainer", CustomFieldType.NUMBER, false);
        CustomFieldView second = added.define("Engaged on", CustomFieldType.DATE, false);
        navigate(CustomFieldsView.class);

        test(button(actionsOf(second), "custom-field-up-" + second.key())).click();
        assertThat(labels()).containsSubsequence(second.label(), first.label());

        test(button(actionsOf(first), "custom-field-archive-" + first.key())).click();
        assertThat(field(first.label()).archived()).isTrue();
        int row = rows().indexOf(field(first.label()));
        assertThat(((Span) test(grid()).getCellComponent(row, 4)).getText()).isEqualTo("Archived");
        assertThat(customFields.fields()).filteredOn(f -> f.id().equals(second.id()))
                .extracting(CustomFieldView::archived).containsExactly(false);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aFieldWithValuesKeepsItsTypeInTheEditDialog() {
        actAs(DemoUser.TENANT_ADMIN);
        CustomFieldView unused = added.define("Reference", CustomFieldType.TEXT, false);
        navigate(CustomFieldsView.class);

        test(button(actionsOf(unused), "custom-field-edit-" + unused.key())).click();

        @SuppressWarnings("unchecked")
        Select<CustomFieldType> type = $(Select.class).id("custom-field-type");
        assertThat(type.isReadOnly()).as("no client has a value yet").isFalse();
        test(type).selectItem("Long text");
        test($(TextField.class).id("custom-field-label")).setValue("Our reference " + added.suffix);
        test($(Button.class).id("custom-field-save")).click();
        assertThat(field("Our reference " + added.suffix).type()).isEqualTo(CustomFieldType.LONG_TEXT);
        assertThat(field("Our reference " + added.suffix).key()).isEqualTo(unused.key());
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void tenantAdminsFindCustomFieldsUnderFirmSettings() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(HomeView.class);

        SideNavItem settings = $(SideNav.class).id("side-nav").getItems().stream()
                .filter(i -> i.getLabel().equals("Firm settings")).findFirst().orElseThrow();
        assertThat(settings.getItems()).extracting(SideNavItem::getLabel).contains("Custom fields");
        navigate(CustomFieldsView.class);
        assertThat($(H1.class).id("view-title").getText()).isEqualTo("Custom fields for clients");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffCannotOpenCustomFields() {
        actAs(DemoUser.STAFF);

        navigate("admin/custom-fields", AccessDeniedView.class);

        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }

    private CustomFieldView field(String label) {
        return customFields.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<CustomFieldView> grid() {
        return $(Grid.class).id("custom-fields-grid");
    }

    private List<CustomFieldView> rows() {
        Grid<CustomFieldView> grid = grid();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private List<String> labels() {
        return rows().stream().map(CustomFieldView::label).toList();
    }

    private HorizontalLayout actionsOf(CustomFieldView field) {
        int row = rows().stream().map(CustomFieldView::id).toList().indexOf(field.id());
        assertThat(row).as("row of %s", field.label()).isNotNegative();
        return (HorizontalLayout) test(grid()).getCellComponent(row, ACTIONS);
    }

    private static Button button(HorizontalLayout actions, String id) {
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getId().orElse("").equals(id)).findFirst()
                .orElseThrow();
    }
}
