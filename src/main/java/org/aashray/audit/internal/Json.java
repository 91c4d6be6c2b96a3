package org.aashray.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for flat before/after maps (values are written as strings) and for lists of field names,
 * with the one reading the audit screen needs: the names in what it wrote.
 */
public final class Json {

    private Json() {
    }

    public static String of(Map<String, ?> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((key, value) -> {
            if (out.length() > 1) out.append(',');
            string(out, key);
            out.append(':');
            if (value == null) out.append("null");
            else string(out, String.valueOf(value));
        });
        return out.append('}').toString();
    }

    /** A list of names, as {@code ["address","name"]}. */
    public static String names(Collection<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (String name : names) {
            if (out.length() > 1) out.append(',');
            string(out, name);
        }
        return out.append(']').toString();
    }

    /** Whether {@code json} is a list written by {@link #names(Collection)}. */
    static boolean isList(String json) {
        return json != null && json.strip().startsWith("[");
    }

    /** The keys of a flat object written by {@link #of(Map)}, or the names of a list written by {@link #names(Collection)}. */
    static List<String> names(String json) {
        List<String> names = new ArrayList<>();
        if (json == null) return names;
        boolean object = json.strip().startsWith("{");
        int i = 0;
        while (i < json.length()) {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            i = read(json, i, name);
            names.add(name.toString());
            if (object) { // the value after the colon: a string, or null up to the next comma
                int colon = json.indexOf(':', i);
                int start = colon < 0 ? json.length() : colon + 1;
                while (start < json.length() && Character.isWhitespace(json.charAt(start))) start++;
                i = start < json.length() && json.charAt(start) == '"' ? read(json, start, new StringBuilder()) : start;
                while (i < json.length() && json.charAt(i) != ',' && json.charAt(i) != '}') i++;
            }
        }
        return names;
    }

    /** Reads the string whose opening quote is at {@code start} into {@code out}; returns the index after its closing quote. */
    private static int read(String json, int start, StringBuilder out) {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i++);
            if (c == '"') return i;
            if (c != '\\' || i >= json.length()) {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(i++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 <= json.length()) out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return i;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
