package org.aashray.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.aashray.base.InputChecks;
import org.aashray.base.ValidationException.FieldError;
import org.junit.jupiter.api.Test;

/** Issue #21, finding 7: the rules every new password meets, wherever it is set. */
class PasswordPolicyTest {

    /** 34 letters and signs, 90 bytes: bcrypt would have kept only the first 72. */
    static final String LONG_HINDI = "नदी किनारे मेरा गाँव बहुत सुंदर है";
    /** 26 letters and signs, 70 bytes: kept whole. */
    static final String HINDI_THAT_FITS = "नदी किनारे मेरा गाँव सुंदर";

    private static List<FieldError> refusals(String password) {
        return PasswordPolicy.check(new InputChecks(), "newPassword", password).errors();
    }

    private static String refusal(String password) {
        List<FieldError> errors = refusals(password);
        assertThat(errors).as(password).hasSize(1);
        assertThat(errors.getFirst().field()).isEqualTo("newPassword");
        return errors.getFirst().messageKey();
    }

    @Test
    void a_password_longer_than_bcrypt_keeps_is_refused_by_its_bytes_not_its_letters() {
        assertThat(LONG_HINDI.length()).isLessThan(72);
        assertThat(LONG_HINDI.getBytes(StandardCharsets.UTF_8)).hasSize(90);
        FieldError error = refusals(LONG_HINDI).getFirst();
        assertThat(error.messageKey()).isEqualTo("security.password.tooLong");
        assertThat(error.args()).containsExactly(72, 90, 24);

        assertThat(refusals(HINDI_THAT_FITS)).isEmpty();
        String seventyTwo = "my village by the river is lovely in march and the mangoes are sweet too";
        assertThat(seventyTwo.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(refusals(seventyTwo)).isEmpty();
        assertThat(refusal(seventyTwo + "!")).isEqualTo("security.password.tooLong");
    }

    @Test
    void digits_alone_repetitions_and_runs_are_refused_however_long() {
        assertThat(refusal("1234567890")).isEqualTo("security.password.allDigits");
        assertThat(refusal("9830012345")).isEqualTo("security.password.allDigits");
        assertThat(refusal("aaaaaaaaaaaa")).isEqualTo("security.password.tooSimple");
        assertThat(refusal("abcdabcdabcd")).isEqualTo("security.password.repeated");
        assertThat(refusal("passwordpassword")).isEqualTo("security.password.repeated");
        assertThat(refusal("abcdefghijkl")).isEqualTo("security.password.sequence");
        assertThat(refusal("ZYXWVUTSRQ")).isEqualTo("security.password.sequence");
        assertThat(refusal("qwertyuiop")).isEqualTo("security.password.sequence");
        assertThat(refusal("1qaz2wsx3edc")).isEqualTo("security.password.sequence");
        assertThat(refusal("कखगघङचछजझञ")).isEqualTo("security.password.sequence");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case_and_with_digits_or_signs_around_them() {
        assertThat(refusal("basketball")).isEqualTo("security.password.common");
        assertThat(refusal("BasketBall")).isEqualTo("security.password.common");
        assertThat(refusal("Charlie123")).isEqualTo("security.password.common");
        assertThat(refusal("Password@123")).isEqualTo("security.password.common");
        assertThat(refusal("India@2024")).isEqualTo("security.password.common");
        assertThat(refusal("iloveyou2024!")).isEqualTo("security.password.common");
    }

    @Test
    void ordinary_passphrases_pass() {
        assertThat(refusals("my own long password")).isEmpty();
        assertThat(refusals("aashray-demo")).isEmpty();
        assertThat(refusals("Sunita likes mangoes")).isEmpty();
        assertThat(refusals(HINDI_THAT_FITS)).isEmpty();
        assertThat(refusal("short")).isEqualTo("security.password.tooShort");
    }

    @Test
    void the_list_of_common_passwords_ships_with_the_application_and_its_licence() {
        assertThat(CommonPasswords.size()).isEqualTo(10_000);
        assertThat(CommonPasswords.class.getResource("/security/common-passwords.LICENSE.txt")).isNotNull();
    }

    @Test
    void the_first_administrators_one_time_password_meets_the_policy() {
        InitialAdminAccount first = new InitialAdminAccount(null, null, Clock.systemUTC());
        for (int i = 0; i < 1_000; i++) {
            assertThat(PasswordPolicy.accepts(first.randomPassword())).isTrue();
        }
    }
}
