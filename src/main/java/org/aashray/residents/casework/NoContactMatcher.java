package org.aashray.residents.casework;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.residents.matching.NameNormaliser;
import org.aashray.residents.matching.NameSimilarity;

/**
 * Whether something recorded (a name, a phone number, or free text holding both) points at a no-contact entry: every
 * word of the entry's name is found among the words recorded, compared across scripts and spellings as the
 * returning-survivor match compares them ("Ramesh Yadav" in "her uncle रमेश यादव"), or the entry's number is written
 * somewhere in it ("+91 98300 12345" in "call 098300-12345 after six").
 */
public final class NoContactMatcher {

    /** A number as people write it: digits with spaces, dashes, dots, slashes or brackets between them. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d ()./-]*\\d");

    private NoContactMatcher() {
    }

    public static boolean matches(NoContact entry, String recorded) {
        if (recorded == null || recorded.isBlank()) return false;
        return numberIn(entry.getPhoneKey(), recorded) || nameIn(entry.getPersonName(), recorded);
    }

    static boolean nameIn(String name, String recorded) {
        List<String> wanted = NameNormaliser.words(name);
        return !wanted.isEmpty() && NameSimilarity.allFound(wanted, NameNormaliser.words(recorded));
    }

    /** Mobile numbers by their last ten digits (a +91 or 0 in front changes nothing); a shorter landline whole. */
    static boolean numberIn(String key, String recorded) {
        if (key == null) return false;
        Matcher m = NUMBER.matcher(recorded);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            boolean found = key.length() >= 10 ? digits.contains(key)
                    : digits.endsWith(key) && digits.length() <= key.length() + 3;
            if (found) return true;
        }
        return false;
    }
}
