package org.aashray.placements.ui;

import org.aashray.base.ConcurrentEditException;

/**
 * Someone else saved first (moved her, recorded her exit, changed the stay limit): what this screen shows is out
 * of date, so it is reloaded before {@link org.aashray.base.ui.SaveAction} says why nothing was saved.
 */
final class StaleScreen {

    private StaleScreen() {
    }

    static Runnable reloading(Runnable reload, Runnable save) {
        return () -> {
            try {
                save.run();
            } catch (ConcurrentEditException e) {
                reload.run();
                throw e;
            }
        };
    }
}
