package org.aashray.security.accounts;

import org.aashray.base.InputChecks;

/** Passwords long enough to resist guessing on a shared reception computer. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads no further. */
    private static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy (one message: the first rule it breaks). */
    public static void check(String field, String password) {
        check(new InputChecks(), field, password).throwIfAny();
    }

    /** Adds the first rule the password breaks to a form's other checks. */
    public static InputChecks check(InputChecks checks, String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return checks.add(field, "security.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            return checks.add(field, "security.password.tooLong", MAX_LENGTH);
        }
        return checks.require(!password.isBlank() && password.chars().distinct().count() >= 4, field,
                "security.password.tooSimple");
    }
}
