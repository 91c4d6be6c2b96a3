package org.aashray.base.crypto;

import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The key for confidential columns comes from {@code aashray.crypto.notes-key} (base64 of 32 random bytes,
 * e.g. {@code openssl rand -base64 32}). Only the demo profile (the embedded database of a first run, and
 * the tests) may fall back to a published development key; any other start without a key is refused,
 * because notes written with a known key would not be confidential.
 */
@Configuration
class CryptoConfig {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfig.class);
    /** Public, for demos only: never protects real data (the application refuses it outside the demo profile). */
    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1hYXNocmF5LTAwMDAwMDAwMDA=";

    @Bean
    FieldCipher fieldCipher(Environment env) {
        String configured = env.getProperty("aashray.crypto.notes-key");
        byte[] key;
        if (StringUtils.hasText(configured)) {
            key = Base64.getDecoder().decode(configured.trim());
        } else if (env.acceptsProfiles(Profiles.of("demo"))) {
            log.warn("aashray.crypto.notes-key is not set: using the public DEMO key (demo profile only)");
            key = Base64.getDecoder().decode(DEMO_KEY);
        } else {
            throw new IllegalStateException("aashray.crypto.notes-key (AASHRAY_CRYPTO_NOTES_KEY) must be set: "
                    + "base64 of 32 random bytes, e.g. `openssl rand -base64 32`. Keep it safe: without it notes cannot be read.");
        }
        FieldCipher cipher = new FieldCipher(key);
        Arrays.fill(key, (byte) 0);
        EncryptedText.use(cipher);
        return cipher;
    }
}
