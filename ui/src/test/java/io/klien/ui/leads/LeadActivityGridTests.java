package io.klien.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import io.klien.clients.ClientKind;
import io.klien.leads.ActivityType;
import io.klien.leads.LeadActivityView;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** The lead page re-renders after each change; its activity grid must look the same afterwards. */
@SpringBootTest
class LeadActivityGridTests extends DemoFirmBrowserlessTest {

    @Autowired
    Leads leads;

    @Autowired
    PipelineStages pipelineStages;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theActivityGridKeepsItsFourColumnsAndEachRowOnceAfterStageChanges() {
        actAs(DemoUser.STAFF);
        String name = "Arus Dagang " + UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null, LeadSource.OTHER,
                null, null, null, null, null, null), true);
        leads.logActivity(lead.id(), ActivityType.CALL, null, "First call");
        leads.logActivity(lead.id(), ActivityType.NOTE, null, "Sent the engagement letter");
        List<LeadStageView> open = pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        navigate(LeadDetailView.class, Map.of(LeadDetailView.PARAMETER, lead.id().toString()));

        for (LeadStageView next : List.of(open.get(1), open.getFirst())) {
            @SuppressWarnings("unchecked")
            Select<LeadStageView> stage = $(Select.class).id("lead-stage");
            test(stage).selectItem(next.name());
            assertThat(leads.get(lead.id()).stageId()).isEqualTo(next.id());

            @SuppressWarnings("unchecked")
            Grid<LeadActivityView> grid = $(Grid.class).id("lead-activities");
            assertThat($(Grid.class).all()).as("one activity grid on the page").hasSize(1);
            assertThat(grid.getColumns()).hasSize(4);
            // each stage change is logged as an activity too
            List<String> logged = leads.activities(lead.id(), PageRequest.of(0, 50)).map(LeadActivityView::text).getContent();
            assertThat(logged).contains("First call", "Sent the engagement letter").doesNotHaveDuplicates();
            assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 2)))
                    .containsExactlyInAnyOrderElementsOf(logged);
        }
    }
}
