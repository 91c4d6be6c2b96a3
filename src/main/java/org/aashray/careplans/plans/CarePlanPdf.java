package org.aashray.careplans.plans;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.pdf.PdfReport;
import org.aashray.base.pdf.ReportHeader;
import org.aashray.careplans.CarePlanDetails;
import org.aashray.careplans.CarePlanService;
import org.aashray.homes.HomeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The printable care plan: resident, dates, goals by area, review history; in the reader's language. */
@Service
public class CarePlanPdf {

    private final CarePlanService plans;
    private final HomeService homes;
    private final I18NProvider i18n;
    private final Clock clock;

    CarePlanPdf(CarePlanService plans, HomeService homes, I18NProvider i18n, Clock clock) {
        this.plans = plans;
        this.homes = homes;
        this.i18n = i18n;
        this.clock = clock;
    }

    @PreAuthorize(CarePlanService.READ)
    public byte[] render(long planId, Locale locale) {
        CarePlanDetails p = plans.get(planId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHeader header = new ReportHeader(homes.summary(p.homeId()).name(), t(locale, "careplans.pdf.title"),
                ZonedDateTime.now(clock), t(locale, "careplans.pdf.pageOf"), locale);
        try (PdfReport pdf = PdfReport.open(out, header)) {
            pdf.keyValues(List.of(
                    Map.entry(t(locale, "careplans.resident"), p.residentName() + " (" + p.caseNumber() + ")"),
                    Map.entry(t(locale, "careplans.admittedOn"), date(locale, p.admittedOn())),
                    Map.entry(t(locale, "careplans.dueOn"), date(locale, p.dueOn())),
                    Map.entry(t(locale, "careplans.agreedOn"),
                            p.agreedOn() == null ? t(locale, "careplans.notAgreed") : date(locale, p.agreedOn())),
                    Map.entry(t(locale, "careplans.nextReview"), date(locale, p.nextReviewOn()))));
            pdf.heading(t(locale, "careplans.goals"));
            if (p.goals().isEmpty()) {
                pdf.paragraph(t(locale, "careplans.noGoals"));
            } else {
                pdf.table(List.of(t(locale, "careplans.area"), t(locale, "careplans.goal"), t(locale, "careplans.owner"),
                                t(locale, "careplans.targetOn"), t(locale, "careplans.status")),
                        p.goals().stream().map(g -> List.of(t(locale, "careplans.area." + g.area()), g.goal(), g.owner(),
                                date(locale, g.targetOn()), t(locale, "careplans.status." + g.status()))).toList());
            }
            pdf.heading(t(locale, "careplans.reviews"));
            if (p.reviews().isEmpty()) {
                pdf.paragraph(t(locale, "careplans.noReviews"));
            }
            for (CarePlanDetails.ReviewDetails r : p.reviews()) {
                pdf.paragraph(date(locale, r.reviewedOn()) + " · " + r.reviewedBy() + ": " + r.summary());
            }
        }
        return out.toByteArray();
    }

    private String t(Locale locale, String key) {
        return i18n.getTranslation(key, locale);
    }

    private static String date(Locale locale, LocalDate d) {
        return d == null ? "–" : DateFormats.date(d, locale);
    }
}
