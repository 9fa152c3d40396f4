package io.klien.onboarding.internal;

import static io.klien.onboarding.FieldType.DATE;
import static io.klien.onboarding.FieldType.EMAIL;
import static io.klien.onboarding.FieldType.LONG_TEXT;
import static io.klien.onboarding.FieldType.MONEY;
import static io.klien.onboarding.FieldType.MULTI_CHOICE;
import static io.klien.onboarding.FieldType.PHONE;
import static io.klien.onboarding.FieldType.SINGLE_CHOICE;
import static io.klien.onboarding.FieldType.TEXT;
import static io.klien.onboarding.FieldType.YES_NO;
import static io.klien.onboarding.StepSide.CLIENT;
import static io.klien.onboarding.StepSide.FIRM;

import java.util.List;
import java.util.stream.IntStream;

import io.klien.clients.ClientKind;
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.FormField;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.shared.SeedTexts;
import io.klien.tenancy.TenantKind;

/** The template a firm starts with, by the kind of firm it is; tenant admins adapt it from there. */
final class SeedTemplates {

    private static final List<String> DOCUMENT_TYPES = List.of("pdf", "jpg", "jpeg", "png");
    private static final List<String> ASSET_TYPES = List.of("pdf", "png", "jpg", "jpeg", "svg", "ai", "eps", "zip");
    private static final List<String> RECORD_TYPES = List.of("pdf", "xlsx", "xls", "csv", "zip");

    private SeedTemplates() {
    }

    static List<TemplateDefinition> forKind(TenantKind kind) {
        return forKind(kind, "en");
    }

    /** The starting template in the firm's language ({@code seed-texts/onboarding*.properties}). */
    static List<TemplateDefinition> forKind(TenantKind kind, String firmLocale) {
        SeedTexts texts = SeedTexts.of("onboarding", firmLocale);
        return List.of(switch (kind) {
            case LAW_FIRM -> translated(lawFirm(), "law", texts);
            case MARKETING_AGENCY -> translated(agency(), "agency", texts);
            case ACCOUNTING_FIRM -> translated(accountingFirm(), "accounting", texts);
            case DESIGN_STUDIO -> translated(designStudio(), "design", texts);
            default -> translated(general(), "general", texts);
        });
    }

    private static TemplateDefinition translated(TemplateDefinition t, String prefix, SeedTexts texts) {
        return new TemplateDefinition(texts.text(prefix + ".name", t.name()),
                t.description() == null ? null : texts.text(prefix + ".description", t.description()),
                t.serviceLine() == null ? null : texts.text(prefix + ".service-line", t.serviceLine()),
                t.clientKind(), t.steps().stream().map(step -> translated(step, prefix + "." + step.key(), texts)).toList());
    }

    private static StepDefinition translated(StepDefinition s, String prefix, SeedTexts texts) {
        DocumentRequirements documents = s.documents() == null ? null : new DocumentRequirements(
                texts.text(prefix + ".documents", s.documents().what()), s.documents().acceptedTypes(),
                s.documents().maxSizeMb(), s.documents().maxFiles());
        List<FormField> fields = s.fields().stream().map(f -> new FormField(f.key(),
                texts.text(prefix + ".field." + f.key(), f.label()), f.type(), f.required(),
                IntStream.range(0, f.options().size()).mapToObj(i -> texts.text(
                        prefix + ".field." + f.key() + ".option." + (i + 1), f.options().get(i))).toList(),
                f.maxLength(), f.min(), f.max())).toList();
        return new StepDefinition(s.key(), texts.text(prefix + ".title", s.title()),
                s.instructions() == null ? null : texts.text(prefix + ".instructions", s.instructions()), s.type(),
                s.ownerSide(), s.assigneeRole(), s.assigneeSubject(), s.dueOffsetDays(), s.required(),
                s.prerequisites(), fields, documents);
    }

    private static StepDefinition kickoff(String... after) {
        return StepDefinition.of("kickoff", "Kickoff meeting", StepType.KICKOFF_MEETING, FIRM)
                .instructions("Meet the client's team, agree on ways of working and the first milestones.")
                .assignedTo(AssigneeRole.REPRESENTATIVE, null).dueAfterDays(14).after(after);
    }

    private static TemplateDefinition lawFirm() {
        return new TemplateDefinition("New matter intake", "Intake, conflict check, identity verification, engagement "
                + "letter, documents and kickoff for a new client matter.", "Legal services", null, List.of(
                StepDefinition.of("intake", "Intake form", StepType.INTAKE_FORM, CLIENT)
                        .instructions("Tell us about yourself and the matter you need help with.")
                        .dueAfterDays(3)
                        .withFields(
                                FormField.of("legal-name", "Full legal name (person or company)", TEXT, true),
                                FormField.of("registration-number", "Company registration number (NIB), if any", TEXT, false),
                                FormField.of("email", "Email address", EMAIL, true),
                                FormField.of("phone", "Phone number", PHONE, true),
                                FormField.choice("matter-type", "Type of matter", SINGLE_CHOICE, true,
                                        "Litigation", "Corporate", "Employment", "Property", "Other"),
                                FormField.of("matter-summary", "Describe the matter", LONG_TEXT, true),
                                FormField.of("other-parties", "Other parties involved (one per line)", LONG_TEXT, false),
                                FormField.of("deadline", "Any court date or deadline", DATE, false),
                                FormField.of("estimated-value", "Estimated value in dispute", MONEY, false),
                                FormField.of("urgent", "Is the matter urgent?", YES_NO, true)),
                StepDefinition.of("conflict-check", "Conflict-of-interest check", StepType.CONFLICT_CHECK, FIRM)
                        .instructions("Search the client and every other party named in the intake form.")
                        .assignedTo(AssigneeRole.REPRESENTATIVE, null).dueAfterDays(5).after("intake"),
                StepDefinition.of("kyc", "Identity verification (KYC)", StepType.KYC, FIRM)
                        .instructions("Verify the identity of the client or its authorised signatory.")
                        .assignedTo(AssigneeRole.STAFF, null).dueAfterDays(7).after("intake"),
                StepDefinition.of("engagement-letter", "Engagement letter signed", StepType.ENGAGEMENT_LETTER, FIRM)
                        .assignedTo(AssigneeRole.REPRESENTATIVE, null).dueAfterDays(10).after("conflict-check", "kyc"),
                StepDefinition.of("documents", "Identity and company documents", StepType.DOCUMENT_REQUEST, CLIENT)
                        .instructions("Upload your ID card or passport, and for a company its deed of establishment.")
                        .dueAfterDays(7).withDocuments(new DocumentRequirements(
                                "ID card or passport; deed of establishment and latest amendments", DOCUMENT_TYPES, 10, 10)),
                kickoff("engagement-letter")));
    }

