package org.aashray.reintegration.readiness;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.pdf.PdfReport;
import org.aashray.base.pdf.ReportHeader;
import org.aashray.homes.HomeService;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.residents.ResidentSummary;
import org.springframework.stereotype.Component;

/** The readiness check as a PDF for the CWC or the magistrate (shared toolkit: Hindi and Bengali are shaped). */
@Component
class ReadinessPdf {

    private final HomeService homes;
    private final BundleTranslationProvider t;
    private final Clock clock;

    ReadinessPdf(HomeService homes, BundleTranslationProvider t, Clock clock) {
        this.homes = homes;
        this.t = t;
        this.clock = clock;
    }

    byte[] render(ResidentSummary r, Readiness readiness, HomeVerification verification, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHeader header = new ReportHeader(homes.summary(r.homeId()).name(), tr(locale, "reintegration.pdf.title"),
                clock.instant().atZone(ZoneId.systemDefault()), tr(locale, "reintegration.pdf.pageOf"), locale);
        try (PdfReport pdf = PdfReport.open(out, header)) {
            List<Map.Entry<String, String>> facts = new ArrayList<>(List.of(
                    Map.entry(tr(locale, "reintegration.pdf.resident"), r.name() + (r.alias() == null ? "" : " (" + r.alias() + ")")),
                    Map.entry(tr(locale, "reintegration.pdf.caseNumber"), r.caseNumber()),
                    Map.entry(tr(locale, "reintegration.pdf.admittedOn"), DateFormats.date(r.admittedOn(), locale)),
                    Map.entry(tr(locale, "reintegration.pdf.checkedOn"), readiness.checked()
                            ? DateFormats.date(readiness.checkedOn(), locale) + " (" + readiness.checkedBy() + ")" : "—")));
            // one result per gated exit kind: the order asked for may be any of them
            for (ExitReason kind : readiness.gatedKinds()) {
                facts.add(Map.entry(tr(locale, "reintegration.pdf.result") + ": " + tr(locale, "reintegration.exitReason." + kind),
                        tr(locale, readiness.readyFor(kind) ? "reintegration.readiness.ready" : "reintegration.readiness.notReady")));
            }
            pdf.keyValues(facts);
            pdf.heading(tr(locale, "reintegration.pdf.items"));
            List<List<String>> rows = new ArrayList<>();
            for (Readiness.ItemState s : readiness.items()) {
                rows.add(List.of(tr(locale, "reintegration.item." + s.item()), tr(locale, "reintegration.answer." + s.answer()),
                        tr(locale, s.blocking() ? "reintegration.pdf.yes" : "reintegration.pdf.no"), s.note() == null ? "" : s.note()));
            }
            pdf.table(List.of(tr(locale, "reintegration.pdf.item"), tr(locale, "reintegration.pdf.answer"),
                    tr(locale, "reintegration.pdf.blocking"), tr(locale, "reintegration.pdf.note")), rows);
            for (ExitReason kind : readiness.gatedKinds()) {
                String label = tr(locale, "reintegration.exitReason." + kind) + " — ";
                if (!readiness.readyFor(kind)) {
                    pdf.paragraph(label + tr(locale, "reintegration.pdf.missing") + " " + String.join(", ",
                            readiness.missing(kind).stream().map(i -> tr(locale, "reintegration.item." + i)).toList()));
                }
                if (readiness.overridden(kind)) {
                    pdf.paragraph(label + tr(locale, "reintegration.pdf.override") + " " + readiness.overrides().get(kind));
                }
            }
            if (verification != null) {
                pdf.heading(tr(locale, "reintegration.pdf.verification"));
                pdf.keyValues(List.of(
                        Map.entry(tr(locale, "reintegration.verification.destination"), verification.getDestination()),
                        Map.entry(tr(locale, "reintegration.verification.visitDate"), DateFormats.date(verification.getVisitDate(), locale)),
                        Map.entry(tr(locale, "reintegration.verification.peopleMet"), nz(verification.getPeopleMet())),
                        Map.entry(tr(locale, "reintegration.verification.recommendation"),
                                tr(locale, "reintegration.recommendation." + verification.getRecommendation())),
                        Map.entry(tr(locale, "reintegration.verification.reasons"), nz(verification.getReasons()))));
            }
            pdf.paragraph(tr(locale, "reintegration.pdf.signature"));
        }
        return out.toByteArray();
    }

    private String tr(Locale locale, String key) {
        return t.getTranslation(key, locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
