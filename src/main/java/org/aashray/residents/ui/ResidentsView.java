package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.GridFit;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.AgeBand;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentFlag;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.data.domain.PageRequest;

/** Every resident of the user's homes, loaded a page at a time and filtered and sorted in the database. */
@Route("residents")
@Menu(title = "nav.residents", order = 10, icon = "vaadin:users")
@RolesAllowed({"RECEPTION", "COUNSELLOR", "MEDICAL", "TRAINER", "CARE_MANAGER"})
public class ResidentsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField caseNumber = new TextField();
    final Select<HomeSummary> home = new Select<>();
    final Select<ResidentStatus> status = new Select<>();
    final Select<AgeBand> ageBand = new Select<>();
    final Select<TraffickingForm> form = new Select<>();
    final Select<ResidentFlag> flag = new Select<>();
    final Button newArrival = new Button();
    final Grid<ResidentSummary> grid = new Grid<>();

    public ResidentsView(ResidentDirectory directory, HomeService homes, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        List<HomeSummary> myHomes = homes.accessibleHomes();
        Map<Long, String> homeCodes = myHomes.stream().collect(Collectors.toMap(HomeSummary::id, HomeSummary::code));
        name.setLabel(getTranslation("residents.filter.name"));
        name.setId("filter-name");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        caseNumber.setLabel(getTranslation("residents.caseNumber"));
        caseNumber.setId("filter-case-number");
        for (TextField f : List.of(name, caseNumber)) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setMaxLength(120);
        }
        choice(home, "residents.home", myHomes, HomeSummary::name);
        choice(status, "residents.status", List.of(ResidentStatus.values()), s -> Labels.label(this, s));
        choice(ageBand, "residents.ageBand", List.of(AgeBand.values()), a -> Labels.label(this, a));
        choice(form, "residents.form", List.of(TraffickingForm.values()), f -> Labels.label(this, f));
        choice(flag, "residents.flag", List.of(ResidentFlag.values()), f -> Labels.label(this, f));
        status.setValue(ResidentStatus.IN_RESIDENCE);
        home.setVisible(myHomes.size() > 1);
        name.addValueChangeListener(e -> refresh());
        caseNumber.addValueChangeListener(e -> refresh());

        newArrival.setText(getTranslation("residents.newArrival"));
        newArrival.setId("new-arrival");
        newArrival.setIcon(VaadinIcon.PLUS.create());
        newArrival.addThemeVariants(ButtonVariant.PRIMARY);
        newArrival.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        newArrival.setVisible(currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER));

        LocalDate today = LocalDate.now(clock);
        grid.setId("residents-grid");
        // Templates filled with data instead of components per row: a page of components per reception
        // session cost memory and server time on every scroll; Lit escapes every value it shows.
        String profileRoute = RouteConfiguration.forSessionScope().getUrl(ResidentProfileView.class, 0L).replaceAll("0$", "");
        // each column starts at what its values need and grows; names, flags and headers wrap rather than being cut
        GridFit.wrap(grid);
        GridFit.from(grid.addColumn(LitRenderer.<ResidentSummary>of("<a router-link class=\"case-link\" href=\"${item.href}\">${item.caseNumber}</a>")
                        .withProperty("href", r -> profileRoute + r.id())
                        .withProperty("caseNumber", ResidentSummary::caseNumber))
                .setHeader(getTranslation("residents.caseNumber")).setSortProperty("caseNumber").setKey("caseNumber"), "8.5rem");
        GridFit.from(grid.addColumn(r -> r.alias() == null ? r.name() : r.name() + " (" + r.alias() + ")")
                .setHeader(getTranslation("residents.name")).setSortProperty("name").setKey("name"), "8rem", 2);
        GridFit.from(grid.addColumn(Badges.renderer(this)).setHeader(getTranslation("residents.attention")).setKey("attention"), "8rem", 2);
        GridFit.from(grid.addColumn(r -> r.age(today)).setHeader(getTranslation("residents.age")).setSortProperty("age"), "4rem");
        GridFit.from(grid.addColumn(r -> homeCodes.getOrDefault(r.homeId(), "")).setHeader(getTranslation("residents.home")), "4.5rem");
        GridFit.from(grid.addColumn(r -> Labels.label(this, r.status())).setHeader(getTranslation("residents.status"))
                .setSortProperty("status"), "6rem");
        GridFit.from(grid.addColumn(r -> DateFormats.date(r.admittedOn())).setHeader(getTranslation("residents.admittedOn"))
                .setSortProperty("admittedOn"), "6rem");
        grid.setItemsPageable(pageable -> directory.search(filter(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort())));
        grid.setEmptyStateText(getTranslation("residents.empty"));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ResidentProfileView.class, e.getItem().id())));

        HorizontalLayout filters = new HorizontalLayout(name, caseNumber, home, status, ageBand, form, flag);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span hint = new Span(getTranslation("residents.listHint"));
        hint.addClassName("muted");
        HorizontalLayout top = new HorizontalLayout(hint, newArrival);
        top.setWidthFull();
        top.expand(hint);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        add(top, filters, grid);
        setFlexGrow(1, grid);
        name.focus();
    }

    private <T> void choice(Select<T> select, String labelKey, List<T> items,
                            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("residents.filter.all") : labels.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("residents.filter.all"));
        select.addValueChangeListener(e -> refresh());
    }

    ResidentFilter filter() {
        return new ResidentFilter(name.getValue(), caseNumber.getValue(), home.getValue() == null ? null : home.getValue().id(),
                status.getValue(), ageBand.getValue(), form.getValue(), flag.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.residents");
    }
}
