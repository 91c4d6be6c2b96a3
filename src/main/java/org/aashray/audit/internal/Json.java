package org.aashray.audit.internal;

import java.util.Map;

/** A minimal JSON writer for flat before/after maps; values are written as strings. */
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
