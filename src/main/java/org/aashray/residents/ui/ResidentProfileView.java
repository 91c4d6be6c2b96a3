package org.aashray.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.base.ui.AddressedRecord;
import org.aashray.base.ui.EmptyState;
import org.aashray.homes.HomeService;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * One resident's profile. Opening it is written to the record-access log. Tabs of later features come from
 * {@link ResidentProfileSection} beans; until a feature provides its tab a placeholder says what will come.
 */
@Route("resident")
@RolesAllowed({"RECEPTION", "COUNSELLOR", "MEDICAL", "TRAINER", "CARE_MANAGER"})
public class ResidentProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final List<String> PLACEHOLDERS = List.of("placements", "counselling", "medical", "training", "reintegration");

    private final ProfileServices services;
    private final ResidentService residents;
    private final HomeService homes;
    private final CurrentUser currentUser;
    private final List<ResidentProfileSection> sections;
    private final Clock clock;
    Resident resident;
    private String openTab;

    public ResidentProfileView(ProfileServices services, HomeService homes, CurrentUser currentUser,
                               List<ResidentProfileSection> sections, Clock clock) {
        this.services = services;
        this.residents = services.residents();
        this.homes = homes;
        this.currentUser = currentUser;
        this.sections = sections;
        this.clock = clock;
        setId("resident-profile");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        resident = AddressedRecord.open(() -> residents.open(id));
        // "?tab=<key>" opens a feature's tab (e.g. reintegration, linked from a refused exit)
        openTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
        render();
        openTab = null; // a later reload keeps to the overview, as before
    }

    boolean mayEdit() {
        return currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER);
    }

    boolean mayDoCasework() {
        return mayEdit() || currentUser.has(Role.COUNSELLOR);
    }

    void reload() {
        resident = residents.open(resident.getId());
        render();
    }

    private void render() {
        removeAll();
        ResidentSummary summary = residents.summary(resident.getId());
        LocalDate today = LocalDate.now(clock);
        H2 title = new H2(resident.getAlias() == null ? resident.getName() : resident.getName() + " (" + resident.getAlias() + ")");
        title.setId("profile-name");
        title.getStyle().set("margin", "0");
        Span facts = new Span(getTranslation("residents.profile.facts", resident.getCaseNumber(), resident.age(today),
                Labels.label(this, resident.getStatus()), homes.summary(resident.getHomeId()).name()));
        facts.setId("profile-case-number");
        facts.addClassName("muted");
        VerticalLayout heading = new VerticalLayout(title, facts, Badges.of(this, summary));
        heading.setPadding(false);
        heading.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout();
        services.photos().photo(resident.getId()).ifPresent(p -> {
            Image photo = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(p.content()), "photo", p.mimeType(), p.content().length)),
                    getTranslation("residents.photo"));
            photo.setHeight("96px");
            photo.setId("profile-photo");
            header.add(photo);
        });
        header.add(heading);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (!resident.isConsentRecorded()) {
            Div callout = new Div(new Paragraph(getTranslation("residents.consent.missing")));
            callout.addClassName("callout");
            callout.setId("no-consent-callout");
            if (mayEdit()) {
                Button record = new Button(getTranslation("residents.consent.record"),
                        e -> new ConsentDialog(services.consents(), resident.getId(), this::reload).open());
                record.setId("record-consent");
                record.addThemeVariants(ButtonVariant.PRIMARY);
                callout.add(record);
            }
            add(callout);
        }

        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.setId("profile-tabs");
        long id = resident.getId();
        sheet.add(getTranslation("residents.tab.overview"), new OverviewTab(this, services, resident, today));
        sheet.add(getTranslation("residents.tab.identity"), lazy(() -> new IdentityTab(this, services.contacts(), resident)));
        sheet.add(getTranslation("residents.tab.documents"), lazy(() -> new DocumentsTab(services.documents(), id, mayDoCasework())));
        sheet.add(getTranslation("residents.tab.legal"), lazy(() -> new LegalTab(services.legalCases(), services.childProceedings(),
                id, mayDoCasework())));
        sheet.add(getTranslation("residents.tab.visitors"), lazy(() -> new VisitorsTab(services.contacts(), services.visitors(),
                id, mayEdit())));
        Set<String> contributed = sections.stream().filter(ResidentProfileSection::isVisible)
                .map(ResidentProfileSection::key).collect(Collectors.toSet());
        sections.stream().filter(ResidentProfileSection::isVisible)
                .sorted(Comparator.comparingInt(ResidentProfileSection::order))
                .forEach(s -> {
                    Tab tab = sheet.add(getTranslation(s.titleKey()), lazy(() -> s.create(summary)));
                    if (s.key().equals(openTab)) sheet.setSelectedTab(tab);
                });
        PLACEHOLDERS.stream().filter(k -> !contributed.contains(k)).forEach(k -> sheet.add(
                getTranslation("residents.tab." + k), new EmptyState(getTranslation("residents.comingWith", getTranslation("residents.tab." + k)))));
        add(sheet);
    }

    /**
     * Builds a tab when it is first shown (the tab sheet attaches only the selected tab), so a profile opens
     * with one tab's queries and components, however many features plug in, and a session holds only what
     * its user looked at.
     */
    private static Component lazy(java.util.function.Supplier<Component> tab) {
        Div holder = new Div();
        holder.setWidthFull();
        holder.addAttachListener(e -> {
            if (holder.getChildren().findAny().isEmpty()) holder.add(tab.get());
        });
        return holder;
    }

    @Override
    public String getPageTitle() {
        return resident == null ? getTranslation("residents.profile") : resident.getCaseNumber();
    }
}
