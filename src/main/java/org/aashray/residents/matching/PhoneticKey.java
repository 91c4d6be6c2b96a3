package org.aashray.residents.matching;

/**
 * The key under which a folded name word is indexed: its first letter (any vowel counts as "a") and then its
 * consonants, y left out, no letter twice in a row. Spellings of one name share it (Kamala and Kamla: "kml";
 * Mandal and Mondal: "mndl"), so the database finds candidates by the key alone and the edit distance decides.
 */
public final class PhoneticKey {

    /** The key column's width; no name word has that many consonants, but a typed string may. */
    static final int MAX_LENGTH = 24;

    private PhoneticKey() {
    }

    public static String of(String foldedWord) {
        StringBuilder key = new StringBuilder(foldedWord.length());
        for (int i = 0; i < foldedWord.length(); i++) {
            char c = foldedWord.charAt(i);
            char k;
            if (i == 0) {
                k = NameNormaliser.isVowel(c) ? 'a' : c;
            } else if (NameNormaliser.isVowel(c) || c == 'y') {
                continue;
            } else {
                k = c;
            }
            if (key.isEmpty() || key.charAt(key.length() - 1) != k) key.append(k);
            if (key.length() == MAX_LENGTH) break;
        }
        return key.toString();
    }
}
