package org.aashray.reports.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.aashray.reports.monthly.ReportJob;

/**
 * The one poll of a UI for all its reports being written: the browser polls once a second while any report asked
 * for in this UI is still running, and stops when the last one has ended. (One poll per report, each switching the
 * UI's polling off when its own report ended, left the others "Preparing…" for ever.)
 */
final class ReportPolling {

    static final int INTERVAL_MS = 1000; // once a second is enough for a progress bar, and half the requests

    private record Watch(ReportJob job, Consumer<ReportJob> progress, Consumer<ReportJob> ended) {
    }

    private final UI ui;
    private final List<Watch> watches = new ArrayList<>();
    private final Registration registration;

    private ReportPolling(UI ui) {
        this.ui = ui;
        this.registration = ui.addPollListener(e -> poll());
        ui.setPollInterval(INTERVAL_MS);
    }

    /**
     * Follows a report in the UI: {@code progress} on every poll while it runs, {@code ended} once when it is done
     * or failed.
     */
    static void watch(UI ui, ReportJob job, Consumer<ReportJob> progress, Consumer<ReportJob> ended) {
        ReportPolling polling = ComponentUtil.getData(ui, ReportPolling.class);
        if (polling == null) {
            polling = new ReportPolling(ui);
            ComponentUtil.setData(ui, ReportPolling.class, polling);
        }
        polling.watches.add(new Watch(job, progress, ended));
    }

    private void poll() {
        for (Watch w : List.copyOf(watches)) {
            if (w.job().state() == ReportJob.State.RUNNING) {
                w.progress().accept(w.job());
            } else {
                watches.remove(w);
                w.ended().accept(w.job());
            }
        }
        if (watches.isEmpty()) {
            registration.remove();
            ui.setPollInterval(-1);
            ComponentUtil.setData(ui, ReportPolling.class, null);
        }
    }
}
