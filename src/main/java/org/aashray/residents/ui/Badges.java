package org.aashray.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.aashray.residents.ResidentFlag;
import org.aashray.residents.ResidentSummary;

/** Small coloured labels for what needs attention: no consent first, because it limits what staff may do. */
final class Badges {

    private Badges() {
    }

    static HorizontalLayout of(Component c, ResidentSummary r) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!r.consentRecorded()) badges.add(badge(c, ResidentFlag.NO_CONSENT, true));
        if (r.possibleRetrafficking()) badges.add(badge(c, ResidentFlag.POSSIBLE_RETRAFFICKING, true));
        if (r.securityThreat()) badges.add(badge(c, ResidentFlag.SECURITY_THREAT, true));
        if (r.minor()) badges.add(badge(c, ResidentFlag.MINOR, false));
        if (r.pregnant()) badges.add(badge(c, ResidentFlag.PREGNANT, false));
        if (r.injuredOrIll()) badges.add(badge(c, ResidentFlag.INJURED_OR_ILL, false));
        if (r.withChildren()) badges.add(badge(c, ResidentFlag.WITH_CHILDREN, false));
        return badges;
    }

    static Span badge(Component c, ResidentFlag flag, boolean strong) {
        Span s = new Span(Texts.label(c, flag));
        s.addClassName("badge-" + flag.name().toLowerCase().replace('_', '-'));
        s.getStyle().set("border-radius", "999px").set("padding", "0.1rem 0.6rem").set("font-size", "0.85rem")
                .set("white-space", "nowrap").set("font-weight", strong ? "600" : "500")
                .set("background", strong ? "#fde7e7" : "#e3f1f1").set("color", strong ? "#a4161a" : "#155e63");
        return s;
    }
}
