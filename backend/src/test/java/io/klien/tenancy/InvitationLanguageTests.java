package io.klien.tenancy;

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
        assertThat(Invitations.inviteeLanguage("en")).isEqualTo("id");
        LocaleContextHolder.setLocale(Locale.UK);
        assertThat(Invitations.inviteeLanguage("id")).isEqualTo("en");
    }

    @Test
    void otherwiseTheFirmsLanguage() {
        assertThat(Invitations.inviteeLanguage("id")).as("outside a request").isEqualTo("id");
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(Invitations.inviteeLanguage("id")).as("a language Klien does not speak").isEqualTo("id");
    }
}
