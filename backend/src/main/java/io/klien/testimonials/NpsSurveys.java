package io.klien.testimonials;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import org.jspecify.annotations.Nullable;

/**
 * NPS surveys: on the firm's schedule each contact of an active client is asked "how likely are you to recommend
 * us" (0 to 10, with an optional comment), once per interval; portal users answer in the portal, anyone else through
 * a single-use link, each survey once. A detractor's answer opens a follow-up for the client's representative.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface NpsSurveys {

    /** The longest comment, in characters. */
    int COMMENT_MAX = 2000;

    /** The firm's NPS schedule (the defaults until an admin sets it). */
    NpsSettings settings();

    /** A tenant admin sets the firm's NPS schedule. */
    @FirmRoles(TENANT_ADMIN)
    NpsSettings changeSettings(NpsSettings settings);

    /** Sends the surveys due now in the active firm (the scheduled run); returns how many it sent. */
    @OpenOnPurpose(reason = "The scheduler's step for one firm, run as system work in that firm")
    int sendDue();

    /** The surveys sent to a client's contacts, newest first. */
    List<NpsSurveyView> ofClient(UUID clientId);

    /** The firm's net promoter score over the answers of the last {@code days} days. */
    NetPromoterScore firmScore(int days);

    /** The client user's open surveys in the portal, newest first. */
    @FirmRoles(CLIENT)
    List<NpsSurveyView> openForMe();

    /** The client user answers their own open survey; a second answer is refused. */
    @FirmRoles(CLIENT)
    NpsSurveyView answer(UUID surveyId, int score, @Nullable String comment);

    /** The survey behind a single-use link while it can be answered; refused for a used, expired or forged one. */
    @OpenOnPurpose(reason = "A contact without a portal account opens the single-use link; the token decides")
    NpsSurveyView surveyOfLink(String token);

    /** A contact answers through the single-use link; a used, expired or forged link saves nothing. */
    @OpenOnPurpose(reason = "A contact without a portal account answers through the single-use link; the token decides")
    NpsSurveyView answerByLink(String token, int score, @Nullable String comment);
}
