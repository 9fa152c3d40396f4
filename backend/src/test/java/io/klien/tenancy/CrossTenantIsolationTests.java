package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import io.klien.clients.ClientChanges;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.clients.TimelineEntry;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Money;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.internal.ContractRows;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentType;
import io.klien.documents.Documents;
import io.klien.leads.ActivityType;
import io.klien.leads.IncentiveType;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadIncentives;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.onboarding.AdverseParties;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.internal.IssuedInvitations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** As firm B, firm A's rows cannot be found, listed, changed or deleted by any route, nor can B write into A. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIsolationTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @PersistenceContext EntityManager em;

    TwoFirms firms;
    UUID adminMembershipOfA;
    UUID invitationOfA;
    @Autowired IssuedInvitations issuedInvitations;
    @Autowired Leads leads;
    @Autowired LeadIncentives leadIncentives;
    LeadView leadOfA;
    UUID activityOfA;
    UUID incentiveOfA;
    UUID contactOfA;
    UUID teamMemberOfA;
    UUID statusChangeOfA;
    UUID clientActivityOfA;
    @Autowired Documents documents;
    UUID documentOfA;
    @Autowired CustomFields customFields;
    CustomFieldView customFieldOfA;
    UUID customValueOfA;
    @Autowired Notifications notifications;
    UUID notificationOfA;
    UUID notificationPreferenceOfA;
    @Autowired OnboardingTemplates onboardingTemplates;
    @Autowired Onboardings onboardings;
    @Autowired AdverseParties adverseParties;
    UUID templateOfA;
    UUID templateVersionOfA;
    UUID templateStepOfA;
    Checklist onboardingOfA;
    UUID commentOfA;
    UUID adversePartyOfA;

    @Autowired ContractTemplates contractTemplates;
    @Autowired Contracts contracts;
    UUID contractTemplateOfA;
    UUID contractTemplateVersionOfA;
    UUID contractSettingOfA;
    ContractView contractOfA;
    @Autowired ContractRows contractRows;
    UUID signingCodeOfA;
    UUID signingConsentOfA;
    UUID contractSignatureOfA;

    @Autowired io.klien.testimonials.TestimonialRequests testimonialRequests;
    @Autowired io.klien.testimonials.Testimonials testimonials;
    UUID askRuleOfA;
    UUID testimonialRequestOfA;
    UUID onboardingCompletionOfA = UUID.randomUUID();
    UUID testimonialOfA;
    @Autowired MemberPhotos memberPhotos;
    UUID memberPhotoOfA;
    UUID testimonialPictureOfA;

    @Autowired io.klien.testimonials.NpsSurveys npsSurveys;
    @Autowired io.klien.testimonials.LoyaltyGestures loyaltyGestures;
    UUID npsScheduleOfA;
    UUID npsSurveyOfA;
    UUID npsFollowUpOfA;
    UUID loyaltyGestureOfA;

    /** Every tenant-owned entity, with a row that belongs to firm A. */
    record TenantEntity(String name, Class<?> type, String table, Function<CrossTenantIsolationTests, UUID> rowOfA) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<TenantEntity> tenantEntities() {
        return Stream.of(
                new TenantEntity("client", entity("io.klien.clients.internal.Client"), "client", t -> t.firms.clientA1),
                new TenantEntity("membership", entity("io.klien.tenancy.internal.Membership"), "membership", t -> t.adminMembershipOfA),
                new TenantEntity("invitation", entity("io.klien.tenancy.internal.Invitation"), "invitation", t -> t.invitationOfA),
                new TenantEntity("lead stage", entity("io.klien.leads.internal.LeadStage"), "lead_stage", t -> t.leadOfA.stageId()),
                new TenantEntity("lead", entity("io.klien.leads.internal.Lead"), "lead", t -> t.leadOfA.id()),
                new TenantEntity("lead activity", entity("io.klien.leads.internal.LeadActivity"), "lead_activity", t -> t.activityOfA),
                new TenantEntity("lead incentive", entity("io.klien.leads.internal.LeadIncentive"), "lead_incentive", t -> t.incentiveOfA),
                new TenantEntity("client contact", entity("io.klien.clients.internal.ClientContact"), "client_contact", t -> t.contactOfA),
                new TenantEntity("client team member", entity("io.klien.clients.internal.ClientTeamMember"), "client_team_member", t -> t.teamMemberOfA),
                new TenantEntity("client status change", entity("io.klien.clients.internal.ClientStatusChange"), "client_status_change",
                        t -> t.statusChangeOfA),
                new TenantEntity("client activity", entity("io.klien.clients.internal.ClientActivity"), "client_activity", t -> t.clientActivityOfA),
                new TenantEntity("document", entity("io.klien.documents.internal.Document"), "document", t -> t.documentOfA),
                new TenantEntity("client custom field", entity("io.klien.clients.internal.ClientCustomField"), "client_custom_field",
                        t -> t.customFieldOfA.id()),
                new TenantEntity("client custom value", entity("io.klien.clients.internal.ClientCustomValue"), "client_custom_value",
                        t -> t.customValueOfA),
                new TenantEntity("notification", entity("io.klien.notifications.internal.Notification"), "notification", t -> t.notificationOfA),
                new TenantEntity("notification preference",
                        entity("io.klien.notifications.internal.NotificationPreference"), "notification_preference",
                        t -> t.notificationPreferenceOfA),
                new TenantEntity("onboarding template", entity("io.klien.onboarding.internal.OnboardingTemplate"),
                        "onboarding_template", t -> t.templateOfA),
                new TenantEntity("onboarding template version",
                        entity("io.klien.onboarding.internal.OnboardingTemplateVersion"), "onboarding_template_version",
                        t -> t.templateVersionOfA),
                new TenantEntity("onboarding template step",
                        entity("io.klien.onboarding.internal.OnboardingTemplateStep"), "onboarding_template_step",
                        t -> t.templateStepOfA),
                new TenantEntity("onboarding", entity("io.klien.onboarding.internal.Onboarding"), "onboarding",
                        t -> t.onboardingOfA.onboarding().id()),
                new TenantEntity("onboarding step", entity("io.klien.onboarding.internal.OnboardingStep"),
                        "onboarding_step", t -> t.onboardingOfA.steps().getFirst().id()),
                new TenantEntity("onboarding step comment",
                        entity("io.klien.onboarding.internal.OnboardingStepComment"), "onboarding_step_comment",
                        t -> t.commentOfA),
                new TenantEntity("adverse party", entity("io.klien.onboarding.internal.AdverseParty"), "adverse_party",
                        t -> t.adversePartyOfA),
                new TenantEntity("contract template", entity("io.klien.contracts.internal.ContractTemplate"),
                        "contract_template", t -> t.contractTemplateOfA),
                new TenantEntity("contract template version",
                        entity("io.klien.contracts.internal.ContractTemplateVersion"), "contract_template_version",
                        t -> t.contractTemplateVersionOfA),
                new TenantEntity("contract setting", entity("io.klien.contracts.internal.ContractSetting"),
                        "contract_setting", t -> t.contractSettingOfA),
                new TenantEntity("contract", entity("io.klien.contracts.internal.Contract"), "contract",
                        t -> t.contractOfA.id()),
                new TenantEntity("contract signatory", entity("io.klien.contracts.internal.ContractSignatory"),
                        "contract_signatory", t -> t.contractOfA.signatories().getFirst().id()),
                new TenantEntity("signing code", entity("io.klien.contracts.internal.SigningCode"),
                        "contract_signing_code", t -> t.signingCodeOfA),
                new TenantEntity("signing consent", entity("io.klien.contracts.internal.SigningConsent"),
                        "contract_signing_consent", t -> t.signingConsentOfA),
                new TenantEntity("contract signature", entity("io.klien.contracts.internal.ContractSignature"),
                        "contract_signature", t -> t.contractSignatureOfA),
                new TenantEntity("testimonial ask rule", entity("io.klien.testimonials.internal.AskRule"),
                        "testimonial_ask_rule", t -> t.askRuleOfA),
                new TenantEntity("testimonial request", entity("io.klien.testimonials.internal.TestimonialRequest"),
                        "testimonial_request", t -> t.testimonialRequestOfA),
                new TenantEntity("onboarding completion awaiting a testimonial ask",
                        entity("io.klien.testimonials.internal.OnboardingCompletion"),
                        "testimonial_onboarding_completion", t -> t.onboardingCompletionOfA),
                new TenantEntity("testimonial", entity("io.klien.testimonials.internal.Testimonial"), "testimonial",
                        t -> t.testimonialOfA),
                new TenantEntity("testimonial picture",
                        entity("io.klien.testimonials.internal.StoredTestimonialPicture"), "testimonial_picture",
                        t -> t.testimonialPictureOfA),
                new TenantEntity("member photo", entity("io.klien.tenancy.internal.StoredMemberPhoto"), "member_photo",
                        t -> t.memberPhotoOfA),
                new TenantEntity("nps schedule", entity("io.klien.testimonials.internal.NpsSchedule"), "nps_schedule",
                        t -> t.npsScheduleOfA),
                new TenantEntity("nps survey", entity("io.klien.testimonials.internal.NpsSurvey"), "nps_survey",
                        t -> t.npsSurveyOfA),
                new TenantEntity("nps follow-up", entity("io.klien.testimonials.internal.NpsFollowUp"), "nps_follow_up",
                        t -> t.npsFollowUpOfA),
                new TenantEntity("loyalty gesture", entity("io.klien.testimonials.internal.LoyaltyGesture"),
                        "loyalty_gesture", t -> t.loyaltyGestureOfA));
    }

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        adminMembershipOfA = firms.asSystem(firms.firmA,
                () -> memberships.activeMembershipOf(firms.adminA).orElseThrow().id());
        invitationOfA = firms.asSystem(firms.firmA, () -> issuedInvitations.issue(
                memberships.activeMembershipOf(firms.staffA).orElseThrow().id(), "staff@a.test",
                "0".repeat(63) + "1", java.time.Instant.now().plusSeconds(3600), firms.adminA, java.time.Instant.now()));
        leadOfA = firms.as(firms.staffOfA(), () -> leads.create(new LeadDetails("Lead of A", ClientKind.INDIVIDUAL, null,
                null, null, LeadSource.WEBSITE, null, null, null, null, null, null)));
        activityOfA = firms.as(firms.staffOfA(),
                () -> leads.logActivity(leadOfA.id(), ActivityType.CALL, null, "Called").id());
        incentiveOfA = firms.as(firms.staffOfA(),
                () -> leadIncentives.offerIncentive(leadOfA.id(), IncentiveType.GIFT, null).id());
        contactOfA = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Contact of A", null, null, null), true).id());
        firms.as(firms.staffOfA(), () -> clientContacts.addToAccountTeam(firms.clientA1, firms.staffA));
        firms.as(firms.staffOfA(), () -> clients.changeStatus(firms.clientA1, ClientStatus.PAUSED));
        firms.as(firms.staffOfA(), () -> {
            clients.addToTimeline(firms.clientA1, List.of(new TimelineEntry("NOTE", java.time.Instant.now(), null, "n", null)));
            return null;
        });
        teamMemberOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from client_team_member where client_id = ?", UUID.class, firms.clientA1));
        statusChangeOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from client_status_change where client_id = ?", UUID.class, firms.clientA1));
        clientActivityOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from client_activity where client_id = ?", UUID.class, firms.clientA1));
        documentOfA = firms.as(firms.staffOfA(), () -> documents.store(
                new DocumentOwner("ONBOARDING_STEP", UUID.randomUUID(), firms.clientA1), "id-card.txt", "text/plain",
                new java.io.ByteArrayInputStream("A's document".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                DocumentPolicy.of(1024, DocumentType.TEXT)).id());
        customFieldOfA = firms.as(firms.adminOfA(), () -> customFields.define(
                new CustomFieldDefinition("Industry", CustomFieldType.TEXT, false, List.of())));
        firms.as(firms.staffOfA(), () -> {
            var profile = clients.profile(firms.clientA1);
            return clients.updateProfile(firms.clientA1, profile.version(), new ClientChanges(
                    profile.name(), profile.kind(), null, false, List.of(), List.of(), null,
                    Map.of(customFieldOfA.key(), "Mining")));
        });
        customValueOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from client_custom_value where client_id = ?", UUID.class, firms.clientA1));
        // email off for the kind: these tests have no mail server
        firms.as(firms.adminOfA(), () -> notifications.setEmail(NotificationKind.COMMENT, false));
        firms.as(firms.staffOfA(), () -> notifications.notify(
                NewNotification.of(firms.adminA, NotificationKind.COMMENT, "clients/" + firms.clientA1, "Staff A", "a note")));
        notificationOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from notification where recipient = ?", UUID.class, firms.adminA));
        notificationPreferenceOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from notification_preference where subject = ?", UUID.class, firms.adminA));
        templateOfA = firms.as(firms.staffOfA(), () -> onboardingTemplates.list()).getFirst().templateId();
        templateVersionOfA = firms.as(firms.staffOfA(), () -> onboardingTemplates.current(templateOfA)).versionId();
        templateStepOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from onboarding_template_step where template_version_id = ? limit 1", UUID.class,
                templateVersionOfA));
        onboardingOfA = firms.as(firms.staffOfA(), () -> onboardings.start(firms.clientA1, templateOfA));
        commentOfA = firms.as(firms.staffOfA(),
                () -> onboardings.comment(onboardingOfA.steps().getFirst().id(), null, "Comment of A").id());
        adversePartyOfA = firms.as(firms.staffOfA(), () -> adverseParties.record("Adverse party of A", null).id());
        var contractTemplate = firms.as(firms.staffOfA(), () -> contractTemplates.list()).getFirst();
        contractTemplateOfA = contractTemplate.templateId();
        contractTemplateVersionOfA = contractTemplate.versionId();
        firms.as(firms.adminOfA(), () -> contracts.requireApprovalAbove(Money.of(1_000_000_000, "IDR")));
        contractSettingOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from contract_setting", UUID.class));
        contractOfA = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, contractTemplateOfA,
                new ContractDraft(null, null, contractTemplate.definition().terms(),
                        List.of(SignatoryChoice.clientContact(contactOfA)), SigningOrder.PARALLEL,
                        java.time.LocalDate.now().plusDays(30))));
        UUID signatoryOfA = contractOfA.signatories().getFirst().id();
        java.time.Instant now = java.time.Instant.now();
        signingCodeOfA = firms.asSystem(firms.firmA, () -> contractRows.issueCode(contractOfA.id(), signatoryOfA,
                "client-of-a", "123456", now));
        signingConsentOfA = firms.asSystem(firms.firmA, () -> contractRows.giveConsent("client-of-a", 1, now,
                "192.0.2.1", "Test"));
        contractSignatureOfA = firms.asSystem(firms.firmA, () -> contractRows.giveSignature(contractOfA.id(),
                signatoryOfA, "client-of-a", "Contact of A", null, now, "192.0.2.1", "Test"));
        firms.as(firms.adminOfA(), () -> testimonialRequests.changeRules(io.klien.testimonials.AskRules.DEFAULTS));
        askRuleOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from testimonial_ask_rule", UUID.class));
        String linkOfA = firms.as(firms.staffOfA(), () -> testimonialRequests.ask(firms.clientA1, contactOfA))
                .linkToken();
        testimonialRequestOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from testimonial_request where contact_id = ?", UUID.class, contactOfA));
        firms.asSystem(firms.firmA, () -> jdbc.update("insert into testimonial_onboarding_completion"
                + " (tenant_id, id, onboarding_id, client_id, completed_on) values (?, ?, ?, ?, current_date)",
                firms.firmA, onboardingCompletionOfA, UUID.randomUUID(), firms.clientA1));
        testimonialOfA = firms.as(Scope.visitor(firms.firmA), () -> testimonials.giveByLink(
                java.util.Objects.requireNonNull(linkOfA), new io.klien.testimonials.NewTestimonial(5,
                        "Testimonial of A", "Contact of A", null, null,
                        java.util.Set.of(io.klien.testimonials.ConsentScope.WEBSITE),
                        io.klien.testimonials.Attribution.NAME, 1, "en",
                        new io.klien.testimonials.PictureUpload(io.klien.testimonials.PictureKind.PHOTO, tinyPng())),
                io.klien.testimonials.GivenFrom.UNKNOWN)).id();
        firms.as(firms.adminOfA(), () -> npsSurveys.changeSettings(io.klien.testimonials.NpsSettings.DEFAULTS));
        npsScheduleOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select id from nps_schedule", UUID.class));
        String npsToken = "nps-link-of-a-" + UUID.randomUUID();
        npsSurveyOfA = UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> jdbc.update("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at)
                values (?, ?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), now(), now() + interval '1 day')""",
                firms.firmA, npsSurveyOfA, firms.clientA1, contactOfA, npsToken));
        firms.as(Scope.visitor(firms.firmA), () -> npsSurveys.answerByLink(npsToken, 3, "Slow"));
        npsFollowUpOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from nps_follow_up where survey_id = ?", UUID.class, npsSurveyOfA));
        loyaltyGestureOfA = firms.as(firms.staffOfA(), () -> loyaltyGestures.record(
                new io.klien.testimonials.NewLoyaltyGesture(firms.clientA1, io.klien.testimonials.LoyaltyGestureKind.GIFT,
                        java.time.LocalDate.now().minusDays(1), null, null, "Gift of A"))).id();
        firms.as(firms.staffOfA(), () -> memberPhotos.replaceMine(tinyPng()));
        testimonialPictureOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from testimonial_picture", UUID.class));
        memberPhotoOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select id from member_photo",
                UUID.class));
    }

    private static byte[] tinyPng() {
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void firmAsRowIsVisibleToFirmAItself(TenantEntity entity) {
        assertThat(firms.as(firms.adminOfA(), () -> em.find(entity.type(), entity.rowOfA().apply(this)))).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void repositoriesCannotFindOrListAnotherFirmsRows(TenantEntity entity) {
        UUID row = entity.rowOfA().apply(this);
        CrudRepository<Object, UUID> repository = repositoryFor(entity.type());

        firms.as(firms.adminOfB(), () -> {
            assertThat(repository.findById(row)).isEmpty();
            assertThat(repository.existsById(row)).isFalse();
            assertThat(repository.findAll()).noneMatch(e -> idOf(e).equals(row));
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void findAndGetReferenceCannotReachAnotherFirmsRows(TenantEntity entity) {
        UUID row = entity.rowOfA().apply(this);

        firms.as(firms.adminOfB(), () -> {
            assertThat(em.find(entity.type(), row)).isNull();
            Object reference = em.getReference(entity.type(), row);
            assertThatThrownBy(() -> idOfLoaded(reference)).isInstanceOf(EntityNotFoundException.class);
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void jpqlAndNativeQueriesCannotSeeAnotherFirmsRows(TenantEntity entity) {
        UUID row = entity.rowOfA().apply(this);
        String jpqlName = entity.type().getSimpleName();

        firms.as(firms.adminOfB(), () -> {
            assertThat(em.createQuery("select count(e) from " + jpqlName + " e where e.id = :id", Long.class)
                    .setParameter("id", row).getSingleResult()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from " + entity.table() + " where id = ?", Long.class, row)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from " + entity.table() + " where tenant_id = ?", Long.class,
                    firms.firmA)).isZero();
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void bulkUpdatesAndDeletesCannotTouchAnotherFirmsRows(TenantEntity entity) {
        UUID row = entity.rowOfA().apply(this);
        String jpqlName = entity.type().getSimpleName();

        int changed = firms.as(firms.adminOfB(), () ->
                em.createQuery("update " + jpqlName + " e set e.version = e.version + 1 where e.id = :id")
                        .setParameter("id", row).executeUpdate()
                        + em.createQuery("delete from " + jpqlName + " e where e.id = :id").setParameter("id", row).executeUpdate()
                        + jdbc.update("update " + entity.table() + " set version = version + 1 where id = ?", row)
                        + jdbc.update("delete from " + entity.table() + " where id = ?", row));

        assertThat(changed).isZero();
        assertThat(firms.as(firms.adminOfA(), () -> em.find(entity.type(), row))).as("still there for A").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantEntities")
    void repositoryDeleteCannotRemoveAnotherFirmsRows(TenantEntity entity) {
        UUID row = entity.rowOfA().apply(this);

        firms.as(firms.adminOfB(), () -> {
            repositoryFor(entity.type()).deleteById(row);
            return null;
        });

        assertThat(firms.as(firms.adminOfA(), () -> em.find(entity.type(), row))).isNotNull();
    }

    @Test
    void insertingARowWithAnotherFirmsTenantIdIsRefused() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update(
                "insert into client (tenant_id, id, name, kind, status, created_at) values (?, ?, 'Smuggled', 'ORGANIZATION', 'ACTIVE', now())",
                firms.firmA, UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void aChildRowPointingAtAnotherFirmsParentFailsOnTheForeignKey() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> memberships.add(new NewMember(
                "intruder-" + UUID.randomUUID(), "intruder@b.test", "Intruder", FirmRole.CLIENT, firms.clientA1,
                MembershipStatus.ACTIVE))))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("membership_client_fk");
    }

    @Test
    void withoutAnActiveTenantTenantDataIsInvisible() {
        List<Long> counts = TenantContext.callIn(Scope.person("nobody-" + UUID.randomUUID(), false), () -> tx.execute(s -> List.of(
                em.createQuery("select count(c) from Client c", Long.class).getSingleResult(),
                jdbc.queryForObject("select count(*) from client", Long.class),
                jdbc.queryForObject("select count(*) from membership", Long.class))));
        Long outsideAnyContext = tx.execute(s -> jdbc.queryForObject("select count(*) from client", Long.class));
        Long withoutTransaction = jdbc.queryForObject("select count(*) from client", Long.class);

        assertThat(counts).containsOnly(0L);
        assertThat(outsideAnyContext).isZero();
        assertThat(withoutTransaction).isZero();
        Object found = TenantContext.callIn(Scope.person("nobody", false),
                () -> tx.execute(s -> em.find(entity("io.klien.clients.internal.Client"), firms.clientA1)));
        assertThat(found).isNull();
    }

    @Test
    void servicesRefuseToWorkWithoutAnActiveTenant() {
        assertThatThrownBy(() -> TenantContext.callIn(Scope.person("nobody", false),
                () -> clientSearch.list(org.springframework.data.domain.Pageable.ofSize(10))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** An entity class that its module keeps package-private. */
    private static Class<?> entity(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is gone: update the list of tenant-owned entities", e);
        }
    }

    @SuppressWarnings("unchecked")
    private CrudRepository<Object, UUID> repositoryFor(Class<?> type) {
        return (CrudRepository<Object, UUID>) new Repositories(context).getRepositoryFor(type).orElseThrow();
    }

    private static UUID idOf(Object entity) {
        return ((io.klien.shared.tenant.TenantOwnedEntity) entity).id();
    }

    private static Object idOfLoaded(Object reference) {
        // touching a non-id attribute forces the load
        return ((io.klien.shared.tenant.TenantOwnedEntity) reference).tenantId().toString()
                + ((io.klien.shared.tenant.TenantOwnedEntity) reference).version();
    }
}