    private static TemplateDefinition agency() {
        return new TemplateDefinition("Brand onboarding", "Brand assets, the creative brief and the kickoff for a new "
                + "account.", "Brand and campaigns", ClientKind.ORGANIZATION, List.of(
                StepDefinition.of("brand-assets", "Brand assets", StepType.DOCUMENT_REQUEST, CLIENT)
                        .instructions("Share your logo files, brand guidelines, fonts and recent campaign material.")
                        .dueAfterDays(5).withDocuments(new DocumentRequirements(
                                "Logo files, brand guidelines, fonts, recent campaigns", ASSET_TYPES, 50, 20)),
                StepDefinition.of("brief", "Intake brief", StepType.INTAKE_FORM, CLIENT)
                        .dueAfterDays(5)
                        .withFields(
                                FormField.of("objectives", "What should this work achieve?", LONG_TEXT, true),
                                FormField.of("audience", "Who is the audience?", LONG_TEXT, true),
                                FormField.choice("channels", "Channels", MULTI_CHOICE, true,
                                        "Social media", "Search", "Video", "Print", "Outdoor", "Events"),
                                FormField.of("budget", "Budget", MONEY, false),
                                FormField.of("launch-date", "Target launch date", DATE, false),
                                FormField.of("approver-email", "Who approves the work (email)", EMAIL, true)),
                kickoff("brand-assets", "brief").dueAfterDays(10)));
    }

    private static TemplateDefinition accountingFirm() {
        return new TemplateDefinition("New client onboarding", "Prior-year records, identity verification and the "
                + "engagement letter.", "Accounting and tax", null, List.of(
                StepDefinition.of("prior-year-records", "Prior-year records", StepType.DOCUMENT_REQUEST, CLIENT)
                        .instructions("Upload last year's financial statements, tax returns and general ledger.")
                        .dueAfterDays(10).withDocuments(new DocumentRequirements(
                                "Financial statements, tax returns (SPT) and general ledger of the prior year",
                                RECORD_TYPES, 25, 20)),
                StepDefinition.of("kyc", "Identity verification (KYC)", StepType.KYC, FIRM)
                        .assignedTo(AssigneeRole.STAFF, null).dueAfterDays(5),
                StepDefinition.of("engagement-letter", "Engagement letter signed", StepType.ENGAGEMENT_LETTER, FIRM)
                        .assignedTo(AssigneeRole.REPRESENTATIVE, null).dueAfterDays(10).after("kyc")));
    }

    private static TemplateDefinition designStudio() {
        return new TemplateDefinition("Design project onboarding", "The design brief, existing assets and the kickoff.",
                "Design", null, List.of(
                StepDefinition.of("brief", "Design brief", StepType.INTAKE_FORM, CLIENT)
                        .dueAfterDays(3)
                        .withFields(
                                FormField.of("project", "What are we designing?", LONG_TEXT, true),
                                FormField.choice("deliverables", "Deliverables", MULTI_CHOICE, true,
                                        "Logo", "Visual identity", "Website", "Packaging", "Print", "Illustration"),
                                FormField.of("references", "Designs you like (links)", LONG_TEXT, false),
                                FormField.of("budget", "Budget", MONEY, false),
                                FormField.of("deadline", "Deadline", DATE, false)),
                StepDefinition.of("assets", "Existing assets", StepType.DOCUMENT_REQUEST, CLIENT)
                        .instructions("Share logos, photos and copy we should work with.")
                        .dueAfterDays(5).optional().withDocuments(new DocumentRequirements(
                                "Logos, photos, copy", ASSET_TYPES, 50, 20)),
                kickoff("brief").dueAfterDays(7)));
    }

    private static TemplateDefinition general() {
        return new TemplateDefinition("Client onboarding", "Intake, documents and kickoff.", null, null, List.of(
                StepDefinition.of("intake", "Intake form", StepType.INTAKE_FORM, CLIENT)
                        .dueAfterDays(3)
                        .withFields(
                                FormField.of("legal-name", "Full legal name", TEXT, true),
                                FormField.of("email", "Email address", EMAIL, true),
                                FormField.of("phone", "Phone number", PHONE, false),
                                FormField.of("needs", "What do you need from us?", LONG_TEXT, true)),
                StepDefinition.of("documents", "Documents", StepType.DOCUMENT_REQUEST, CLIENT)
                        .dueAfterDays(7).withDocuments(new DocumentRequirements("Documents we need to start",
                                DOCUMENT_TYPES, 10, 10)),
                kickoff("intake").dueAfterDays(10)));
    }
}
