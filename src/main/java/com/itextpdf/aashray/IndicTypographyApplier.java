package com.itextpdf.aashray;

import com.itextpdf.commons.actions.contexts.IMetaInfo;
import com.itextpdf.commons.actions.sequence.SequenceId;
import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.renderer.typography.AbstractTypographyApplier;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Shapes Devanagari and Bengali for iText with the JDK's own text layout (HarfBuzz inside the JDK),
 * because iText core leaves Indic text unshaped without the commercial pdfCalligraph add-on.
 *
 * <p>It lives in a {@code com.itextpdf} package only because iText's event base class refuses
 * subclasses from other packages. Register it once through
 * {@code TypographyUtils.setTypographyApplierInstance}; {@code org.aashray.base.pdf.PdfFonts} does that.
 */
public final class IndicTypographyApplier extends AbstractTypographyApplier {

    private static final Set<UnicodeScript> SCRIPTS =
            Collections.unmodifiableSet(EnumSet.of(UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI));

    /** iText measures glyphs in 1/1000 em; an AWT font of size 1000 yields positions in the same units. */
    private static final float UNITS_PER_EM = 1000f;

    /** Fractional metrics so positions are not rounded to whole pixels of a screen that does not exist. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /** JDK glyph codes for characters it draws as nothing (ZWJ, ZWNJ and the like). */
    private static final int FIRST_INVISIBLE_GLYPH = 0xFFFE;

    private final Map<TrueTypeFont, Optional<Font>> awtFonts = Collections.synchronizedMap(new WeakHashMap<>());

    /** Creates the applier; one instance serves all documents. */
    public IndicTypographyApplier() {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    /** False: iText must not assume the commercial module's line breaking and bidi support. */
    @Override
    public boolean isPdfCalligraphInstance() {
        return false;
    }

    @Override
    public Collection<UnicodeScript> getSupportedScripts() {
        return SCRIPTS;
    }

    @Override
    public Collection<UnicodeScript> getSupportedScripts(Object typographyConfig) {
        return SCRIPTS;
    }

    /**
     * Replaces the glyphs between the line's start and end by the shaped glyphs and moves the end.
     * Leaves the line untouched (returns false) when the run cannot be shaped.
     */
    @Override
    public boolean applyOtfScript(TrueTypeFont font, GlyphLine line, UnicodeScript script, Object typographyConfig,
                                  SequenceId sequenceId, IMetaInfo metaInfo) {
        if (!SCRIPTS.contains(script) || line.getEnd() <= line.getStart()) {
            return false;
        }
        Font awtFont = awtFont(font);
        if (awtFont == null) {
            return false;
        }
        String text = line.toUnicodeString(line.getStart(), line.getEnd());
        if (text.isEmpty()) {
            return false;
        }
        Shaped shaped = shape(font, awtFont, text);
        if (shaped == null) {
            return false;
        }
        replaceRange(line, shaped);
        return true;
    }

    private Font awtFont(TrueTypeFont font) {
        return awtFonts.computeIfAbsent(font, f -> {
            try {
                byte[] bytes = f.getFontStreamBytes();
                return Optional.of(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes))
                        .deriveFont(UNITS_PER_EM));
            } catch (Exception e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Shaped glyphs plus, per word, the text that copy/paste must return. */
    private record Shaped(List<Glyph> glyphs, List<int[]> wordGlyphRanges, List<String> wordTexts) {
    }

    private static Shaped shape(TrueTypeFont font, Font awtFont, String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = awtFont.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] clusters = vector.getGlyphCharIndices(0, count, null);

        List<Integer> visible = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (vector.getGlyphCode(i) < FIRST_INVISIBLE_GLYPH) {
                visible.add(i);
            }
        }
        List<Glyph> glyphs = new ArrayList<>(visible.size());
        List<Integer> glyphClusters = new ArrayList<>(visible.size());
        for (int k = 0; k < visible.size(); k++) {
            Glyph base = font.getGlyphByCode(vector.getGlyphCode(visible.get(k)));
            if (base == null) {
                return null;
            }
            // Copies: iText caches one Glyph per code and shares it between all texts.
            glyphs.add(new Glyph(base));
            glyphClusters.add(clusters[visible.get(k)]);
        }
        // The JDK reports where each glyph is drawn (pen + offset). Rebuild pen and offsets the way
        // HarfBuzz has them: bases advance the pen, marks hang at an offset without moving it. A pen
        // that only moves forward keeps words whole for text extractors.
        int pen = 0;
        for (int k = 0; k < glyphs.size(); k++) {
            Glyph glyph = glyphs.get(k);
            int i = visible.get(k);
            int x = Math.round(positions[2 * i]);
            int y = Math.round(positions[2 * i + 1]);
            int placement = x - pen;
            int advance;
            if (isMark(glyph)) {
                advance = 0;
            } else {
                int nextBase = count;
                for (int m = k + 1; m < glyphs.size(); m++) {
                    if (!isMark(glyphs.get(m))) {
                        nextBase = visible.get(m);
                        break;
                    }
                }
                advance = Math.round(positions[2 * nextBase]) - pen;
            }
            if (placement != 0) {
                glyph.setXPlacement((short) placement);
            }
            if (y != 0) {
                glyph.setYPlacement((short) -y); // AWT's y grows downwards, PDF's upwards
            }
            if (advance != glyph.getWidth()) {
                glyph.setXAdvance((short) (advance - glyph.getWidth()));
            }
            pen += advance;
        }
        return withWords(text, glyphs, glyphClusters);
    }

    /** Marks (matras, nukta, virama) take no room of their own once shaped. */
    private static boolean isMark(Glyph glyph) {
        return glyph.isMark() || glyph.getWidth() == 0;
    }

    /**
     * Groups glyphs into words (split at white space) so each word carries its original text:
     * lines only break at spaces, so a word's text is never split between two lines.
     */
    private static Shaped withWords(String text, List<Glyph> glyphs, List<Integer> clusters) {
        List<int[]> ranges = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = 0;
        while (i < glyphs.size()) {
            if (Character.isWhitespace(text.charAt(clusters.get(i)))) {
                i++;
                continue;
            }
            int first = i;
            int charStart = clusters.get(i);
            int charEnd = charStart;
            while (i < glyphs.size() && !Character.isWhitespace(text.charAt(clusters.get(i)))) {
                charStart = Math.min(charStart, clusters.get(i));
                charEnd = Math.max(charEnd, clusters.get(i));
                i++;
            }
            // The last cluster runs up to the next white space (or the end of the run).
            charEnd++;
            while (charEnd < text.length() && !Character.isWhitespace(text.charAt(charEnd))) {
                charEnd++;
            }
            // iText writes the span only where the glyphs' own Unicode does not already spell the word.
            ranges.add(new int[] {first, i});
            texts.add(text.substring(charStart, charEnd));
        }
        return new Shaped(glyphs, ranges, texts);
    }

    private static void replaceRange(GlyphLine line, Shaped shaped) {
        int start = line.getStart();
        int end = line.getEnd();
        GlyphLine middle = new GlyphLine(shaped.glyphs());
        for (int w = 0; w < shaped.wordTexts().size(); w++) {
            int[] range = shaped.wordGlyphRanges().get(w);
            middle.setActualText(range[0], range[1], shaped.wordTexts().get(w));
        }
        GlyphLine result = new GlyphLine();
        result.add(line.copy(0, start));
        result.add(middle);
        result.add(line.copy(end, line.size()));
        result.setStart(start);
        result.setEnd(start + shaped.glyphs().size());
        line.replaceContent(result);
    }
}
