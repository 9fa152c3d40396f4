package io.klien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class UserAccountsTests {

    @Autowired
    UserAccounts userAccounts;

    @Test
    void firstSignInCreatesTheAccountAndLaterOnesUpdateIt() {
        String subject = "subject-" + UUID.randomUUID();

        UserAccountView first = userAccounts.recordSignIn(new SignIn(subject, "lena@hartono-law.test", "Lena Hartono"));
        UserAccountView second = userAccounts.recordSignIn(new SignIn(subject, "lena.h@hartono-law.test", "Lena H."));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.signInCount()).isEqualTo(2);
        assertThat(second.email()).isEqualTo("lena.h@hartono-law.test");
        assertThat(second.displayName()).isEqualTo("Lena H.");
        assertThat(second.firstSignedInAt()).isEqualTo(first.firstSignedInAt());
        assertThat(userAccounts.findBySubject(subject)).contains(second);
    }

    @Test
    void blankDisplayNameFallsBackToTheEmail() {
        UserAccountView account = userAccounts.recordSignIn(
                new SignIn("subject-" + UUID.randomUUID(), "budi@maju-jaya.test", "  "));

        assertThat(account.displayName()).isEqualTo("budi@maju-jaya.test");
    }

    @Test
    void signInWithoutSubjectIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> userAccounts.recordSignIn(new SignIn(" ", "x@y.test", "X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(userAccounts.findBySubject(" ")).isEmpty();
    }
}
