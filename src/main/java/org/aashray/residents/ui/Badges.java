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

    /** Which labels a resident carries, in the order shown; the first three are shown strong. */
    private static final java.util.Map<ResidentFlag, java.util.function.Predicate<ResidentSummary>> SHOWN = shown();
    private static final java.util.Set<ResidentFlag> STRONG = java.util.EnumSet.of(ResidentFlag.NO_CONSENT,
            ResidentFlag.POSSIBLE_RETRAFFICKING, ResidentFlag.SECURITY_THREAT);

    private static java.util.Map<ResidentFlag, java.util.function.Predicate<ResidentSummary>> shown() {
        java.util.Map<ResidentFlag, java.util.function.Predicate<ResidentSummary>> shown = new java.util.LinkedHashMap<>();
        shown.put(ResidentFlag.NO_CONSENT, r -> !r.consentRecorded());
        shown.put(ResidentFlag.POSSIBLE_RETRAFFICKING, ResidentSummary::possibleRetrafficking);
        shown.put(ResidentFlag.SECURITY_THREAT, ResidentSummary::securityThreat);
        shown.put(ResidentFlag.MINOR, ResidentSummary::minor);
        shown.put(ResidentFlag.PREGNANT, ResidentSummary::pregnant);
        shown.put(ResidentFlag.INJURED_OR_ILL, ResidentSummary::injuredOrIll);
        shown.put(ResidentFlag.WITH_CHILDREN, ResidentSummary::withChildren);
        return java.util.Collections.unmodifiableMap(shown);
    }

    static HorizontalLayout of(Component c, ResidentSummary r) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        SHOWN.forEach((flag, carries) -> {
            if (carries.test(r)) badges.add(badge(c, flag, STRONG.contains(flag)));
        });
        return badges;
    }

    /** The same labels for a grid column, as a template with data (no components per row). */
    static com.vaadin.flow.data.renderer.LitRenderer<ResidentSummary> renderer(Component c) {
        StringBuilder template = new StringBuilder("<span class=\"resident-badges\">");
        SHOWN.keySet().forEach(flag -> {
            String key = property(flag);
            template.append("<span ?hidden=${!item.").append(key).append("} class=\"resident-badge badge-")
                    .append(flag.name().toLowerCase().replace('_', '-')).append(STRONG.contains(flag) ? " strong" : "")
                    .append("\">${item.").append(key).append("}</span>");
        });
        template.append("</span>");
        var renderer = com.vaadin.flow.data.renderer.LitRenderer.<ResidentSummary>of(template.toString());
        SHOWN.forEach((flag, carries) -> {
            String label = Labels.label(c, flag);
            renderer.withProperty(property(flag), r -> carries.test(r) ? label : null);
        });
        return renderer;
    }

    private static String property(ResidentFlag flag) {
        return "f" + flag.ordinal();
    }

    static Span badge(Component c, ResidentFlag flag, boolean strong) {
        Span s = new Span(Labels.label(c, flag));
        s.addClassName("badge-" + flag.name().toLowerCase().replace('_', '-'));
        s.getStyle().set("border-radius", "999px").set("padding", "0.1rem 0.6rem").set("font-size", "0.85rem")
                .set("white-space", "nowrap").set("font-weight", strong ? "600" : "500")
                .set("background", strong ? "#fde7e7" : "#e3f1f1").set("color", strong ? "#a4161a" : "#155e63");
        return s;
    }
}
