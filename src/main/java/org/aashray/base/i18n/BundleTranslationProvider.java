package org.aashray.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for every screen, in English and Hindi. Each feature keeps its own bundle in
 * {@code i18n/<feature>.properties} (and {@code _hi}), so features can grow without editing one shared
 * file; keys are prefixed with the feature name so they never clash.
 */
@Component
public class BundleTranslationProvider implements I18NProvider {

    // Indian English and Hindi: dates read day first (23/11/2026), as on paper registers here.
    public static final Locale ENGLISH = Locale.forLanguageTag("en-IN");
    public static final Locale HINDI = Locale.forLanguageTag("hi-IN");
    private static final List<Locale> LOCALES = List.of(ENGLISH, HINDI);

    private final List<String> baseNames;

    public BundleTranslationProvider() {
        this.baseNames = discoverBaseNames();
    }

    /** The locale for a stored language preference ("en" or "hi"). */
    public static Locale localeFor(String language) {
        return "hi".equals(language) ? HINDI : ENGLISH;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? ENGLISH : locale;
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, effective);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        return "!" + key;
    }

    /** The bundle base names found on the classpath, e.g. {@code i18n/homes}. */
    public List<String> baseNames() {
        return baseNames;
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(baseName, Locale.ROOT);
        }
    }

    private static List<String> discoverBaseNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : resources) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
