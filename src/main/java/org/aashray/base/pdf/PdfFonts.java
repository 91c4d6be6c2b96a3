package org.aashray.base.pdf;

import com.itextpdf.aashray.IndicTypographyApplier;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.layout.renderer.TypographyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts every Aashray PDF uses: Noto Sans for Latin, Noto Sans Devanagari for Hindi and
 * Noto Sans Bengali, shipped in the jar under {@code /fonts} (SIL OFL, see {@code fonts/OFL.txt}).
 *
 * <p>Loading also installs the Indic shaper, so any code that gets its fonts here prints Hindi and
 * Bengali with correct conjuncts.
 */
public final class PdfFonts {

    /** Family names in the order iText tries them for each character. */
    public static final List<String> FAMILIES = List.of("Noto Sans", "Noto Sans Devanagari", "Noto Sans Bengali");

    private static final List<String> FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
            "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf");

    private PdfFonts() {
    }

    /** Set once the holder below has read every font; read by {@link #loaded()}. */
    private static volatile boolean loaded;

    /** Holder idiom: the JVM loads the fonts and installs the shaper exactly once, on first use. */
    private static final class Loaded {
        static final FontSet FONT_SET = load();

        private static FontSet load() {
            TypographyUtils.setTypographyApplierInstance(new IndicTypographyApplier());
            FontSet set = new FontSet();
            for (String file : FILES) {
                set.addFont(read(file), PdfEncodings.IDENTITY_H);
            }
            loaded = true;
            return set;
        }

        private static byte[] read(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A new font provider for one document. A provider caches the fonts it embeds in that document,
     * so it must not be shared between documents; the font bytes behind it are shared.
     */
    public static FontProvider newFontProvider() {
        return new FontProvider(Loaded.FONT_SET, FAMILIES.getFirst());
    }

    /** Whether the fonts are in memory (the start-up warm-up or a first PDF loaded them), without loading them. */
    public static boolean loaded() {
        return loaded;
    }

    /** Makes sure the fonts are loaded and the Indic shaper is installed; safe to call many times. */
    public static void install() {
        Loaded.FONT_SET.size();
    }
}
