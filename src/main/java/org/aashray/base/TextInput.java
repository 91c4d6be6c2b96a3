package org.aashray.base;

/**
 * What Aashray does with invisible characters typed or pasted into any text it stores: control characters
 * (except tab and line breaks) and the Unicode direction overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069, which can make "gpj.exe" look like "exe.jpg" or reverse a name on screen) are removed, the
 * same way everywhere, by {@link TextInputConverter} when an entity is written. Everything else is kept exactly:
 * Devanagari and Bengali (including the joiners U+200C/U+200D their spelling needs), emoji, and markup, which
 * the screens show as text and never as HTML.
 */
public final class TextInput {

    private TextInput() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (removed(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean removed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
