package io.klien.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class OnboardingTemplatesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;

    OnboardingFixture f;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
    }

    static StepDefinition task(String key) {
        return StepDefinition.of(key, "Task " + key, StepType.INTERNAL_TASK, StepSide.FIRM);
    }

    static TemplateDefinition definition(String name, StepDefinition... steps) {
        return new TemplateDefinition(name, null, null, null, List.of(steps));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "LAW_FIRM | New matter intake | intake:INTAKE_FORM,conflict-check:CONFLICT_CHECK,kyc:KYC,engagement-letter:ENGAGEMENT_LETTER,documents:DOCUMENT_REQUEST,kickoff:KICKOFF_MEETING",
            "MARKETING_AGENCY | Brand onboarding | brand-assets:DOCUMENT_REQUEST,brief:INTAKE_FORM,kickoff:KICKOFF_MEETING",
            "ACCOUNTING_FIRM | New client onboarding | prior-year-records:DOCUMENT_REQUEST,kyc:KYC,engagement-letter:ENGAGEMENT_LETTER",
            "DESIGN_STUDIO | Design project onboarding | brief:INTAKE_FORM,assets:DOCUMENT_REQUEST,kickoff:KICKOFF_MEETING",
            "REAL_ESTATE_AGENCY | Client onboarding | intake:INTAKE_FORM,documents:DOCUMENT_REQUEST,kickoff:KICKOFF_MEETING"})
    void aFirmStartsWithThePublishedTemplateOfItsKindOnFirstUse(TenantKind kind, String name, String steps) {
        String slug = kind.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm(slug, "Firm " + slug, kind, "en", "Asia/Jakarta")).id());
        Scope staff = Scope.member(firm, "staff-" + slug, "STAFF", null, false);

        List<TemplateSummary> first = TenantContext.callIn(staff, () -> tx.execute(s -> templates.list()));
        List<TemplateSummary> again = TenantContext.callIn(staff, () -> tx.execute(s -> templates.list()));
        TemplateView seeded = TenantContext.callIn(staff,
                () -> tx.execute(s -> templates.current(first.getFirst().templateId())));

        assertThat(first).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.currentVersion()).isEqualTo(1);
            assertThat(t.hasDraft()).isFalse();
        });
        assertThat(again).isEqualTo(first);
        assertThat(seeded.definition().steps()).extracting(s -> s.key() + ":" + s.type())
                .containsExactly(steps.split(","));
        assertThat(seeded.definition().steps()).anyMatch(StepDefinition::required);
    }

    @Test
    void theLawFirmTemplateOrdersItsStepsByPrerequisites() {
        TemplateView law = f.staff(() -> templates.current(f.lawTemplate()));

        assertThat(law.definition().steps()).filteredOn(s -> s.key().equals("engagement-letter")).singleElement()
                .satisfies(s -> assertThat(s.prerequisites()).containsExactly("conflict-check", "kyc"));
        assertThat(law.definition().steps().getFirst().fields()).extracting(FormField::type)
                .contains(FieldType.TEXT, FieldType.EMAIL, FieldType.PHONE, FieldType.SINGLE_CHOICE, FieldType.LONG_TEXT,
                        FieldType.DATE, FieldType.MONEY, FieldType.YES_NO);
        assertThat(law.definition().steps()).filteredOn(s -> s.type() == StepType.DOCUMENT_REQUEST).singleElement()
                .satisfies(s -> assertThat(s.documents().acceptedTypes()).contains("pdf"));
    }

    @Test
    void editingATemplateInUseMakesANewDraftThatBecomesCurrentWhenPublished() {
        TemplateView created = f.admin(() -> templates.create(definition("Versioned", task("a"))));
        assertThat(created.status()).isEqualTo(TemplateVersionStatus.DRAFT);
        assertThatThrownBy(() -> f.staff(() -> onboardings.start(f.newClient("Too Early"), created.templateId())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.template.not-published");
        UUID template = created.templateId();
        TemplateView published = f.admin(() -> templates.publish(template, created.revision()));

        TemplateView editedInPlace = f.admin(() -> templates.save(template, published.revision(),
                definition("Versioned", task("a"), task("b"))));
        assertThat(editedInPlace.versionNumber()).as("unused, so edited in place").isEqualTo(1);
        assertThat(editedInPlace.status()).isEqualTo(TemplateVersionStatus.CURRENT);

        f.staff(() -> onboardings.start(f.newClient("In Use"), template));
        TemplateView draft = f.admin(() -> templates.save(template, editedInPlace.revision(),
                definition("Versioned", task("a"), task("b"), task("c"))));
        TemplateView draftAgain = f.admin(() -> templates.save(template, draft.revision(),
                definition("Versioned again", task("c"))));

        assertThat(draft.versionNumber()).isEqualTo(2);
        assertThat(draftAgain.versionNumber()).as("the one draft is edited").isEqualTo(2);
        assertThat(draftAgain.status()).isEqualTo(TemplateVersionStatus.DRAFT);
        assertThat(draftAgain.currentVersion()).isEqualTo(1);
        assertThat(f.staff(() -> templates.current(template)).definition().steps()).extracting(StepDefinition::key)
                .containsExactly("a", "b");
        assertThatThrownBy(() -> f.admin(() -> templates.save(template, draft.revision(), definition("Stale", task("x")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.template.stale");

        TemplateView current = f.admin(() -> templates.publish(template, draftAgain.revision()));

        assertThat(current.versionNumber()).isEqualTo(2);
        assertThat(current.status()).isEqualTo(TemplateVersionStatus.CURRENT);
        assertThat(f.staff(() -> templates.current(template)).definition().name()).isEqualTo("Versioned again");
        assertThat(f.staff(() -> templates.versions(template)))
                .extracting(TemplateVersionView::number, TemplateVersionView::status, TemplateVersionView::onboardingsStarted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, TemplateVersionStatus.CURRENT, 0L),
                        org.assertj.core.groups.Tuple.tuple(1, TemplateVersionStatus.SUPERSEDED, 1L));
        assertThat(f.staff(() -> templates.list())).filteredOn(t -> t.templateId().equals(template)).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("Versioned again");
                    assertThat(t.stepCount()).isEqualTo(1);
                    assertThat(t.hasDraft()).isFalse();
                });
    }

    @Test
    void aDraftCanBeDiscardedWhileTheCurrentVersionStays() {
        TemplateView created = f.admin(() -> templates.create(definition("Discard", task("a"))));
        TemplateView published = f.admin(() -> templates.publish(created.templateId(), created.revision()));
        f.staff(() -> onboardings.start(f.newClient("Discard Client"), created.templateId()));
        TemplateView draft = f.admin(() -> templates.save(created.templateId(), published.revision(),
                definition("Discard", task("z"))));

        TemplateView after = f.admin(() -> templates.discardDraft(created.templateId(), draft.revision()));

        assertThat(after.versionNumber()).isEqualTo(1);
        assertThat(after.hasDraft()).isFalse();
        assertThat(f.admin(() -> templates.editable(created.templateId())).definition().steps())
                .extracting(StepDefinition::key).containsExactly("a");
    }

    @Test
    void onlyTenantAdminsEditTemplates() {
        UUID law = f.lawTemplate();
        long revision = f.admin(() -> templates.editable(law)).revision();

        assertThatThrownBy(() -> f.staff(() -> templates.save(law, revision, definition("Mine", task("a")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.staff(() -> templates.create(definition("Mine", task("a")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(f.firms.clientA1, () -> templates.list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void prerequisitesMustBeStepsOfTheTemplateAndMayNotFormACycle() {
        assertRefused(definition("Cycle", task("a").after("c"), task("b").after("a"), task("c").after("b")),
                "onboarding.template.step.prerequisite.cycle");
        assertRefused(definition("Self", task("a").after("a")), "onboarding.template.step.prerequisite.unknown");
        assertRefused(definition("Unknown", task("a").after("nowhere")), "onboarding.template.step.prerequisite.unknown");
        assertRefused(definition("Twice", task("a"), task("a")), "onboarding.template.step.key.duplicate");
        assertRefused(definition("Bad key", task("Not a key!")), "onboarding.template.step.key.invalid");
        TemplateView fine = f.admin(() -> templates.create(definition("Diamond", task("a"), task("b").after("a"),
                task("c").after("a"), task("d").after("b", "c"))));
        assertThat(fine.definition().steps()).extracting(StepDefinition::prerequisites)
                .containsExactly(List.of(), List.of("a"), List.of("a"), List.of("b", "c"));
    }

    @Test
    void eachStepTypeGetsTheSettingsItNeedsOnTheSideThatDoesIt() {
        StepDefinition formWithoutFields = StepDefinition.of("form", "Form", StepType.INTAKE_FORM, StepSide.CLIENT);
        StepDefinition choiceWithoutOptions = formWithoutFields.withFields(
                new FormField("pick", "Pick", FieldType.MULTI_CHOICE, true, List.of(" "), null, null, null));
        StepDefinition limitsOnText = formWithoutFields.withFields(FormField.of("t", "T", FieldType.TEXT, true)
                .withLimits(1, 2));
        StepDefinition clientKyc = StepDefinition.of("kyc", "KYC", StepType.KYC, StepSide.CLIENT);
        StepDefinition requestWithoutFiles = StepDefinition.of("docs", "Docs", StepType.DOCUMENT_REQUEST, StepSide.CLIENT);
        StepDefinition clientStepForStaff = StepDefinition.of("form", "Form", StepType.INTAKE_FORM, StepSide.CLIENT)
                .withFields(FormField.of("a", "A", FieldType.TEXT, true)).assignedTo(AssigneeRole.STAFF, null);
        StepDefinition strangerAssigned = task("t").assignedTo(null, "nobody-" + UUID.randomUUID());

        assertRefused(definition("F", formWithoutFields), "onboarding.template.step.fields.required");
        assertRefused(definition("F", choiceWithoutOptions), "onboarding.template.field.options.required");
        assertRefused(definition("F", limitsOnText), "onboarding.template.field.limits.invalid");
        assertRefused(definition("K", clientKyc), "onboarding.template.step.firm-only");
        assertRefused(definition("D", requestWithoutFiles), "onboarding.template.step.documents.required");
        assertRefused(definition("A", clientStepForStaff), "onboarding.template.step.assignee.invalid");
        assertRefused(definition("S", strangerAssigned), "onboarding.template.step.assignee.unknown");
        assertRefused(definition(" "), "onboarding.template.name.required");

        TemplateView named = f.admin(() -> templates.create(definition("Named", task("t").assignedTo(null, f.firms.staffA))));
        assertThat(named.definition().steps().getFirst().assigneeSubject()).isEqualTo(f.firms.staffA);
        TemplateView empty = f.admin(() -> templates.create(definition("Optional only", task("o").optional())));
        assertThatThrownBy(() -> f.admin(() -> templates.publish(empty.templateId(), empty.revision())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.template.no-required-step");
    }

    @Test
    void anotherFirmsTemplatesAreOutOfReach() {
        UUID law = f.lawTemplate();

        assertThatThrownBy(() -> f.firms.as(f.firms.adminOfB(), () -> templates.current(law)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.template.not-found");
        assertThat(f.firms.as(f.firms.adminOfB(), () -> templates.list())).extracting(TemplateSummary::templateId)
                .doesNotContain(law);
        assertThat(f.firms.as(f.firms.adminOfB(), () -> templates.list())).extracting(TemplateSummary::name)
                .containsExactly("Design project onboarding");
    }

    private void assertRefused(TemplateDefinition definition, String messageKey) {
        assertThatThrownBy(() -> f.admin(() -> templates.create(definition)))
                .as(messageKey).isInstanceOf(DomainException.class).hasMessageContaining(messageKey);
    }
}
