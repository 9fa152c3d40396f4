package io.klien.onboarding;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * The firm's onboarding templates: tenant admins edit them, staff read them. Editing a template that onboardings
 * already started from goes into a new draft version, which becomes current when published; running onboardings
 * keep their own copy either way.
 */
@FirmRoles(TENANT_ADMIN)
public interface OnboardingTemplates {

    /** The firm's templates by name; on first use the firm gets the template for its kind. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<TemplateSummary> list();

    /** The version new onboardings start from. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    TemplateView current(UUID templateId);

    /** What the editor opens: the draft when there is one, otherwise the current version. */
    TemplateView editable(UUID templateId);

    /** Any version of a template, e.g. the one a running onboarding was copied from. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    TemplateView version(UUID versionId);

    /** The template's versions, newest first, with how many onboardings started from each. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<TemplateVersionView> versions(UUID templateId);

    /** A new template; its first version is a draft until published. */
    TemplateView create(TemplateDefinition definition);

    /**
     * Saves the whole template as edited from the given revision (a stale revision is refused). The edit goes into
     * the draft; without one, into the current version as long as no onboarding started from it, otherwise into a
     * new draft.
     */
    TemplateView save(UUID templateId, long expectedRevision, TemplateDefinition definition);

    /** Makes the draft the version new onboardings start from; the previous one is kept as superseded. */
    TemplateView publish(UUID templateId, long expectedRevision);

    /** Throws the draft away; the current version stays. A template that was never published keeps its draft. */
    TemplateView discardDraft(UUID templateId, long expectedRevision);
}
