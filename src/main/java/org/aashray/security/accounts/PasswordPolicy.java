package org.aashray.security.accounts;

import java.nio.charset.StandardCharsets;
import org.aashray.base.InputChecks;

/**
 * Passwords long enough to resist guessing on a shared reception computer, kept whole by bcrypt, and none that an
 * attacker tries first. Every place a password is set (own change, an administrator's reset or new account, the
 * first administrator) goes through here.
 */
public final class PasswordPolicy {

    /** Counted in characters: what a person counts when she types. */
    static final int MIN_LENGTH = 10;
    /**
     * Counted in UTF-8 bytes: bcrypt reads no further, so a longer password would not be kept as typed. A Latin
     * letter takes one byte, a Devanagari or Bengali letter or sign three.
     */
    static final int MAX_BYTES = 72;
    private static final int BYTES_OF_AN_INDIC_LETTER = 3;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy (one message: the first rule it breaks). */
    public static void check(String field, String password) {
        check(new InputChecks(), field, password).throwIfAny();
    }

    /** Adds the first rule the password breaks to a form's other checks. */
    public static InputChecks check(InputChecks checks, String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return checks.add(field, "security.password.tooShort", MIN_LENGTH);
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return checks.add(field, "security.password.tooLong", MAX_BYTES, bytes, MAX_BYTES / BYTES_OF_AN_INDIC_LETTER);
        }
        String trivial = TrivialPasswords.problem(password);
        if (trivial != null) {
            return checks.add(field, trivial);
        }
        return checks.require(!CommonPasswords.contains(password), field, "security.password.common");
    }

    /** Whether a password meets every rule (for passwords the application makes itself). */
    public static boolean accepts(String password) {
        return check(new InputChecks(), "password", password).isEmpty();
    }
}
