package org.aashray.security.accounts;

import java.util.List;
import java.util.Locale;

/**
 * Passwords long enough but guessed in a moment: only digits (a phone number, a date), a few characters repeated,
 * or one run along the alphabet, the digits or the keyboard. Each answers the message key of what is wrong.
 */
final class TrivialPasswords {

    /** Runs a person types without thinking, in either direction; doubled so a run may go round the end. */
    private static final List<String> RUNS = List.of(
            "01234567890123456789",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "1q2w3e4r5t6y7u8i9o0p1q2w3e4r5t6y7u8i9o0p");

    private TrivialPasswords() {
    }

    /** The message key of the first trivial pattern the password follows, or null. */
    static String problem(String password) {
        int[] cps = password.codePoints().toArray();
        if (password.chars().allMatch(Character::isDigit)) {
            return "security.password.allDigits";
        }
        if (password.isBlank() || password.codePoints().distinct().count() < 4) {
            return "security.password.tooSimple";
        }
        if (repeatsAShorterPart(cps)) {
            return "security.password.repeated";
        }
        if (isRun(password.toLowerCase(Locale.ROOT), cps)) {
            return "security.password.sequence";
        }
        return null;
    }

    /** "abcdabcdab", "passwordpassword": the whole is a shorter part said at least twice. */
    private static boolean repeatsAShorterPart(int[] cps) {
        for (int period = 1; period <= cps.length / 2; period++) {
            boolean repeats = true;
            for (int i = period; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** A piece of a known run, forwards or backwards, or successive letters of any script (कखगघङ...). */
    private static boolean isRun(String lower, int[] cps) {
        String reversed = new StringBuilder(lower).reverse().toString();
        for (String run : RUNS) {
            if (run.contains(lower) || run.contains(reversed)) {
                return true;
            }
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < cps.length; i++) {
            up &= cps[i] == cps[i - 1] + 1;
            down &= cps[i] == cps[i - 1] - 1;
        }
        return up || down;
    }
}
