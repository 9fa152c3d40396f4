package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.klien.contracts.ContractMarkup;
import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.MergeValues;
import io.klien.contracts.ServiceLevel;
import io.klien.tenancy.TenantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of firm starts with a valid contract template in English and in Bahasa Indonesia. */
class SeededContractTemplatesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @ParameterizedTest
    @EnumSource(TenantKind.class)
    void everyKindHasAValidTemplateInBothLanguagesThatRendersCompletely(TenantKind kind) {
        ContractTemplateDefinition english = ContractTemplateService.validated(
                SeedContractTemplates.forKind(kind, "en", TODAY));
        ContractTemplateDefinition indonesian = ContractTemplateService.validated(
                SeedContractTemplates.forKind(kind, "id-ID", TODAY));

        assertThat(indonesian.name()).isNotEqualTo(english.name());
        assertThat(indonesian.serviceLine()).isNotEqualTo(english.serviceLine());
        assertThat(indonesian.body()).isNotEqualTo(english.body());
        assertThat(indonesian.terms().scope().getFirst().title())
                .isNotEqualTo(english.terms().scope().getFirst().title());
        assertThat(ContractMarkup.fieldsIn(english.body())).contains("client.name", "firm.name", "terms.fee");
        assertThat(ContractMarkup.fieldsIn(indonesian.body())).isEqualTo(ContractMarkup.fieldsIn(english.body()));
        assertThat(english.terms().fee().amount() == null ? english.terms().fee().milestones().getFirst().amount()
                .currency() : english.terms().fee().amount().currency()).isEqualTo("IDR");

        String html = ContractMarkup.preview(indonesian.body(), MergeValues.of("Firma", "PT Maju Jaya", "Budi",
                indonesian.terms(), TODAY, "id"));
        assertThat(html).contains("PT Maju Jaya").doesNotContain("{{", "lorem");
    }

    @ParameterizedTest
    @EnumSource(value = TenantKind.class, names = {"LAW_FIRM", "MARKETING_AGENCY", "ACCOUNTING_FIRM", "DESIGN_STUDIO"})
    void theFourProfessionsGetTheirOwnTemplateAndOthersTheGeneralOne(TenantKind kind) {
        String own = SeedContractTemplates.forKind(kind, "en", TODAY).name();
        String general = SeedContractTemplates.forKind(TenantKind.INSURANCE_AGENCY, "en", TODAY).name();

        assertThat(own).isNotEqualTo(general);
        assertThat(SeedContractTemplates.forKind(TenantKind.REAL_ESTATE_AGENCY, "en", TODAY).name())
                .isEqualTo(general).isEqualTo("Service agreement");
    }

    @ParameterizedTest
    @EnumSource(TenantKind.class)
    void indonesianMergeWordsAreIndonesian(TenantKind kind) {
        ContractTemplateDefinition indonesian = SeedContractTemplates.forKind(kind, "id", TODAY);
        var values = MergeValues.of("Firma", "Klien", null, indonesian.terms(), TODAY, "id");

        assertThat(values.get("terms.confidentiality")).isEqualTo("rahasia");
        assertThat(values.get("terms.payment")).contains("jatuh tempo dalam");
        assertThat(values.get("terms.fee")).contains("Rp").doesNotContain(",00");
        assertThat(values.get("terms.service-level")).containsAnyOf("standar kantor", "jam kerja");
    }

    @Test
    void theAgencyRetainerPromisesAServiceLevelItsBodyStatesInEitherLanguage() {
        ContractTemplateDefinition english = SeedContractTemplates.forKind(TenantKind.MARKETING_AGENCY, "en", TODAY);
        ContractTemplateDefinition indonesian = SeedContractTemplates.forKind(TenantKind.MARKETING_AGENCY, "id", TODAY);

        assertThat(indonesian.terms().serviceLevel()).isEqualTo(english.terms().serviceLevel());
        assertThat(english.terms().serviceLevel().target(ServiceLevel.Priority.URGENT))
                .contains(new ServiceLevel.Target(ServiceLevel.Priority.URGENT, 2, 8));
        assertThat(ContractMarkup.fieldsIn(english.body())).contains("terms.service-level");
        assertThat(MergeValues.of("Firma", "Klien", null, english.terms(), TODAY, "en").get("terms.service-level"))
                .isEqualTo("urgent: first response within 2 business hours, resolution within 8; "
                        + "high: first response within 4 business hours, resolution within 16; "
                        + "normal: first response within 8 business hours, resolution within 40");
        assertThat(MergeValues.of("Firma", "Klien", null, indonesian.terms(), TODAY, "id").get("terms.service-level"))
                .startsWith("mendesak: tanggapan pertama dalam 2 jam kerja, penyelesaian dalam 8 jam kerja; tinggi:");
        assertThat(MergeValues.of("Firma", "Klien", null, SeedContractTemplates.forKind(TenantKind.LAW_FIRM, "en",
                TODAY).terms(), TODAY, "en").get("terms.service-level"))
                .isEqualTo("within the firm's standard support times");
    }
}
