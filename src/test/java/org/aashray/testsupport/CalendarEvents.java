package org.aashray.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.aashray.base.schedule.ui.ScheduleCalendar;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser sends when a person clicks, or presses Enter on, a half-hour of the shared calendar. The
 * half-hours are markup inside a day column, not components: the column listens and is told the slot's id, so
 * the slot must be in the column's markup for the browser to send its id.
 */
public final class CalendarEvents {

    private CalendarEvents() {
    }

    public static String slotId(LocalDateTime slot) {
        return "cal-slot-" + slot.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
    }

    /** The slot's markup (its opening tag), failing when the page does not show it. */
    public static String slotMarkup(Component calendar, String slotId) {
        String html = dayColumn(calendar, slotId).getChildren().map(c -> c.getElement().getProperty("innerHTML", ""))
                .filter(h -> h.contains("id=\"" + slotId + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("slot " + slotId + " not on the page"));
        int start = html.lastIndexOf('<', html.indexOf("id=\"" + slotId + "\""));
        return html.substring(start, html.indexOf('>', start) + 1);
    }

    /** A click on the slot, as the browser reports it to the slot's day column. */
    public static void click(Component calendar, String slotId) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode().put(ScheduleCalendar.TARGET_ID, slotId);
        fire(calendar, slotId, "click", data);
    }

    /**
     * Enter pressed on the focused slot. The day column's keydown listener has a filter the browser evaluates
     * ({@link ScheduleCalendar#ACTIVATION_KEYS}): it sends the event, with the filter's result, only for Enter and Space.
     */
    public static void pressEnter(Component calendar, String slotId) {
        fire(calendar, slotId, "keydown", keydown(slotId));
    }

    /** Enter pressed on a focused entry (a session or an appointment), as the browser sends it to the entry. */
    public static void pressEnterOnEntry(Component calendar, String entryId) {
        Component entry = find(calendar, entryId).orElseThrow(() -> new AssertionError("no entry " + entryId));
        entry.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(entry.getElement(), "keydown", keydown(entryId)));
    }

    private static ObjectNode keydown(String targetId) {
        return JsonMapper.builder().build().createObjectNode().put(ScheduleCalendar.TARGET_ID, targetId)
                .put(ScheduleCalendar.ACTIVATION_KEYS, true);
    }

    private static void fire(Component calendar, String slotId, String type, ObjectNode data) {
        slotMarkup(calendar, slotId);
        Component column = dayColumn(calendar, slotId);
        column.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(column.getElement(), type, data));
    }

    private static Component dayColumn(Component calendar, String slotId) {
        String day = slotId.substring("cal-slot-".length(), "cal-slot-".length() + 8);
        return find(calendar, ScheduleCalendar.DAY_ID + day).orElseThrow(() -> new AssertionError("no day " + day));
    }

    public static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) return Optional.of(root);
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
