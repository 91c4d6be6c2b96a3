package org.aashray.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final BundleTranslationProvider provider = new BundleTranslationProvider();

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_english_text_has_a_hindi_translation_and_no_hindi_text_is_orphaned() throws Exception {
        assertThat(provider.baseNames()).contains("i18n/app", "i18n/homes", "i18n/security", "i18n/audit");
        for (String base : provider.baseNames()) {
            Set<String> english = load(base + ".properties").stringPropertyNames();
            Set<String> hindi = load(base + "_hi.properties").stringPropertyNames();
            assertThat(hindi).as(base + " Hindi keys").containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void hindi_texts_are_in_devanagari_and_parameters_are_filled_in() {
        assertThat(provider.getTranslation("nav.dashboard", Locale.forLanguageTag("hi"))).isEqualTo("डैशबोर्ड");
        assertThat(provider.getTranslation("dashboard.greeting", Locale.ENGLISH, "Rekha")).isEqualTo("Namaste, Rekha");
        assertThat(provider.getTranslation("beds.capacity", Locale.forLanguageTag("hi"), 11, 12))
                .isEqualTo("12 में से 11 बिस्तर उपयोग में");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(provider.getTranslation("nav.dashboard", BundleTranslationProvider.HINDI)).isEqualTo("डैशबोर्ड");
        assertThat(provider.getTranslation("nav.dashboard", BundleTranslationProvider.ENGLISH)).isEqualTo("Dashboard");
    }
}
