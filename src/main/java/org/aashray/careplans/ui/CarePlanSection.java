package org.aashray.careplans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.careplans.CarePlanDetails;
import org.aashray.careplans.CarePlanService;
import org.aashray.careplans.plans.CarePlanPdf;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/** The profile's care plan tab: dates, goals by area, agree, review with history, print as PDF. */
@org.springframework.stereotype.Component
class CarePlanSection implements ResidentProfileSection {

    private final CarePlanService plans;
    private final CarePlanPdf pdf;
    private final CurrentUser currentUser;

    CarePlanSection(CarePlanService plans, CarePlanPdf pdf, CurrentUser currentUser) {
        this.plans = plans;
        this.pdf = pdf;
        this.currentUser = currentUser;
    }

    @Override public String key() { return "careplan"; }
    @Override public String titleKey() { return "careplans.tab"; }
    @Override public int order() { return 55; }

    @Override
    public boolean isVisible() {
        return currentUser.has(Role.COUNSELLOR) || currentUser.has(Role.CARE_MANAGER) || currentUser.has(Role.MEDICAL);
    }

    @Override
    public Component create(ResidentSummary resident) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("careplan-tab");
        render(tab, plans.forResident(resident.id()));
        return tab;
    }

    private void render(VerticalLayout tab, CarePlanDetails plan) {
        tab.removeAll();
        boolean mayEdit = plan.closedOn() == null && (currentUser.has(Role.COUNSELLOR) || currentUser.has(Role.CARE_MANAGER));
        Runnable reload = () -> render(tab, plans.get(plan.id()));
        Paragraph dates = new Paragraph(plan.closedOn() != null
                ? tab.getTranslation("careplans.closedLine", DateFormats.date(plan.closedOn()))
                : plan.agreedOn() == null
                ? tab.getTranslation("careplans.dueLine", DateFormats.date(plan.dueOn()))
                : tab.getTranslation("careplans.agreedLine", DateFormats.date(plan.agreedOn()), DateFormats.date(plan.nextReviewOn())));
        dates.setId("careplan-dates");
        tab.add(dates);

        Grid<CarePlanDetails.GoalDetails> goals = new Grid<>();
        goals.setId("careplan-goals");
        goals.addColumn(g -> tab.getTranslation("careplans.area." + g.area())).setHeader(tab.getTranslation("careplans.area")).setAutoWidth(true);
        goals.addColumn(CarePlanDetails.GoalDetails::goal).setHeader(tab.getTranslation("careplans.goal")).setFlexGrow(3);
        goals.addColumn(CarePlanDetails.GoalDetails::owner).setHeader(tab.getTranslation("careplans.owner"));
        goals.addColumn(g -> DateFormats.date(g.targetOn())).setHeader(tab.getTranslation("careplans.targetOn"));
        goals.addColumn(g -> tab.getTranslation("careplans.status." + g.status())).setHeader(tab.getTranslation("careplans.status"));
        goals.setItems(plan.goals());
        goals.setAllRowsVisible(true);
        goals.setEmptyStateText(tab.getTranslation("careplans.noGoals"));
        if (mayEdit) goals.addItemClickListener(e -> new GoalDialog(plans, plan.id(), e.getItem(), reload).open());

        HorizontalLayout actions = new HorizontalLayout();
        if (mayEdit) {
            Button add = new Button(tab.getTranslation("careplans.goal.new"), e -> new GoalDialog(plans, plan.id(), null, reload).open());
            add.setId("careplan-add-goal");
            actions.add(add);
            if (plan.agreedOn() == null) {
                Button agree = new Button(tab.getTranslation("careplans.agree"), e -> ConfirmAction.ask(
                        tab.getTranslation("careplans.agree"), tab.getTranslation("careplans.agreeQuestion"),
                        tab.getTranslation("careplans.agree"), tab.getTranslation("careplans.close"),
                        () -> SaveAction.of(tab).success(null).concurrent("careplans.concurrent").then(reload)
                                .run(() -> plans.agree(plan.id(), plan.version()))));
                agree.addThemeVariants(ButtonVariant.PRIMARY);
                agree.setId("careplan-agree");
                actions.add(agree);
            }
        }
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        Anchor print = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pdf.render(plan.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "care-plan-" + plan.caseNumber() + ".pdf",
                    "application/pdf", bytes.length);
        }), tab.getTranslation("careplans.print"));
        print.setId("careplan-pdf");
        print.setTarget("_blank");
        actions.add(print);
        tab.add(new H3(tab.getTranslation("careplans.goals")), goals, actions);

        tab.add(new H3(tab.getTranslation("careplans.reviews")));
        if (mayEdit && plan.agreedOn() != null) {
            TextArea summary = new TextArea(tab.getTranslation("careplans.review.summary"));
            summary.setWidthFull();
            summary.setId("careplan-review-summary");
            summary.setMaxLength(4000); // CarePlanService.MAX_SUMMARY
            Button review = new Button(tab.getTranslation("careplans.review.record"), e -> SaveAction.of(tab, Map.of("summary", summary))
                    .success(null).concurrent("careplans.concurrent").then(reload)
                    .run(() -> plans.review(plan.id(), plan.version(), summary.getValue())));
            review.setId("careplan-review");
            tab.add(summary, review);
        }
        if (plan.reviews().isEmpty()) tab.add(new Paragraph(tab.getTranslation("careplans.noReviews")));
        for (CarePlanDetails.ReviewDetails r : plan.reviews()) {
            Div item = new Div(new Paragraph(DateFormats.date(r.reviewedOn()) + " · " + r.reviewedBy() + ": " + r.summary()));
            item.addClassName("card");
            tab.add(item);
        }
    }
}
