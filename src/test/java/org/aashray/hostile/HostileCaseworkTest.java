package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.List;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in a resident's casework — the legal case, the Child Welfare Committee dates, the
 * no-contact list, documents — and in ADMIN's rooms and beds of a home. All on the tests' own home.
 */
@AashrayIntegrationTest
class HostileCaseworkTest extends HostileForms {

    @Autowired HostileFixture fixture;

    private long adult;
    private long child;
    private long homeId;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        adult = fixture.resident("Hostile Casework " + System.nanoTime() % 100000, 30);
        child = fixture.resident("Hostile Child " + System.nanoTime() % 100000, 15);
    }

    @Override
    protected List<Form> forms() {
        return List.of(
                new Form("legal case", HostileFixture.USER, () -> legal(adult), "resident_legal_cases"),
                new Form("child welfare committee", HostileFixture.USER, () -> childProceedings(child), "residents")
                        .only("legal-cwcProducedOn", "legal-sirSubmittedOn"),
                new Form("family contact", HostileFixture.USER, this::familyContact, "resident_contacts"),
                new Form("no-contact list", HostileFixture.USER, this::noContact, "resident_no_contacts"),
                new Form("document", HostileFixture.USER, this::document, "resident_documents"),
                new Form("district (admin)", "admin", this::district, "districts"),
                new Form("room (admin)", "admin", this::room, "rooms").only("room-name"),
                new Form("beds (admin)", "admin", this::beds, "beds").storedBy((key, value) -> value instanceof String s
                        && jdbc.queryForObject("select count(*) from beds where binary label = ?", Integer.class,
                                kept(s) + "1") == 0 ? "no bed labelled " + kept(s) + "1" : null));
    }

    private Component profileTab(long residentId, String tabKey) {
        open("resident/" + residentId);
        TabSheet sheet = (TabSheet) byId("profile-tabs");
        selectTab(sheet, t(tabKey));
        return sheet.getComponent(sheet.getSelectedTab());
    }

    private Opened legal(long residentId) {
        Component tab = profileTab(residentId, "residents.tab.legal");
        return new Opened(tab, (Button) byId("save-legal"), this::savedNotice);
    }

    private Opened childProceedings(long residentId) {
        Component tab = profileTab(residentId, "residents.tab.legal");
        return new Opened(tab, (Button) byId("save-child-proceedings"), this::savedNotice);
    }

    private Opened familyContact() {
        Component tab = profileTab(adult, "residents.tab.identity");
        fill(tab, t("residents.contact.name"), "Hostile Relative " + counter.incrementAndGet());
        fill(tab, t("residents.contact.relation"), "Aunt");
        long before = rows("resident_contacts");
        return new Opened(tab, button(tab, t("residents.contacts.add")), () -> rows("resident_contacts") > before);
    }

    private Opened district() {
        open("admin/homes");
        test((Button) byId("add-district")).click();
        var dialog = openDialog();
        int n = counter.incrementAndGet();
        fill(dialog, t("districts.code"), "HX" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26));
        fill(dialog, t("districts.name"), "Hostile District " + n);
        fill(dialog, t("districts.state"), "West Bengal");
        return new Opened(dialog, button(dialog, t("common.save")), () -> !dialog.isOpened());
    }

    private Opened noContact() {
        Component tab = profileTab(adult, "residents.tab.visitors");
        fill(tab, "no-contact-person", "Hostile Person " + counter.incrementAndGet());
        long before = rows("resident_no_contacts");
        return new Opened(tab, (Button) byId("add-no-contact"), () -> rows("resident_no_contacts") > before);
    }

    private Opened document() {
        Component tab = profileTab(adult, "residents.tab.documents");
        test((Button) byId("add-document")).click();
        var dialog = openDialog();
        choose(valueField(dialog, t("residents.doc.type")), t("residents.docType.AADHAAR"));
        chooseFirst(valueField(dialog, t("residents.doc.status")));
        return new Opened(dialog, button(dialog, t("common.save")), () -> !dialog.isOpened());
    }

    private Opened room() {
        open("admin/homes/beds/" + homeId);
        long before = rows("rooms");
        return new Opened(currentView(), (Button) byId("add-room"), () -> rows("rooms") > before);
    }

    private Opened beds() {
        open("admin/homes/beds/" + homeId);
        List<Div> cards = new ArrayList<>();
        walkComponents(currentView(), c -> {
            if (c instanceof Div d && d.hasClassName("card") && d.getChildren().findFirst().orElse(null) instanceof H3 h
                    && "Room 1".equals(h.getText())) {
                cards.add(d);
            }
        });
        Div card = cards.getFirst();
        long before = rows("beds");
        return new Opened(card, button(card, t("beds.addBeds")), () -> rows("beds") > before);
    }
}
