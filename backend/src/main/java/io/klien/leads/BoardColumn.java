package io.klien.leads;

import org.springframework.data.domain.Page;

/** One column of the pipeline board: a stage and a page of its leads. */
public record BoardColumn(LeadStageView stage, Page<LeadView> leads) {
}
