package org.aashray.base.schedule.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;

/**
 * The calendar from the keyboard, browser side: the arrow keys move between slots and entries, Space presses
 * instead of scrolling, and the focus comes back to the same time after the calendar is drawn anew.
 */
final class CalendarKeyboard {

    /** The keys that press a slot or an entry (as a button): the browser sends a keydown only for them. */
    static final String ACTIVATION_KEYS = "event.key === 'Enter' || event.key === ' '";

    /**
     * Browser-side keys, installed once on the calendar: Space does not scroll the page when it presses a slot;
     * the arrow keys move to the slot or entry above, below, or at the same time on the day before or after.
     */
    private static final String ARROW_KEYS = """
            if (this.$calendarKeys) return;
            this.$calendarKeys = true;
            const focusable = '.cal-free, .cal-entry';
            const top = el => el.getBoundingClientRect().top;
            const inDay = day => Array.from(day.querySelectorAll(focusable)).sort((a, b) => top(a) - top(b));
            this.addEventListener('keydown', e => {
              const t = e.target;
              if (!t.matches || !t.matches(focusable + ', .cal-month-number, .cal-more')) return;
              if (e.key === ' ') { e.preventDefault(); return; }
              const day = t.closest('.cal-day');
              if (!day) return;
              let next = null;
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                const list = inDay(day);
                next = list[list.indexOf(t) + (e.key === 'ArrowDown' ? 1 : -1)];
              } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                const days = Array.from(this.querySelectorAll('.cal-day'));
                const other = days[days.indexOf(day) + (e.key === 'ArrowRight' ? 1 : -1)];
                const y = top(t);
                if (other) next = inDay(other).reduce((best, x) =>
                    !best || Math.abs(top(x) - y) < Math.abs(top(best) - y) ? x : best, null);
              } else {
                return;
              }
              e.preventDefault();
              if (next) next.focus();
            });""";
    /**
     * After a booking or a change made from a slot or an entry, the calendar is drawn anew and the element she
     * pressed is gone: give the focus back at the same time of the same day (her new session, or the free slot),
     * once the dialog has closed, unless she has put the focus somewhere else meanwhile.
     */
    private static final String FOCUS_AGAIN = """
            const slotId = $0;
            const again = tries => {
              if (document.querySelector('vaadin-dialog[opened]')) {
                if (tries < 100) setTimeout(() => again(tries + 1), 50);
                return;
              }
              const now = document.activeElement;
              if (now && now !== document.body && now.isConnected) return;
              const slot = document.getElementById(slotId);
              const day = slot && slot.closest('.cal-day');
              if (!day) return;
              const y = slot.getBoundingClientRect().top;
              const distance = el => Math.abs(el.getBoundingClientRect().top - y);
              const best = Array.from(day.querySelectorAll('.cal-free, .cal-entry'))
                  .reduce((b, x) => !b || distance(x) < distance(b) ? x : b, null);
              if (best) best.focus();
            };
            setTimeout(() => again(0));""";

    private CalendarKeyboard() {
    }

    /** Installs the arrow keys once on the calendar's element (again on re-attach, which the script ignores). */
    static void install(Component calendar) {
        calendar.getElement().executeJs(ARROW_KEYS);
    }

    /** Puts the focus back on the slot or entry at the time of the element with this id, once dialogs close. */
    static void focusAgain(Component calendar, String slotId) {
        calendar.getElement().executeJs(FOCUS_AGAIN, slotId);
    }

    /** A button made of a div or span: in the tab order, named, pressed by a click, Enter or Space. */
    static <C extends Component & ClickNotifier<C>> void pressable(C c, String label, Runnable action) {
        c.getElement().setAttribute("role", "button");
        c.getElement().setAttribute("tabindex", "0");
        if (label != null) c.getElement().setAttribute("aria-label", label);
        c.addClickListener(e -> action.run());
        c.getElement().addEventListener("keydown", e -> action.run()).setFilter(ACTIVATION_KEYS);
    }
}
