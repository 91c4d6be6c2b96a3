package org.aashray.alerts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The bell in the header: how many open alerts the person may see (a district official: how many reached
 * the district). Clicking it opens the inbox. Views that change alerts call {@link #refresh(UI)}.
 */
public class AlertBell extends Button implements AfterNavigationObserver {

    private final AlertInbox inbox;
    private final Span badge = new Span();

    public AlertBell(AlertInbox inbox) {
        this.inbox = inbox;
        setId("alerts-bell");
        addClassName("alerts-bell");
        addThemeVariants(ButtonVariant.TERTIARY);
        setIcon(VaadinIcon.BELL.create());
        badge.setId("alerts-bell-count");
        badge.addClassName("badge");
        setSuffixComponent(badge);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("alerts")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), AlertBell.class, this);
        update();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update();
    }

    public static void refresh(UI ui) {
        AlertBell bell = ComponentUtil.getData(ui, AlertBell.class);
        if (bell != null) {
            bell.update();
        }
    }

    private void update() {
        long count = inbox.bellCount();
        badge.setText(String.valueOf(count));
        badge.setVisible(count > 0);
        setAriaLabel(getTranslation("alerts.bell", count));
        setTooltipText(getTranslation("alerts.bell", count));
    }
}
