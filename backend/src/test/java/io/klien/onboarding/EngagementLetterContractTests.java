package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningFixture;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.shared.DomainException;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The engagement letter step is a contract: drafted or linked from the step, completed when it is signed. */
@SpringBootTest
class EngagementLetterContractTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates contractTemplates;
    @Autowired ContractSigning signing;
    @Autowired FirmTime time;
    @Autowired AuditLog audit;

    OnboardingFixture f;
    TwoFirms firms;
    SigningFixture ceremony;
    UUID client;
    UUID contractTemplate;
    LocalDate today;

    @BeforeEach
    void aClientInOnboarding() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        f = new OnboardingFixture(firms, clients, templates, jdbc);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        client = f.newClient("PT Perikatan " + UUID.randomUUID().toString().substring(0, 8));
        contractTemplate = f.staff(() -> contractTemplates.list()).getFirst().templateId();
        today = time.today(firms.firmA);
    }

    Checklist start() {
        UUID template = f.publishedTemplate("Letters " + UUID.randomUUID(),
                StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER, StepSide.FIRM),
                StepDefinition.of("kickoff-prep", "Prepare the kickoff", StepType.INTERNAL_TASK, StepSide.FIRM));
        return f.staff(() -> onboardings.start(client, template));
    }

    ContractDraft draft(String title) {
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Corporate advice", null, false)),
                Fee.fixed(Money.of(25_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(today, today.plusYears(1)), List.of(), new Penalties(new BigDecimal("2"), null),
                new Termination(30, null), true, false);
        return new ContractDraft(title, null, terms, List.of(SignatoryChoice.firmMember(firms.staffA)),
                SigningOrder.PARALLEL, today.plusDays(30));
    }

    StepView letterStep(Checklist started) {
        return f.staff(() -> onboardings.step(step(started, "letter").id()));
    }

    /** Waits for the listeners that follow contracts (they run after the contract's transaction commits). */
    StepView eventually(Checklist started, Predicate<StepView> done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        StepView step = letterStep(started);
        while (!done.test(step) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            step = letterStep(started);
        }
        return step;
    }

    ContractView signAsFirm(UUID contractId) {
        ContractView sent = f.staff(() -> contracts.send(contractId));
        return ceremony.sign(firms.staffOfA(), contractId, sent.signatories().getFirst().id(), "Staff A");
    }

    @Test
    void aLetterDraftedFromTheStepCompletesTheStepWhenItsContractIsSigned() throws Exception {
        Checklist started = start();
        UUID stepId = step(started, "letter").id();

        StepView linked = f.staff(() -> steps.draftLetterContract(stepId, contractTemplate, draft("Letter 1")));
        UUID contractId = linked.letterContractId();
        assertThat(contractId).isNotNull();
        assertThat(linked.state()).isEqualTo(StepState.OPEN);
        assertThat(linked.letterSignedOn()).isNull();
        ContractView contract = f.staff(() -> contracts.get(contractId));
        assertThat(contract.clientId()).isEqualTo(client);
        assertThat(contract.title()).isEqualTo("Letter 1");
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(
                AuditFilter.all().withActionPrefix("onboarding.letter-linked"), PageRequest.of(0, 5))).getContent())
                .extracting(AuditEntryView::targetId).containsExactly(stepId.toString());

        signAsFirm(contractId);

        StepView done = eventually(started, s -> s.state() == StepState.DONE);
        assertThat(done.state()).isEqualTo(StepState.DONE);
        assertThat(done.letterSignedOn()).isEqualTo(today);
        assertThat(done.letterContractId()).isEqualTo(contractId);
        assertThat(f.staff(() -> onboardings.checklist(started.onboarding().id())).onboarding().requiredDone())
                .isEqualTo(1);
    }

    @Test
    void aContractAlreadySignedCompletesTheStepWhenLinked() {
        Checklist started = start();
        ContractView contract = f.staff(() -> contracts.draft(client, contractTemplate, draft("Signed before")));
        signAsFirm(contract.id());

        StepView linked = f.staff(() -> steps.linkLetterContract(step(started, "letter").id(), contract.id()));

        assertThat(linked.state()).isEqualTo(StepState.DONE);
        assertThat(linked.letterSignedOn()).isEqualTo(today);
    }

    @Test
    void linkingRefusesAnotherClientsContractAVoidedOneAndASecondContract() {
        Checklist started = start();
        UUID stepId = step(started, "letter").id();
        ContractView otherClients = f.staff(() -> contracts.draft(firms.clientA1, contractTemplate, draft("Other")));
        refused(() -> f.staff(() -> steps.linkLetterContract(stepId, otherClients.id())),
                "onboarding.letter.other-client");
        ContractView voided = f.staff(() -> contracts.draft(client, contractTemplate, draft("Voided")));
        f.staff(() -> contracts.voidContract(voided.id(), "Wrong fee"));
        refused(() -> f.staff(() -> steps.linkLetterContract(stepId, voided.id())), "onboarding.letter.contract-closed");

        f.staff(() -> steps.draftLetterContract(stepId, contractTemplate, draft("The letter")));
        ContractView another = f.staff(() -> contracts.draft(client, contractTemplate, draft("Another")));
        refused(() -> f.staff(() -> steps.linkLetterContract(stepId, another.id())),
                "onboarding.letter.contract-exists");
        refused(() -> f.staff(() -> steps.draftLetterContract(stepId, contractTemplate, draft("Third"))),
                "onboarding.letter.contract-exists");
        assertThat(f.staff(() -> contracts.ofClient(client))).extracting(ContractView::title)
                .as("nothing half-saved").doesNotContain("Third");
    }

    @Test
    void badTermsDraftNothingAndLinkNothing() {
        Checklist started = start();
        UUID stepId = step(started, "letter").id();
        ContractDraft good = draft("Ends before it starts");
        ContractTerms t = good.terms();
        ContractTerms bad = new ContractTerms(t.scope(), t.fee(), t.payment(), Term.fixed(today, today.minusDays(1)),
                t.quotas(), t.penalties(), t.termination(), t.confidential(), t.exclusive());

        assertThatThrownBy(() -> f.staff(() -> steps.draftLetterContract(stepId, contractTemplate,
                new ContractDraft(good.title(), null, bad, good.signatories(), good.signingOrder(),
                        good.expiresOn())))).isInstanceOf(DomainException.class);

        assertThat(letterStep(started).letterContractId()).isNull();
        assertThat(f.staff(() -> contracts.ofClient(client))).isEmpty();
    }

    @Test
    void aVoidedLetterHandsTheStepBackToStaff() throws Exception {
        Checklist started = start();
        UUID stepId = step(started, "letter").id();
        UUID contractId = f.staff(() -> steps.draftLetterContract(stepId, contractTemplate, draft("To void")))
                .letterContractId();

        f.staff(() -> contracts.voidContract(contractId, "Client asked for other terms"));

        StepView freed = eventually(started, s -> s.letterContractId() == null);
        assertThat(freed.letterContractId()).isNull();
        assertThat(freed.state()).isEqualTo(StepState.OPEN);
        StepView again = f.staff(() -> steps.draftLetterContract(stepId, contractTemplate, draft("Second try")));
        assertThat(again.letterContractId()).isNotNull().isNotEqualTo(contractId);
    }

    @Test
    void clientUsersNeitherDraftNorLinkLetters() {
        Checklist started = start();
        UUID stepId = step(started, "letter").id();
        assertThatThrownBy(() -> f.asClientUserOf(client,
                () -> steps.draftLetterContract(stepId, contractTemplate, draft("Mine"))))
                .isInstanceOf(AccessDeniedException.class);
        ContractView contract = f.staff(() -> contracts.draft(client, contractTemplate, draft("Theirs")));
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.linkLetterContract(stepId, contract.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
