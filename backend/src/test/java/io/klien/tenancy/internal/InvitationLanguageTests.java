package io.klien.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The invitation speaks the inviter's language when Klien has it (English, Bahasa Indonesia), else the firm's. */
class InvitationLanguageTests {

    @AfterEach
    void noRequest() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theInvitersRequestLanguageWinsWhenKlienSpeaksIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        assertThat(InvitationService.inviteeLanguage("en")).isEqualTo("id");
        LocaleContextHolder.setLocale(Locale.UK);
        assertThat(InvitationService.inviteeLanguage("id")).isEqualTo("en");
    }

    @Test
    void otherwiseTheFirmsLanguage() {
        assertThat(InvitationService.inviteeLanguage("id")).as("outside a request").isEqualTo("id");
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(InvitationService.inviteeLanguage("id")).as("a language Klien does not speak").isEqualTo("id");
    }
}
