package io.klien.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant admins define custom fields for clients; staff fill them in with the rest of the client record. */
@SpringBootTest
class CustomFieldsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientMerges clientMerges;
    @Autowired CustomFields customFields;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    <T> T admin(Supplier<T> work) {
        return firms.as(firms.adminOfA(), work);
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    CustomFieldView define(String label, CustomFieldType type, String... options) {
        return admin(() -> customFields.define(new CustomFieldDefinition(label, type, false, List.of(options))));
    }

    CustomFieldView defineRequired(String label, CustomFieldType type) {
        return admin(() -> customFields.define(new CustomFieldDefinition(label, type, true, List.of())));
    }

    /** Saves the values the way the client page does: with the rest of the record, on the version it read. */
    ClientProfile saveValues(Scope who, UUID clientId, Map<String, @Nullable String> values) {
        ClientProfile current = firms.as(who, () -> clients.profile(clientId));
        return firms.as(who, () -> clients.updateProfile(clientId, current.version(), changes(current, values)));
    }

    ClientProfile saveValues(UUID clientId, Map<String, @Nullable String> values) {
        return saveValues(firms.staffOfA(), clientId, values);
    }

    static ClientChanges changes(ClientProfile p, @Nullable Map<String, @Nullable String> values) {
        return new ClientChanges(p.name(), p.kind(), p.relationshipStart(), p.exclusive(), p.serviceLines(), p.tags(),
                p.preferences(), values);
    }

    Map<String, @Nullable String> valuesOf(UUID clientId) {
        Map<String, @Nullable String> values = new HashMap<>();
        staff(() -> customFields.values(clientId)).forEach(v -> values.put(v.key(), v.value()));
        return values;
    }

    static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call, String messageKey) {
        return assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(messageKey));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> valueRefused(ThrowingCallable call, String messageKey,
            String fieldKey) {
        return refused(call, messageKey).isInstanceOf(CustomValueRejected.class)
                .satisfies(e -> assertThat(((CustomValueRejected) e).fieldKey()).isEqualTo(fieldKey));
    }

    @Test
    void anAdminDefinesFieldsWhoseKeysComeFromTheFirstLabelAndNeverChange() {
        CustomFieldView retainer = define("Annual retainer (IDR)", CustomFieldType.NUMBER);
        CustomFieldView similar = define("Annual retainer IDR", CustomFieldType.NUMBER);
        CustomFieldView practice = define("Área de práctica", CustomFieldType.SINGLE_CHOICE, "Tax", "Litigation");
        CustomFieldView numeric = define("2nd reviewer", CustomFieldType.TEXT);

        CustomFieldView renamed = admin(() -> customFields.change(retainer.id(), retainer.version(),
                new CustomFieldDefinition("Monthly retainer", CustomFieldType.NUMBER, true, List.of())));

        assertThat(List.of(retainer.key(), similar.key(), practice.key(), numeric.key()))
                .containsExactly("annual_retainer_idr", "annual_retainer_idr_2", "area_de_practica", "field_2nd_reviewer");
        assertThat(renamed.key()).isEqualTo("annual_retainer_idr");
        assertThat(renamed.required()).isTrue();
        assertThat(admin(() -> customFields.fields())).extracting(CustomFieldView::label, CustomFieldView::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Monthly retainer", 1),
                        org.assertj.core.groups.Tuple.tuple("Annual retainer IDR", 2),
                        org.assertj.core.groups.Tuple.tuple("Área de práctica", 3),
                        org.assertj.core.groups.Tuple.tuple("2nd reviewer", 4));
        assertThat(admin(() -> customFields.fields()).get(2).options()).containsExactly("Tax", "Litigation");
    }

    @Test
    void onlyTenantAdminsDefineChangeReorderAndArchiveFieldsWhileStaffFillThemIn() {
        CustomFieldView field = define("Industry", CustomFieldType.TEXT);
        CustomFieldDefinition other = new CustomFieldDefinition("Sector", CustomFieldType.TEXT, false, List.of());

        assertThatThrownBy(() -> staff(() -> customFields.define(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff(() -> customFields.fields())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff(() -> customFields.change(field.id(), field.version(), other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff(() -> customFields.reorder(List.of(field.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff(() -> customFields.archive(field.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff(() -> customFields.restore(field.id()))).isInstanceOf(AccessDeniedException.class);
        Scope clientUser = Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        assertThatThrownBy(() -> firms.as(clientUser, () -> customFields.values(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);

        saveValues(firms.clientA1, Map.of(field.key(), "Mining"));

        assertThat(valuesOf(firms.clientA1)).containsExactly(Map.entry("industry", "Mining"));
        assertThat(admin(() -> customFields.fields())).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Industry");
            assertThat(f.clientsWithValue()).isEqualTo(1);
        });
    }

    @Test
    void labelsMustBeGivenShortAndUniqueAndAChoiceNeedsDistinctOptions() {
        CustomFieldView industry = define("Industry", CustomFieldType.TEXT);
        admin(() -> customFields.archive(industry.id()));

        refused(() -> define("  ", CustomFieldType.TEXT), "clients.custom-field.label.required");
        refused(() -> define("x".repeat(101), CustomFieldType.TEXT), "clients.custom-field.label.too-long");
        refused(() -> define(" industry ", CustomFieldType.TEXT), "clients.custom-field.label.duplicate");
        refused(() -> admin(() -> customFields.define(new CustomFieldDefinition("Kind", null, false, List.of()))),
                "clients.custom-field.type.required");
        refused(() -> define("Tier", CustomFieldType.SINGLE_CHOICE, " ", ""), "clients.custom-field.options.required");
        refused(() -> define("Tier", CustomFieldType.SINGLE_CHOICE, "Gold", "gold"), "clients.custom-field.option.duplicate");
        refused(() -> define("Tier", CustomFieldType.SINGLE_CHOICE, "y".repeat(101)), "clients.custom-field.option.too-long");
        CustomFieldView sector = define("Sector", CustomFieldType.TEXT, "ignored for text");
        refused(() -> admin(() -> customFields.change(sector.id(), sector.version(),
                new CustomFieldDefinition("INDUSTRY", CustomFieldType.TEXT, false, List.of()))),
                "clients.custom-field.label.duplicate");

        assertThat(admin(() -> customFields.fields())).extracting(CustomFieldView::label).containsExactly("Industry", "Sector");
        assertThat(sector.options()).isEmpty();
    }

    @Test
    void valuesAreCheckedAgainstTheTypeOfTheirFieldAndStoredInOneForm() {
        String text = define("Reference", CustomFieldType.TEXT).key();
        String notes = define("Background", CustomFieldType.LONG_TEXT).key();
        String number = define("Retainer", CustomFieldType.NUMBER).key();
        String date = define("Engaged on", CustomFieldType.DATE).key();
        String yesNo = define("Politically exposed", CustomFieldType.YES_NO).key();
        String choice = define("Industry", CustomFieldType.SINGLE_CHOICE, "Banking", "Mining").key();
        UUID client = firms.clientA1;

        valueRefused(() -> saveValues(client, Map.of(number, "12,5 juta")), "clients.custom-value.not-a-number", number);
        valueRefused(() -> saveValues(client, Map.of(number, "1e400")), "clients.custom-value.not-a-number", number);
        valueRefused(() -> saveValues(client, Map.of(date, "22/11/2026")), "clients.custom-value.not-a-date", date);
        valueRefused(() -> saveValues(client, Map.of(yesNo, "maybe")), "clients.custom-value.not-yes-no", yesNo);
        valueRefused(() -> saveValues(client, Map.of(choice, "Fishing")), "clients.custom-value.option.unknown", choice);
        valueRefused(() -> saveValues(client, Map.of(text, "t".repeat(201))), "clients.custom-value.too-long", text);
        valueRefused(() -> saveValues(client, Map.of(notes, "n".repeat(4001))), "clients.custom-value.too-long", notes);
        valueRefused(() -> saveValues(client, Map.of("no_such_field", "x")), "clients.custom-value.field.unknown",
                "no_such_field");
        assertThat(valuesOf(client)).as("nothing saved").allSatisfy((key, value) -> assertThat(value).isNull());

        saveValues(client, Map.of(text, "  REF-7 ", notes, "n".repeat(4000), number, " 1250.50 ", date, "2026-11-22",
                yesNo, "Yes", choice, "banking"));

        assertThat(valuesOf(client)).containsEntry(text, "REF-7").containsEntry(number, "1250.50")
                .containsEntry(date, "2026-11-22").containsEntry(yesNo, "true").containsEntry(choice, "Banking")
                .containsEntry(notes, "n".repeat(4000));
    }

    @Test
    void aRefusedValueLeavesTheWholeRecordAsItWas() {
        String number = define("Retainer", CustomFieldType.NUMBER).key();
        ClientProfile before = staff(() -> clients.profile(firms.clientA1));
        ClientChanges renamedWithBadValue = new ClientChanges("Renamed", before.kind(), null, true, List.of(),
                List.of("vip"), null, Map.of(number, "lots"));

        valueRefused(() -> staff(() -> clients.updateProfile(firms.clientA1, before.version(), renamedWithBadValue)),
                "clients.custom-value.not-a-number", number);

        ClientProfile after = staff(() -> clients.profile(firms.clientA1));
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.tags()).isEmpty();
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aRequiredFieldNeedsAValueWheneverTheValuesAreSaved() {
        CustomFieldView matter = defineRequired("Matter number", CustomFieldType.TEXT);
        CustomFieldView optional = define("Nickname", CustomFieldType.TEXT);

        valueRefused(() -> saveValues(firms.clientA1, Map.of(optional.key(), "Maju")), "clients.custom-value.required",
                matter.key());
        valueRefused(() -> saveValues(firms.clientA1, Map.of(matter.key(), "   ")), "clients.custom-value.required",
                matter.key());
        saveValues(firms.clientA1, Map.of(matter.key(), "M-2026-001"));
        Map<String, @Nullable String> cleared = new HashMap<>();
        cleared.put(matter.key(), null);
        valueRefused(() -> saveValues(firms.clientA1, cleared), "clients.custom-value.required", matter.key());
        saveValues(firms.clientA1, Map.of(optional.key(), "Maju"));
        ClientProfile other = staff(() -> clients.profile(firms.clientA2));
        staff(() -> clients.updateProfile(firms.clientA2, other.version(), changes(other, null)));

        assertThat(valuesOf(firms.clientA1)).as("a key left out keeps its value")
                .containsEntry(matter.key(), "M-2026-001").containsEntry(optional.key(), "Maju");
        assertThat(valuesOf(firms.clientA2)).as("edits that leave the values alone do not ask for them")
                .containsEntry(matter.key(), null);
    }

    @Test
    void archivingARequiredFieldStopsAskingForItAndKeepsItsValues() {
        CustomFieldView matter = defineRequired("Matter number", CustomFieldType.TEXT);
        CustomFieldView industry = define("Industry", CustomFieldType.TEXT);
        saveValues(firms.clientA1, Map.of(matter.key(), "M-1", industry.key(), "Mining"));

        CustomFieldView archived = admin(() -> customFields.archive(matter.id()));
        saveValues(firms.clientA2, Map.of(industry.key(), "Banking"));

        assertThat(archived.archived()).isTrue();
        assertThat(valuesOf(firms.clientA1)).containsOnlyKeys(industry.key());
        valueRefused(() -> saveValues(firms.clientA1, Map.of(matter.key(), "M-2")), "clients.custom-value.field.unknown",
                matter.key());
        assertThat(admin(() -> customFields.fields())).extracting(CustomFieldView::archived).containsExactly(true, false);

        admin(() -> customFields.restore(matter.id()));

        assertThat(valuesOf(firms.clientA1)).containsEntry(matter.key(), "M-1");
        valueRefused(() -> saveValues(firms.clientA2, Map.of(industry.key(), "Retail")), "clients.custom-value.required",
                matter.key());
    }

    @Test
    void theTypeOfAFieldIsFixedOnceAClientHasAValueInIt() {
        CustomFieldView reference = define("Reference", CustomFieldType.TEXT);
        CustomFieldView longer = admin(() -> customFields.change(reference.id(), reference.version(),
                new CustomFieldDefinition("Reference", CustomFieldType.LONG_TEXT, false, List.of())));
        saveValues(firms.clientA1, Map.of(reference.key(), "12"));

        refused(() -> admin(() -> customFields.change(reference.id(), longer.version(),
                new CustomFieldDefinition("Reference", CustomFieldType.NUMBER, false, List.of()))),
                "clients.custom-field.type.locked");
        CustomFieldView relabelled = admin(() -> customFields.change(reference.id(), longer.version(),
                new CustomFieldDefinition("Our reference", CustomFieldType.LONG_TEXT, true, List.of())));

        assertThat(longer.type()).isEqualTo(CustomFieldType.LONG_TEXT);
        assertThat(relabelled.type()).isEqualTo(CustomFieldType.LONG_TEXT);
        assertThat(relabelled.label()).isEqualTo("Our reference");
        assertThat(relabelled.typeLocked()).isTrue();
        assertThat(valuesOf(firms.clientA1)).containsEntry(reference.key(), "12");
    }

    @Test
    void anOptionAClientChoseCannotBeRemovedButUnusedOnesCan() {
        CustomFieldView tier = define("Tier", CustomFieldType.SINGLE_CHOICE, "Gold", "Silver");
        saveValues(firms.clientA1, Map.of(tier.key(), "Gold"));

        refused(() -> admin(() -> customFields.change(tier.id(), tier.version(),
                new CustomFieldDefinition("Tier", CustomFieldType.SINGLE_CHOICE, false, List.of("Silver", "Bronze")))),
                "clients.custom-field.option.in-use");
        CustomFieldView changed = admin(() -> customFields.change(tier.id(), tier.version(),
                new CustomFieldDefinition("Tier", CustomFieldType.SINGLE_CHOICE, false, List.of("Gold", "Bronze"))));

        assertThat(changed.options()).containsExactly("Gold", "Bronze");
        valueRefused(() -> saveValues(firms.clientA2, Map.of(tier.key(), "Silver")), "clients.custom-value.option.unknown",
                tier.key());
    }

    @Test
    void fieldsAreReorderedAsAWhole() {
        CustomFieldView a = define("Alpha", CustomFieldType.TEXT);
        CustomFieldView b = define("Beta", CustomFieldType.TEXT);
        CustomFieldView c = define("Gamma", CustomFieldType.TEXT);

        List<CustomFieldView> reordered = admin(() -> customFields.reorder(List.of(c.id(), a.id(), b.id())));
        refused(() -> admin(() -> customFields.reorder(List.of(a.id(), b.id()))), "clients.custom-field.order.incomplete");
        refused(() -> admin(() -> customFields.reorder(List.of(a.id(), a.id(), b.id()))),
                "clients.custom-field.order.incomplete");

        assertThat(reordered).extracting(CustomFieldView::label).containsExactly("Gamma", "Alpha", "Beta");
        assertThat(staff(() -> customFields.values(firms.clientA1))).extracting(CustomValueView::label)
                .containsExactly("Gamma", "Alpha", "Beta");
    }

    @Test
    void aStaleEditOfCustomValuesIsRefusedAndTheFirstEditIsKept() {
        String industry = define("Industry", CustomFieldType.TEXT).key();
        ClientProfile read = staff(() -> clients.profile(firms.clientA1));

        ClientProfile first = staff(() -> clients.updateProfile(firms.clientA1, read.version(),
                changes(read, Map.of(industry, "Mining"))));

        refused(() -> firms.as(firms.adminOfA(), () -> clients.updateProfile(firms.clientA1, read.version(),
                changes(read, Map.of(industry, "Banking")))), "clients.stale");
        assertThat(first.version()).isGreaterThan(read.version());
        assertThat(valuesOf(firms.clientA1)).containsEntry(industry, "Mining");
        ClientProfile second = staff(() -> clients.updateProfile(firms.clientA1, first.version(),
                changes(first, Map.of(industry, "Banking"))));
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(valuesOf(firms.clientA1)).containsEntry(industry, "Banking");
    }

    @Test
    void ofTwoSimultaneousEditsOfTheSameValueOneIsSavedAndTheOtherRefusedAsStale() throws Exception {
        String industry = define("Industry", CustomFieldType.TEXT).key();
        ClientProfile read = staff(() -> clients.profile(firms.clientA1));
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ClientProfile> first = pool.submit(() -> staff(() -> {
                ClientProfile saved = clients.updateProfile(firms.clientA1, read.version(),
                        changes(read, Map.of(industry, "Mining")));
                firstSaved.countDown();
                await(mayCommit);
                return saved;
            }));
            assertThat(firstSaved.await(20, TimeUnit.SECONDS)).isTrue();
            Future<ClientProfile> second = pool.submit(() -> firms.as(firms.adminOfA(), () -> clients.updateProfile(
                    firms.clientA1, read.version(), changes(read, Map.of(industry, "Banking")))));
            Thread.sleep(300);
            mayCommit.countDown();

            assertThat(first.get(20, TimeUnit.SECONDS).version()).isGreaterThan(read.version());
            assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DomainException.class).hasMessageStartingWith("clients.stale");
        } finally {
            mayCommit.countDown();
            pool.shutdownNow();
        }
        assertThat(valuesOf(firms.clientA1)).containsEntry(industry, "Mining");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStaleEditOfAFieldIsRefused() {
        CustomFieldView field = define("Industry", CustomFieldType.TEXT);
        admin(() -> customFields.change(field.id(), field.version(),
                new CustomFieldDefinition("Sector", CustomFieldType.TEXT, false, List.of())));

        refused(() -> admin(() -> customFields.change(field.id(), field.version(),
                new CustomFieldDefinition("Line of business", CustomFieldType.TEXT, false, List.of()))),
                "clients.custom-field.stale");
        assertThat(admin(() -> customFields.fields())).extracting(CustomFieldView::label).containsExactly("Sector");
    }

    @Test
    void mergingKeepsTheSurvivorsValuesAndTakesTheOnesItLacks() {
        String industry = define("Industry", CustomFieldType.TEXT).key();
        String reference = define("Reference", CustomFieldType.TEXT).key();
        saveValues(firms.clientA1, Map.of(industry, "Mining"));
        saveValues(firms.clientA2, Map.of(industry, "Banking", reference, "R-9"));

        admin(() -> clientMerges.merge(firms.clientA1, firms.clientA2));

        assertThat(valuesOf(firms.clientA1)).containsEntry(industry, "Mining").containsEntry(reference, "R-9");
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from client_custom_value where client_id = ?", Long.class, firms.clientA2))).isZero();
    }

    @Test
    void anotherFirmSeesNoneOfTheFieldsOrValuesAndMayUseTheSameLabels() {
        CustomFieldView industry = define("Industry", CustomFieldType.TEXT);
        saveValues(firms.clientA1, Map.of(industry.key(), "Mining"));
        Scope b = firms.adminOfB();

        assertThat(firms.as(b, () -> customFields.fields())).isEmpty();
        assertThat(firms.as(b, () -> customFields.values(firms.clientB1))).isEmpty();
        assertThat(firms.as(b, () -> customFields.values(firms.clientA1))).isEmpty();
        refused(() -> firms.as(b, () -> customFields.change(industry.id(), industry.version(),
                new CustomFieldDefinition("Taken over", CustomFieldType.TEXT, false, List.of()))),
                "clients.custom-field.not-found");
        valueRefused(() -> saveValues(b, firms.clientB1, Map.of(industry.key(), "Design")),
                "clients.custom-value.field.unknown", industry.key());
        assertThat(firms.as(b, () -> jdbc.queryForObject("select count(*) from client_custom_value", Long.class))).isZero();

        CustomFieldView ofB = firms.as(b, () -> customFields.define(
                new CustomFieldDefinition("Industry", CustomFieldType.SINGLE_CHOICE, false, List.of("Design"))));
        saveValues(b, firms.clientB1, Map.of(ofB.key(), "Design"));

        assertThat(ofB.key()).isEqualTo(industry.key());
        assertThat(valuesOf(firms.clientA1)).containsExactly(Map.entry(industry.key(), "Mining"));
    }
}
