package org.aashray.security;

import org.aashray.base.ValidationException;

/** Passwords long enough to resist guessing on a shared reception computer. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException(field, "security.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > 72) { // bcrypt reads no further
            throw new ValidationException(field, "security.password.tooLong", 72);
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new ValidationException(field, "security.password.tooSimple");
        }
    }
}
