package org.aashray.residents.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the inherent vowel of Devanagari and Bengali consonants where Hindi and Bengali do not pronounce it, before
 * the name is transliterated: a transliteration keeps every written vowel, so खातून would read "khatuna" and शबनम
 * "shabanama", while people write Khatun and Shabnam. The usual rule: a word's last inherent vowel is silent
 * (unless it follows a conjunct, as in इन्द्र), and so is one between a syllable with a vowel and a consonant
 * with a vowel (श-ब-न-म: the vowel of ब). Marking a consonant with a virama is how the script itself says
 * "no vowel", so the transliterator then writes none.
 */
final class InherentVowels {

    private InherentVowels() {
    }

    /** The word (any text) with a virama after each consonant whose inherent vowel is silent; other text unchanged. */
    static String dropSilent(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            if (script(text.charAt(i)) == null) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && script(text.charAt(end)) != null) end++;
            out.append(word(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private enum Kind { VOWEL, BARE, CLUSTER, OTHER }

    private record Unit(int start, int end, Kind kind) {
    }

    private static String word(String w) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            Script s = script(c);
            int start = i++;
            if (s.isConsonant(c)) {
                if (i < w.length() && w.charAt(i) == s.nukta) i++;
                Kind kind = Kind.BARE;
                if (i < w.length() && w.charAt(i) == s.virama) {
                    kind = Kind.CLUSTER;
                    i++;
                } else if (i < w.length() && s.isVowelSign(w.charAt(i))) {
                    kind = Kind.VOWEL;
                    i++;
                } else if (c == s.noVowelConsonant) {
                    kind = Kind.CLUSTER;
                }
                // a nasal or visarga after the consonant is spoken with its vowel: the vowel stays
                while (i < w.length() && s.isModifier(w.charAt(i))) {
                    if (kind == Kind.BARE) kind = Kind.VOWEL;
                    i++;
                }
                units.add(new Unit(start, i, kind));
            } else if (s.isIndependentVowel(c)) {
                while (i < w.length() && s.isModifier(w.charAt(i))) i++;
                units.add(new Unit(start, i, Kind.VOWEL));
            } else {
                units.add(new Unit(start, i, Kind.OTHER));
            }
        }
        boolean[] silent = new boolean[units.size()];
        int last = units.size() - 1;
        if (last >= 1 && units.get(last).kind == Kind.BARE && units.get(last - 1).kind != Kind.CLUSTER) {
            silent[last] = true;
        }
        for (int u = last - 1; u >= 1; u--) {
            if (units.get(u).kind != Kind.BARE) continue;
            boolean vowelBefore = hasVowel(units.get(u - 1)) && !silent[u - 1];
            boolean vowelAfter = hasVowel(units.get(u + 1)) && !silent[u + 1];
            if (vowelBefore && vowelAfter) silent[u] = true;
        }
        StringBuilder out = new StringBuilder(w.length() + 4);
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            out.append(w, unit.start, unit.end);
            if (silent[u]) out.append(script(w.charAt(unit.start)).virama);
        }
        return out.toString();
    }

    private static boolean hasVowel(Unit u) {
        return u.kind == Kind.VOWEL || u.kind == Kind.BARE;
    }

    private static Script script(char c) {
        if (c >= 0x0900 && c <= 0x097F) return Script.DEVANAGARI;
        if (c >= 0x0980 && c <= 0x09FF) return Script.BENGALI;
        return null;
    }

    /** The two scripts' code points: both follow the same ISCII layout, Bengali 0x80 above Devanagari. */
    private enum Script {
        DEVANAGARI(0x0900, '\u0000'), BENGALI(0x0980, '\u09CE');

        final int base;
        final char nukta;
        final char virama;
        final char noVowelConsonant;

        Script(int base, char noVowelConsonant) {
            this.base = base;
            this.nukta = (char) (base + 0x3C);
            this.virama = (char) (base + 0x4D);
            this.noVowelConsonant = noVowelConsonant;
        }

        boolean isConsonant(char c) {
            int o = c - base;
            return o >= 0x15 && o <= 0x39 || o >= 0x58 && o <= 0x5F || c == noVowelConsonant
                    || this == BENGALI && (o == 0x70 || o == 0x71)
                    || this == DEVANAGARI && o >= 0x78 && o <= 0x7F;
        }

        boolean isVowelSign(char c) {
            int o = c - base;
            return o >= 0x3A && o <= 0x4C && o != 0x3C && o != 0x3D || o >= 0x4E && o <= 0x4F || o >= 0x55 && o <= 0x57
                    || o >= 0x62 && o <= 0x63;
        }

        boolean isIndependentVowel(char c) {
            int o = c - base;
            return o >= 0x04 && o <= 0x14 || o >= 0x60 && o <= 0x61 || this == DEVANAGARI && o >= 0x72 && o <= 0x77;
        }

        boolean isModifier(char c) {
            int o = c - base;
            return o >= 0x00 && o <= 0x03;
        }
    }
}
