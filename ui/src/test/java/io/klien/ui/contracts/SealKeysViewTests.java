package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.SealKeyView;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Tenant admins rotate the firm's seal key on its own page; the retired key is listed and the rotation audited. */
@SpringBootTest
class SealKeysViewTests extends DemoFirmBrowserlessTest {

    @Autowired ContractSeals seals;
    @Autowired AuditLog audit;

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminRotatesTheKeyAndTheOldOneStaysListedAsRetired() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(SealKeysView.class);
        Grid<SealKeyView> grid = grid();
        int before = rows(grid).size();

        test($(Button.class).id("seal-keys-rotate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("seal-keys-rotate-dialog");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).cancel();
        assertThat(rows(grid)).as("cancelled: nothing rotated").hasSize(before);
        for (int i = 0; i < 2; i++) {
            test($(Button.class).id("seal-keys-rotate")).click();
            test($(ConfirmDialog.class).id("seal-keys-rotate-dialog")).confirm();
        }

        List<SealKeyView> keys = rows(grid);
        assertThat(keys).hasSize(before + 2);
        assertThat(keys).filteredOn(SealKeyView::active).hasSize(1);
        assertThat(keys.getFirst().active()).as("newest first, and in use").isTrue();
        assertThat(keys.get(1).retiredAt()).isNotNull();
        assertThat(test(grid).getCellText(1, 2)).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(test(grid).getCellText(0, 5)).isEmpty();
        Notification notice = $(Notification.class).last();
        assertThat(notice.getElement().getProperty("text", "") + notice.getElement().getTextRecursively())
                .startsWith("A new seal key is in use (fingerprint ");
        assertThat(seals.keys()).extracting(SealKeyView::id).containsExactlyElementsOf(
                keys.stream().map(SealKeyView::id).toList());
        assertThat(audit.browse(AuditFilter.all(), PageRequest.of(0, 20)).getContent())
                .filteredOn(e -> e.action().equals("contract.seal-key-rotated")).hasSize(2);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffCannotOpenTheSealKeys() {
        actAs(DemoUser.STAFF);
        navigate("admin/seal-keys", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }

    @SuppressWarnings("unchecked")
    private Grid<SealKeyView> grid() {
        return $(Grid.class).id("seal-keys-grid");
    }

    private List<SealKeyView> rows(Grid<SealKeyView> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
