package org.aashray.residents.matching;

import java.util.List;

/**
 * Whether two names may be the same person's, and how alike they are. Words are compared in their folded form
 * ({@link NameNormaliser}): two words agree when they share the phonetic key and differ in at most one letter in
 * five (Damerau-Levenshtein, so a swapped pair counts once): Kamla and Kamala agree, Sima and Soma do not, nor
 * Sunita and Sumita (another key). Two names agree when every word of the shorter one agrees with a word of the
 * other, so "Seema" finds "Seema Khatun", while "Seema Khatun" does not find "Seema Kumari".
 */
public final class NameSimilarity {

    /** Least share of letters two words must have in common, in the edit-distance sense. */
    static final double WORD_THRESHOLD = 0.8;

    private NameSimilarity() {
    }

    /** Convenience for the names as typed, in any script. */
    public static double score(String a, String b) {
        return score(NameNormaliser.words(a), NameNormaliser.words(b));
    }

    public static boolean matches(String a, String b) {
        return score(a, b) > 0;
    }

    /**
     * 0 when the names do not agree; otherwise the mean likeness (above 0.8 up to 1) of the shorter name's words to
     * their best partners.
     */
    public static double score(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        double sum = 0;
        boolean[] used = new boolean[longer.size()];
        for (String word : shorter) {
            double best = 0;
            int bestAt = -1;
            for (int i = 0; i < longer.size(); i++) {
                if (used[i]) continue;
                double s = wordScore(word, longer.get(i));
                if (s > best) {
                    best = s;
                    bestAt = i;
                }
            }
            if (bestAt < 0) return 0;
            used[bestAt] = true;
            sum += best;
        }
        return sum / shorter.size();
    }

    /**
     * Whether every word of {@code wanted} agrees with a word of {@code among}, each word used once: "Ramesh Yadav"
     * is found in "uncle रमेश यादव and his wife", not in "Ramesh" alone. Both lists in folded form.
     */
    public static boolean allFound(List<String> wanted, List<String> among) {
        if (wanted.isEmpty() || wanted.size() > among.size()) return false;
        boolean[] used = new boolean[among.size()];
        for (String word : wanted) {
            double best = 0;
            int bestAt = -1;
            for (int i = 0; i < among.size(); i++) {
                double s = used[i] ? 0 : wordScore(word, among.get(i));
                if (s > best) {
                    best = s;
                    bestAt = i;
                }
            }
            if (bestAt < 0) return false;
            used[bestAt] = true;
        }
        return true;
    }

    /** 0 unless the folded words agree; then 1 - distance / length of the longer. */
    static double wordScore(String a, String b) {
        if (!PhoneticKey.of(a).equals(PhoneticKey.of(b))) return 0;
        double s = 1.0 - (double) distance(a, b) / Math.max(a.length(), b.length());
        return s >= WORD_THRESHOLD - 1e-9 ? s : 0;
    }

    /** Damerau-Levenshtein distance (optimal string alignment): insert, delete, replace, swap neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
