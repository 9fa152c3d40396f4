package io.klien.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.klien.leads.LeadStageView;
import io.klien.leads.PipelineStages;
import io.klien.onboarding.FormField;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateSummary;
import io.klien.onboarding.TemplateView;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** A firm's starting pipeline and onboarding template are created in the firm's language. */
@SpringBootTest
class SeededContentLanguageTests {

    @Autowired Tenants tenants;
    @Autowired PipelineStages pipelineStages;
    @Autowired OnboardingTemplates templates;
    @Autowired TransactionTemplate tx;

    @Test
    void anIndonesianFirmStartsWithIndonesianStagesAndTemplateSteps() {
        Scope staff = staffOfNewFirm(TenantKind.LAW_FIRM, "id");

        assertThat(stages(staff)).extracting(LeadStageView::name)
                .containsExactly("Kontak baru", "Konsultasi", "Proposal", "Kesepakatan", "Berhasil", "Gagal");
        TemplateView seeded = seededTemplate(staff);
        assertThat(seeded.definition().name()).isEqualTo("Penerimaan perkara baru");
        assertThat(seeded.definition().steps()).extracting(StepDefinition::title).containsExactly(
                "Formulir penerimaan", "Pemeriksaan benturan kepentingan", "Verifikasi identitas (KYC)",
                "Surat penunjukan ditandatangani", "Dokumen identitas dan perusahaan", "Rapat awal");
        assertThat(seeded.definition().steps().getFirst().instructions())
                .isEqualTo("Ceritakan tentang diri Anda dan perkara yang perlu kami bantu.");
        assertThat(seeded.definition().steps().getFirst().fields()).extracting(FormField::label)
                .contains("Alamat surel", "Jenis perkara");
    }

    @Test
    void anEnglishFirmStartsWithEnglishStagesAndTemplateSteps() {
        Scope staff = staffOfNewFirm(TenantKind.LAW_FIRM, "en");

        assertThat(stages(staff)).extracting(LeadStageView::name)
                .containsExactly("New contact", "Consultation", "Proposal", "Agreement", "Won", "Lost");
        TemplateView seeded = seededTemplate(staff);
        assertThat(seeded.definition().steps()).extracting(StepDefinition::title).containsExactly(
                "Intake form", "Conflict-of-interest check", "Identity verification (KYC)", "Engagement letter signed",
                "Identity and company documents", "Kickoff meeting");
        assertThat(seeded.definition().steps().getFirst().instructions())
                .isEqualTo("Tell us about yourself and the matter you need help with.");
    }

    @ParameterizedTest
    @EnumSource(TenantKind.class)
    void everySeededTextOfEveryKindHasItsIndonesian(TenantKind kind) {
        TemplateDefinition english = SeedTemplates.forKind(kind, "en").getFirst();
        TemplateDefinition indonesian = SeedTemplates.forKind(kind, "id-ID").getFirst();

        assertThat(indonesian.name()).isNotEqualTo(english.name());
        for (int i = 0; i < english.steps().size(); i++) {
            StepDefinition en = english.steps().get(i);
            StepDefinition id = indonesian.steps().get(i);
            assertThat(id.title()).as(en.key()).isNotEqualTo(en.title());
            if (en.instructions() != null) {
                assertThat(id.instructions()).as(en.key()).isNotEqualTo(en.instructions());
            }
            if (en.documents() != null) {
                assertThat(id.documents().what()).as(en.key()).isNotEqualTo(en.documents().what());
            }
            for (int f = 0; f < en.fields().size(); f++) {
                assertThat(id.fields().get(f).label()).as(en.key()).isNotEqualTo(en.fields().get(f).label());
            }
        }
    }

    private Scope staffOfNewFirm(TenantKind kind, String locale) {
        String slug = "lang-" + locale + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm(slug, "Firm " + slug, kind, locale, "Asia/Jakarta")).id());
        return Scope.member(firm, "staff-" + slug, "STAFF", null, false);
    }

    private List<LeadStageView> stages(Scope staff) {
        return TenantContext.callIn(staff, () -> tx.execute(s -> pipelineStages.stages()));
    }

    private TemplateView seededTemplate(Scope staff) {
        List<TemplateSummary> list = TenantContext.callIn(staff, () -> tx.execute(s -> templates.list()));
        return TenantContext.callIn(staff, () -> tx.execute(s -> templates.current(list.getFirst().templateId())));
    }
}
