package io.klien.projects;

import io.klien.contracts.FeeModel;
import io.klien.tenancy.TenantKind;
import org.jspecify.annotations.Nullable;

/** What a project is called in the firm's trade: a law firm runs matters, an agency campaigns and retainers. */
public enum ProjectKind {
    MATTER, CAMPAIGN, RETAINER, ENGAGEMENT, ANNUAL_CLOSE, PROJECT;

    /** The kind a project made from a contract gets in a firm of this kind, paid under this fee model. */
    public static ProjectKind forFirm(TenantKind firm, @Nullable FeeModel fee) {
        return switch (firm) {
            case LAW_FIRM -> MATTER;
            case MARKETING_AGENCY -> fee == FeeModel.MONTHLY_RETAINER ? RETAINER : CAMPAIGN;
            case ACCOUNTING_FIRM -> ENGAGEMENT;
            case DESIGN_STUDIO, INSURANCE_AGENCY, REAL_ESTATE_AGENCY, OTHER -> PROJECT;
        };
    }
}
