package org.aashray.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Grids that fit any window from 800 px wide up (a tablet, a screen turned to portrait) without scrolling
 * sideways or cutting a name short. A column sized to its content ({@code setAutoWidth}) is measured on one line,
 * so a grid of such columns is as wide as its longest texts side by side: a long header or name made the whole
 * grid scroll sideways, or squeezed the one flexible column until its names were cut. Here each column starts at
 * a modest width of its own and grows into the room there is; what is longer than its column wraps onto another
 * line, headers included.
 */
public final class GridFit {

    private GridFit() {
    }

    /** Headers and cells wrap onto another line rather than being cut: every grid whose columns are fitted here. */
    public static void wrap(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
    }

    /**
     * The column starts at {@code width} (what its usual values need on one line: a date, a code, a button) and takes
     * an even share of the room left over.
     */
    public static <T> Grid.Column<T> from(Grid.Column<T> column, String width) {
        return from(column, width, 1);
    }

    /** As {@link #from(Grid.Column, String)}, taking {@code share} times the share of the others (names, texts). */
    public static <T> Grid.Column<T> from(Grid.Column<T> column, String width, int share) {
        return column.setAutoWidth(false).setWidth(width).setFlexGrow(share);
    }
}
