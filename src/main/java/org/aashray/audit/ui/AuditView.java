package org.aashray.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aashray.audit.internal.AuditEntry;
import org.aashray.audit.internal.AuditQuery;
import org.aashray.audit.internal.AuditSearch;
import org.aashray.audit.internal.RecordAccess;
import org.aashray.base.i18n.DateFormats;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** ADMIN searches the audit trail and the record-access log; neither can be changed from here or anywhere. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 95, icon = "vaadin:archive")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField entityType = new TextField();
    final TextField entityId = new TextField();
    final DatePicker from = DateFormats.apply(new DatePicker());
    final DatePicker to = DateFormats.apply(new DatePicker());
    final Grid<AuditEntry> changes = new Grid<>();
    final Grid<RecordAccess> accesses = new Grid<>();

    public AuditView(AuditSearch audit, Clock clock) {
        setSizeFull();
        username.setLabel(getTranslation("audit.user"));
        entityType.setLabel(getTranslation("audit.entityType"));
        entityId.setLabel(getTranslation("audit.entityId"));
        entityType.setId("audit-entity-type");
        entityId.setId("audit-entity-id");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(LocalDate.now(clock).minusDays(30));
        to.setValue(LocalDate.now(clock));
        for (TextField f : new TextField[]{username, entityType, entityId}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        changes.setId("audit-changes");
        changes.addColumn(e -> DateFormats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        changes.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        changes.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        changes.addColumn(e -> e.entityType() + " #" + e.entityId()).setHeader(getTranslation("audit.record")).setAutoWidth(true);
        changes.addColumn(e -> e.summary() == null ? "—" : e.summary()).setHeader(getTranslation("audit.summary")).setFlexGrow(2);
        changes.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(this::details));
        changes.setItemsPageable(p -> audit.searchChanges(query(), PageRequest.of(p.getPageNumber(), p.getPageSize(),
                p.getSort().isSorted() ? p.getSort() : Sort.by(Sort.Direction.DESC, "occurredAt"))).getContent());
        changes.setEmptyStateText(getTranslation("audit.empty"));

        accesses.setId("audit-accesses");
        accesses.addColumn(a -> DateFormats.dateTime(a.getAccessedAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setSortProperty("accessedAt").setAutoWidth(true);
        accesses.addColumn(RecordAccess::getUsername).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        accesses.addColumn(a -> a.getEntityType() + " #" + a.getEntityId()).setHeader(getTranslation("audit.record")).setAutoWidth(true);
        accesses.addColumn(RecordAccess::getPurpose).setHeader(getTranslation("audit.purpose")).setFlexGrow(2);
        accesses.setItemsPageable(p -> audit.searchAccesses(query(), PageRequest.of(p.getPageNumber(), p.getPageSize(),
                p.getSort().isSorted() ? p.getSort() : Sort.by(Sort.Direction.DESC, "accessedAt"))).getContent());
        accesses.setEmptyStateText(getTranslation("audit.empty"));

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("audit.changes"), changes);
        tabs.add(getTranslation("audit.accesses"), accesses);
        tabs.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(username, entityType, entityId, from, to);
        filters.setWrap(true);
        add(filters, tabs);
    }

    /** What an expanded row shows: before and after, or for a record about a resident only the fields that changed. */
    String details(AuditEntry e) {
        if (e.valuesWithheld()) {
            return getTranslation("audit.fields") + ": " + (e.fields().isEmpty() ? "—" : String.join(", ", e.fields()));
        }
        return getTranslation("audit.before") + ": " + (e.before() == null ? "—" : e.before()) + "\n"
                + getTranslation("audit.after") + ": " + (e.after() == null ? "—" : e.after());
    }

    private AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        Instant end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(username.getValue(), entityType.getValue(), entityId.getValue(), start, end);
    }

    private void refresh() {
        changes.getDataProvider().refreshAll();
        accesses.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
