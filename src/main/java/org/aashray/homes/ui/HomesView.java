package org.aashray.homes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.HomeDetails;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** ADMIN: every home with its district, type and capacity; add or edit one, manage its rooms and beds. */
@Route("admin/homes")
@Menu(title = "nav.homes", order = 80, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class HomesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<HomeSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button addHome = new Button();
    private final HomeService homes;

    public HomesView(HomeService homes) {
        this.homes = homes;
        setSizeFull();
        filter.setPlaceholder(getTranslation("homes.filter"));
        filter.setAriaLabel(getTranslation("homes.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        addHome.setText(getTranslation("homes.add"));
        addHome.setId("add-home");
        addHome.addThemeVariants(ButtonVariant.PRIMARY);
        addHome.addClickListener(e -> new HomeForm(homes, new HomeDetails(), this::refresh).open());
        Button addDistrict = new Button(getTranslation("districts.add"), e -> new DistrictDialog(homes, this::refresh).open());
        addDistrict.setId("add-district");

        grid.setId("homes-grid");
        grid.addColumn(HomeSummary::code).setHeader(getTranslation("homes.code")).setSortProperty("code").setAutoWidth(true);
        grid.addColumn(HomeSummary::name).setHeader(getTranslation("homes.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(HomeSummary::districtName).setHeader(getTranslation("homes.district")).setSortProperty("district.name");
        grid.addColumn(h -> getTranslation("homeType." + h.type())).setHeader(getTranslation("homes.type"));
        grid.addColumn(h -> getTranslation("served." + h.serves())).setHeader(getTranslation("homes.serves"));
        grid.addColumn(HomeSummary::capacity).setHeader(getTranslation("homes.capacity")).setAutoWidth(true);
        grid.addColumn(h -> DateFormats.date(h.licenceExpiry(), getLocale()))
                .setHeader(getTranslation("homes.licenceExpiry")).setAutoWidth(true);
        grid.addComponentColumn(h -> {
            Button edit = new Button(getTranslation("common.edit"), e -> new HomeForm(homes, homes.getForEdit(h.id()), this::refresh).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button beds = new Button(getTranslation("homes.roomsAndBeds"),
                    e -> getUI().ifPresent(ui -> ui.navigate(HomeBedsView.class, h.id())));
            beds.addThemeVariants(ButtonVariant.TERTIARY);
            return new HorizontalLayout(edit, beds);
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> homes.search(filter.getValue(), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name"))).getContent());
        grid.setEmptyStateText(getTranslation("homes.empty"));

        HorizontalLayout toolbar = new HorizontalLayout(filter, addDistrict, addHome);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.homes");
    }
}
