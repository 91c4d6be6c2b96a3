package org.aashray.residents.internal;

import java.util.List;

/**
 * States and union territories of India (ISO 3166-2:IN codes) and the neighbouring countries survivors
 * are most often brought from. Labels are translated under {@code residents.origin.<code>}.
 */
public final class Origins {

    public static final List<String> ALL = List.of(
            "IN-AP", "IN-AR", "IN-AS", "IN-BR", "IN-CT", "IN-GA", "IN-GJ", "IN-HR", "IN-HP", "IN-JH", "IN-KA", "IN-KL",
            "IN-MP", "IN-MH", "IN-MN", "IN-ML", "IN-MZ", "IN-NL", "IN-OR", "IN-PB", "IN-RJ", "IN-SK", "IN-TN", "IN-TG",
            "IN-TR", "IN-UP", "IN-UT", "IN-WB", "IN-AN", "IN-CH", "IN-DH", "IN-DL", "IN-JK", "IN-LA", "IN-LD", "IN-PY",
            "NP", "BD", "MM", "OTHER");

    private Origins() {
    }

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }
}
