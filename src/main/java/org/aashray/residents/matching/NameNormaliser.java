package org.aashray.residents.matching;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brings a name written in Devanagari, Bengali or Latin letters to one comparable Latin form, word by word: सीमा,
 * Seema and Sima all become "sima"; খাতুন, Khatoon and Khatun "katun". First ICU's transliteration (after dropping
 * the inherent vowels nobody pronounces, see {@link InherentVowels}), then the folding of the ways Indian names are
 * spelt in Latin letters: long vowels written double (ee, oo, aa), aspirates and the h of sh, kh, th... (which
 * the transliteration writes as s, k, t too), v and w for the Bengali b, z for j, ph for f, x for ks, doubled
 * letters, and an h at the end of a word.
 */
public final class NameNormaliser {

    /** Words that say who she is to someone, not who she is: left out of the comparison. */
    private static final Set<String> TITLES = Set.of("md", "mst", "mosamat", "mosammat", "musammat", "smt", "srimati",
            "srimoti", "kumari", "km", "sri", "demo");

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private NameNormaliser() {
    }

    /** The name's words in their folded form, titles left out; empty for a blank name. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) return out;
        String latin = TO_LATIN.get().transliterate(InherentVowels.dropSilent(name.strip()));
        for (String word : latin.split("[^a-z]+")) {
            String folded = fold(word);
            if (folded.length() >= 2 && !TITLES.contains(word) && !TITLES.contains(folded)) out.add(folded);
        }
        return out;
    }

    /** One word in lower-case ASCII letters, folded; see the class comment. */
    static String fold(String word) {
        String w = word.replace("ph", "f").replace("ck", "k").replace('q', 'k').replace("x", "ks").replace('z', 'j')
                .replace('w', 'b').replace('v', 'b');
        w = w.replace("ee", "i").replace("ii", "i").replace("oo", "u").replace("uu", "u").replace("ou", "o")
                .replace("au", "o");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            if (c == 'h' && (isConsonant(previous) || i == w.length() - 1 && !out.isEmpty())) {
                continue; // kh, th, sh, chh... and a final h are not written alike by everybody
            }
            if (c == 'y' && !out.isEmpty() && (i == w.length() - 1 || isConsonant(previous) && i + 1 < w.length()
                    && isConsonant(w.charAt(i + 1)))) {
                c = 'i'; // Sumy, Sumi
            }
            if (c == previous) continue; // Lalitta, Mammta
            out.append(c);
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }
}
