package org.aashray.security.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first: SecLists' 10,000 most common passwords, shipped in the jar
 * ({@code /security/common-passwords.txt}, MIT licence beside it). Read once, on first use.
 */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private CommonPasswords() {
    }

    /**
     * On the list, ignoring case, as typed or with digits and signs added before or after it ("Password@123",
     * "iloveyou2024"): that is how most people lengthen a common password to meet a minimum length.
     */
    static boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (Holder.LIST.contains(lower)) {
            return true;
        }
        String word = lettersInside(lower);
        return word.length() >= 4 && !word.equals(lower) && Holder.LIST.contains(word);
    }

    static int size() {
        return Holder.LIST.size();
    }

    /** The password without the non-letters at its start and end. */
    private static String lettersInside(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.codePointAt(start))) {
            start += Character.charCount(password.codePointAt(start));
        }
        while (end > start && !Character.isLetter(password.codePointBefore(end))) {
            end -= Character.charCount(password.codePointBefore(end));
        }
        return password.substring(start, end);
    }

    private static final class Holder {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing from the classpath: " + RESOURCE);
                }
                Set<String> list = new HashSet<>(16_000);
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    lines.lines().map(String::strip).filter(s -> !s.isEmpty())
                            .forEach(s -> list.add(s.toLowerCase(Locale.ROOT)));
                }
                return Set.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
