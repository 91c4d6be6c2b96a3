package org.aashray.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(new byte[32]);

    @Test
    void the_same_note_encrypts_differently_each_time_and_decrypts_back() {
        String a = cipher.encrypt("सीमा spoke about her village");
        String b = cipher.encrypt("सीमा spoke about her village");
        assertThat(a).isNotEqualTo(b).doesNotContain("village");
        assertThat(cipher.decrypt(a)).isEqualTo("सीमा spoke about her village");
    }

    @Test
    void an_altered_value_or_a_wrong_key_is_refused_rather_than_shown() {
        String sealed = cipher.encrypt("confidential");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(raw))).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new FieldCipher(other).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_application_refuses_to_start_without_a_key_outside_the_demo_profile() {
        assertThatThrownBy(() -> new CryptoConfig().fieldCipher(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aashray.crypto.notes-key");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        FieldCipher demoCipher = new CryptoConfig().fieldCipher(demo); // the same key the test application uses
        assertThat(demoCipher.decrypt(demoCipher.encrypt("x"))).isEqualTo("x");
        // (a configured key is not tried here: it would replace the running test application's key)
    }
}
