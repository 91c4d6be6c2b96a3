package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.CurrentHome;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.visitors.VisitSummary;
import org.aashray.residents.visitors.VisitorRegister;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The visitor register of the home reception works in: who came to see whom, when, and who is still inside. */
@Route("visitors")
@Menu(title = "nav.visitors", order = 12, icon = "vaadin:clipboard-user")
@RolesAllowed({"RECEPTION", "CARE_MANAGER"})
public class VisitsView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker day = DateFormats.apply(new DatePicker());
    final Button register = new Button();
    final Grid<VisitSummary> grid = new Grid<>();

    public VisitsView(VisitorRegister visitors, ResidentDirectory directory, CurrentHome currentHome, Clock clock) {
        setSizeFull();
        Long homeId = currentHome.get().map(h -> h.id()).orElse(null);
        day.setLabel(getTranslation("residents.visit.day"));
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        day.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        register.setText(getTranslation("residents.visit.register"));
        register.setId("register-visitor");
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.addClickListener(e -> new VisitDialog(visitors, directory, homeId, clock,
                () -> grid.getDataProvider().refreshAll()).open());
        grid.setId("visits-grid");
        grid.addColumn(v -> DateFormats.dateTime(v.timeIn())).setHeader(getTranslation("residents.visit.timeIn")).setSortProperty("timeIn");
        grid.addColumn(v -> DateFormats.dateTime(v.timeOut())).setHeader(getTranslation("residents.visit.timeOut"));
        grid.addColumn(VisitSummary::visitorName).setHeader(getTranslation("residents.visit.visitor")).setFlexGrow(2);
        grid.addColumn(VisitSummary::relation).setHeader(getTranslation("residents.visit.relation"));
        grid.addColumn(v -> Labels.label(this, v.purpose()) + (v.officerName() == null ? ""
                : " · " + v.officerName() + ", " + v.policeStation())).setHeader(getTranslation("residents.visit.purpose")).setFlexGrow(2);
        grid.addColumn(v -> v.residentName() + " · " + v.caseNumber()).setHeader(getTranslation("residents.visit.resident")).setFlexGrow(2);
        grid.addColumn(VisitSummary::idSeen).setHeader(getTranslation("residents.visit.idSeen"));
        grid.addComponentColumn(v -> {
            if (v.noContactMatch()) {
                return Badges.badge(this, org.aashray.residents.ResidentFlag.SECURITY_THREAT, true);
            }
            return new com.vaadin.flow.component.html.Span();
        }).setHeader(getTranslation("residents.visit.warning")).setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button out = new Button(getTranslation("residents.visit.signOut"), e -> {
                visitors.signOut(v.id());
                grid.getDataProvider().refreshAll();
            });
            out.addThemeVariants(ButtonVariant.TERTIARY);
            out.setVisible(v.timeOut() == null);
            return out;
        }).setAutoWidth(true);
        grid.setItemsPageable(p -> visitors.visitsOn(homeId, day.getValue() == null ? LocalDate.now(clock) : day.getValue(),
                PageRequest.of(p.getPageNumber(), p.getPageSize(), p.getSort().isSorted() ? p.getSort()
                        : Sort.by(Sort.Direction.DESC, "timeIn"))));
        grid.setEmptyStateText(getTranslation("residents.visits.empty"));
        HorizontalLayout top = new HorizontalLayout(day, register);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visitors");
    }
}
