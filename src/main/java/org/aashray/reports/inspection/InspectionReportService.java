package org.aashray.reports.inspection;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.pdf.PdfReport;
import org.aashray.base.pdf.ReportHeader;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.ActionItemRecord;
import org.aashray.inspections.Finding;
import org.aashray.inspections.InspectionRecord;
import org.aashray.inspections.InspectionService;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.OccupancyService;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.security.HomeStaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection report of a home in the shape inspection committees use (JJ Model Rules Form 46 as a
 * guide): licence, capacity and occupancy, staff on roll, overdue items, the last inspection's findings.
 */
@Service
public class InspectionReportService {

    private final HomeService homes;
    private final OccupancyService occupancy;
    private final InspectionService inspections;
    private final HomeStaffDirectory staff;
    private final I18NProvider i18n;
    private final Clock clock;

    InspectionReportService(HomeService homes, OccupancyService occupancy, InspectionService inspections,
                            HomeStaffDirectory staff, I18NProvider i18n, Clock clock) {
        this.homes = homes;
        this.occupancy = occupancy;
        this.inspections = inspections;
        this.staff = staff;
        this.i18n = i18n;
        this.clock = clock;
    }

    @PreAuthorize(DistrictReportService.READERS)
    @Transactional(readOnly = true)
    public String write(long homeId, Locale locale, OutputStream out) {
        HomeSummary home = homes.summary(homeId);
        LocalDate today = LocalDate.now(clock);
        OccupancyFigures now = occupancy.occupancy(List.of(homeId), today);
        List<InspectionRecord> last = inspections.inspections(List.of(homeId), 1);
        List<ActionItemRecord> actions = inspections.actionItems(List.of(homeId));
        ReportHeader header = new ReportHeader(home.districtName(), t(locale, "reports.inspectionTitle", home.name()),
                ZonedDateTime.now(clock), t(locale, "reports.pageOf"), locale);
        try (PdfReport pdf = PdfReport.open(out, header)) {
            pdf.heading(t(locale, "reports.section.home"));
            pdf.keyValues(List.of(
                    Map.entry(t(locale, "reports.home"), home.name() + " (" + home.code() + ")"),
                    Map.entry(t(locale, "reports.type"), t(locale, "homeType." + home.type())),
                    Map.entry(t(locale, "reports.serves"), t(locale, "served." + home.serves())),
                    Map.entry(t(locale, "reports.licenceExpiry"), home.licenceExpiry() == null ? "—" : DateFormats.date(home.licenceExpiry(), locale)),
                    Map.entry(t(locale, "reports.beds"), Long.toString(now.beds())),
                    Map.entry(t(locale, "reports.occupiedToday"), Long.toString(now.occupied())),
                    Map.entry(t(locale, "reports.overStayLimit"), Long.toString(now.overStayLimit()))));
            pdf.heading(t(locale, "reports.section.staff"));
            List<List<String>> staffRows = new ArrayList<>();
            staff.activeStaffByRole(homeId).forEach((role, count) -> staffRows.add(List.of(t(locale, "role." + role), Long.toString(count))));
            if (staffRows.isEmpty()) staffRows.add(List.of("—", "0"));
            pdf.table(List.of(t(locale, "reports.role"), t(locale, "reports.count")), staffRows);

            pdf.heading(t(locale, "reports.section.actions"));
            List<List<String>> actionRows = new ArrayList<>();
            for (ActionItemRecord a : actions) {
                actionRows.add(List.of(a.description(), a.owner(), DateFormats.date(a.dueDate(), locale),
                        a.isOverdue(today) ? t(locale, "reports.overdue") : t(locale, "inspections.status." + a.status())));
            }
            if (actionRows.isEmpty()) actionRows.add(List.of(t(locale, "reports.none"), "", "", ""));
            pdf.table(List.of(t(locale, "inspections.actionDescription"), t(locale, "inspections.actionOwner"),
                    t(locale, "inspections.actionDue"), t(locale, "inspections.status")), actionRows);

            pdf.heading(t(locale, "reports.section.lastInspection"));
            if (last.isEmpty()) {
                pdf.paragraph(t(locale, "reports.noInspection"));
            } else {
                InspectionRecord i = last.getFirst();
                pdf.paragraph(DateFormats.date(i.visitDate(), locale) + " · " + i.inspectors());
                List<List<String>> findingRows = new ArrayList<>();
                for (Finding f : i.findings()) {
                    findingRows.add(List.of(t(locale, "inspections.area." + f.area()),
                            t(locale, "inspections.rating." + f.rating()), f.note() == null ? "" : f.note()));
                }
                pdf.table(List.of(t(locale, "reports.area"), t(locale, "reports.rating"), t(locale, "inspections.note")), findingRows);
            }
        }
        return "inspection-" + home.code() + "-" + today + ".pdf";
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
