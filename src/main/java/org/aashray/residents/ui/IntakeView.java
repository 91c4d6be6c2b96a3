package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.AddressedRecord;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.internal.Origins;
import org.aashray.residents.internal.ReferralSource;
import org.aashray.residents.internal.RescuePlace;
import org.aashray.residents.internal.ResidentService;

/**
 * The short first form for a new arrival: the few facts reception can ask in two minutes, with defaults for
 * the usual case (a woman brought by police today). While it is filled in, earlier stays of possibly the
 * same person in any home are shown (where and when only); staff may ask that home to confirm. Ctrl+Enter admits.
 */
@Route("residents/new")
@RolesAllowed({"RECEPTION", "CARE_MANAGER"})
public class IntakeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<HomeSummary> home = new Select<>();
    final TextField name = new TextField();
    final TextField alias = new TextField();
    final IntegerField approximateAge = new IntegerField();
    final DatePicker birthDate = DateFormats.apply(new DatePicker());
    final Select<Gender> gender = new Select<>();
    final TextField languages = new TextField();
    final Select<ReferralSource> referredBy = new Select<>();
    final TextField orderNumber = new TextField();
    final DatePicker orderDate = DateFormats.apply(new DatePicker());
    final DatePicker rescueDate = DateFormats.apply(new DatePicker());
    final Select<RescuePlace> rescuePlace = new Select<>();
    final Select<TraffickingForm> traffickingForm = new Select<>();
    final ComboBox<String> origin = new ComboBox<>();
    final TextField documentNumber = new TextField();
    final Checkbox minor = new Checkbox();
    final Checkbox pregnant = new Checkbox();
    final Checkbox injuredOrIll = new Checkbox();
    final Checkbox withChildren = new Checkbox();
    final Checkbox securityThreat = new Checkbox();
    final PossibleMatches matches;
    final Paragraph motherNote = new Paragraph();
    final Button admit = new Button();
    private final Binder<Intake> binder = new Binder<>(Intake.class);
    private final Intake intake = new Intake();
    private final IntakeService intakes;
    private final ResidentService residents;
    private final Map<String, HasValidation> fields = new HashMap<>();

    public IntakeView(IntakeService intakes, ReturningSurvivors returning, ResidentService residents, HomeService homes,
                      CurrentHome currentHome, Clock clock) {
        this.intakes = intakes;
        this.residents = residents;
        this.matches = new PossibleMatches(returning, intake);
        setMaxWidth("60rem");
        LocalDate today = LocalDate.now(clock);
        List<HomeSummary> myHomes = homes.accessibleHomes();
        home.setItems(myHomes);
        home.setItemLabelGenerator(HomeSummary::name);
        home.setVisible(myHomes.size() > 1);
        currentHome.get().ifPresent(h -> intake.setHomeId(h.id()));

        setUp(home, "homeId", "residents.home");
        setUp(name, "name", "residents.nameOrAlias");
        name.setHelperText(getTranslation("residents.nameHelp"));
        name.setMaxLength(120);
        setUp(alias, "alias", "residents.alias");
        alias.setMaxLength(120);
        setUp(approximateAge, "approximateAge", "residents.approximateAge");
        // no min/max on the field: the service's message (0 to 100) then appears next to it
        approximateAge.setHelperText(getTranslation("residents.ageHelp"));
        setUp(birthDate, "birthDate", "residents.birthDate");
        birthDate.setMax(today);
        setUp(gender, "gender", "residents.gender");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> Labels.label(this, g));
        setUp(languages, "languages", "residents.languages");
        languages.setPlaceholder(getTranslation("residents.languagesPlaceholder"));
        languages.setMaxLength(200);
        setUp(referredBy, "referredBy", "residents.referredBy");
        referredBy.setItems(ReferralSource.values());
        referredBy.setItemLabelGenerator(r -> Labels.label(this, r));
        setUp(orderNumber, "orderNumber", "residents.orderNumber");
        orderNumber.setMaxLength(60);
        setUp(orderDate, "orderDate", "residents.orderDate");
        orderDate.setMax(today);
        setUp(rescueDate, "rescueDate", "residents.rescueDate");
        rescueDate.setMax(today);
        setUp(rescuePlace, "rescuePlace", "residents.rescuePlace");
        rescuePlace.setItems(RescuePlace.values());
        rescuePlace.setItemLabelGenerator(p -> Labels.label(this, p));
        setUp(traffickingForm, "traffickingForm", "residents.form");
        traffickingForm.setItems(TraffickingForm.values());
        traffickingForm.setItemLabelGenerator(f -> Labels.label(this, f));
        setUp(origin, "origin", "residents.origin");
        origin.setItems(Origins.ALL);
        origin.setItemLabelGenerator(o -> Labels.origin(this, o));
        setUp(documentNumber, "documentNumber", "residents.documentNumber");
        documentNumber.setHelperText(getTranslation("residents.documentNumberHelp"));
        documentNumber.setMaxLength(60);
        minor.setLabel(getTranslation("residents.flag.MINOR"));
        pregnant.setLabel(getTranslation("residents.flag.PREGNANT"));
        injuredOrIll.setLabel(getTranslation("residents.flag.INJURED_OR_ILL"));
        withChildren.setLabel(getTranslation("residents.flag.WITH_CHILDREN"));
        securityThreat.setLabel(getTranslation("residents.flag.SECURITY_THREAT"));

        intake.setRescueDate(today);
        binder.forField(home).bind(i -> myHomes.stream().filter(h -> h.id() == (i.getHomeId() == null ? -1 : i.getHomeId()))
                .findFirst().orElse(null), (i, h) -> i.setHomeId(h == null ? null : h.id()));
        binder.forField(name).bind(Intake::getName, Intake::setName);
        binder.forField(alias).bind(Intake::getAlias, Intake::setAlias);
        binder.forField(approximateAge).bind(Intake::getApproximateAge, Intake::setApproximateAge);
        binder.forField(birthDate).bind(Intake::getBirthDate, Intake::setBirthDate);
        binder.forField(gender).bind(Intake::getGender, Intake::setGender);
        binder.forField(languages).bind(Intake::getLanguages, Intake::setLanguages);
        binder.forField(referredBy).bind(Intake::getReferredBy, Intake::setReferredBy);
        binder.forField(orderNumber).bind(Intake::getOrderNumber, Intake::setOrderNumber);
        binder.forField(orderDate).bind(Intake::getOrderDate, Intake::setOrderDate);
        binder.forField(rescueDate).bind(Intake::getRescueDate, Intake::setRescueDate);
        binder.forField(rescuePlace).bind(Intake::getRescuePlace, Intake::setRescuePlace);
        binder.forField(traffickingForm).bind(Intake::getTraffickingForm, Intake::setTraffickingForm);
        binder.forField(origin).bind(Intake::getOrigin, Intake::setOrigin);
        binder.forField(documentNumber).bind(Intake::getDocumentNumber, Intake::setDocumentNumber);
        binder.forField(minor).bind(Intake::isMinor, Intake::setMinor);
        binder.forField(pregnant).bind(Intake::isPregnant, Intake::setPregnant);
        binder.forField(injuredOrIll).bind(Intake::isInjuredOrIll, Intake::setInjuredOrIll);
        binder.forField(withChildren).bind(Intake::isWithChildren, Intake::setWithChildren);
        binder.forField(securityThreat).bind(Intake::isSecurityThreat, Intake::setSecurityThreat);
        binder.setBean(intake);
        approximateAge.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() < 18) minor.setValue(true);
        });
        for (var f : List.of(name, alias, documentNumber)) f.addBlurListener(e -> showMatches());
        approximateAge.addBlurListener(e -> showMatches());
        birthDate.addValueChangeListener(e -> showMatches());
        origin.addValueChangeListener(e -> showMatches());
        gender.addValueChangeListener(e -> showMatches());

        FormLayout who = new FormLayout(home, name, alias, approximateAge, birthDate, gender, languages, origin, documentNumber);
        FormLayout referral = new FormLayout(referredBy, orderNumber, orderDate, rescueDate, rescuePlace, traffickingForm);
        HorizontalLayout needs = new HorizontalLayout(minor, pregnant, injuredOrIll, withChildren, securityThreat);
        needs.setWrap(true);
        motherNote.addClassName("callout");
        motherNote.setVisible(false);

        admit.setText(getTranslation("residents.admit"));
        admit.setId("admit");
        admit.addThemeVariants(ButtonVariant.PRIMARY);
        admit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        admit.addClickListener(e -> admit());
        Button cancel = new Button(getTranslation("common.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(ResidentsView.class)));
        Paragraph shortcut = new Paragraph(getTranslation("residents.intakeShortcut"));
        shortcut.addClassName("muted");
        add(new Paragraph(getTranslation("residents.intakeIntro")), motherNote, new H2(getTranslation("residents.intake.who")),
                who, matches, new H2(getTranslation("residents.intake.referral")), referral,
                new H2(getTranslation("residents.intake.needs")), needs, new HorizontalLayout(admit, cancel), shortcut);
        name.focus();
    }

    private void setUp(com.vaadin.flow.component.HasLabel field, String key, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        ((com.vaadin.flow.component.Component) field).setId("intake-" + key);
        fields.put(key, (HasValidation) field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("mother").flatMap(AddressedRecord::id).ifPresent(id -> {
            // an address typed by hand whose parameter is no id keeps the ordinary form
            ResidentSummary mother = AddressedRecord.open(() -> residents.summary(id));
            intake.setMotherId(mother.id());
            intake.setHomeId(mother.homeId());
            intake.setMinor(true);
            intake.setOrigin(mother.origin());
            intake.setTraffickingForm(mother.traffickingForm());
            intake.setReferredBy(ReferralSource.SELF);
            binder.setBean(intake);
            home.setReadOnly(true);
            motherNote.setText(getTranslation("residents.childOf", mother.name(), mother.caseNumber()));
            motherNote.setVisible(true);
        });
    }

    void showMatches() {
        matches.show(new MatchQuery(name.getValue(), alias.getValue(), approximateAge.getValue(), birthDate.getValue(),
                gender.getValue(), origin.getValue(), documentNumber.getValue()));
    }

    void admit() {
        ResidentSummary[] admitted = {null};
        SaveAction.of(this, fields).success(null).then(() -> {
            Notifications.success(getTranslation("residents.admitted", admitted[0].caseNumber()));
            getUI().ifPresent(ui -> ui.navigate(ResidentProfileView.class, admitted[0].id()));
        }).run(() -> admitted[0] = intakes.admit(intake));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.intake.title");
    }
}
