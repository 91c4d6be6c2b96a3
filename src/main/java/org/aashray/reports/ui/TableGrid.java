package org.aashray.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.aashray.base.ui.GridFit;
import org.aashray.reports.monthly.ReportTable;

/** A report table shown as a grid: the same rows the PDF and the spreadsheets carry. */
class TableGrid extends Grid<List<String>> {

    TableGrid(ReportTable table) {
        GridFit.wrap(this);
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            Column<List<String>> added = addColumn(row -> row.get(column)).setHeader(table.headers().get(i));
            // a column of names (homes, types, reasons) grows twice as fast as a column of figures; long headers wrap
            if (ofWords(table, column)) {
                GridFit.from(added, "8rem", 2);
            } else {
                GridFit.from(added, "5rem");
            }
        }
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        show(table);
    }

    /** Whether the column holds words rather than figures and codes ("12", "50.0%", "<5", "SUN-T"). */
    private static boolean ofWords(ReportTable table, int column) {
        return table.rows().stream().anyMatch(row -> row.get(column).length() > 8);
    }

    /** Another month's rows of a table with the same columns. */
    void show(ReportTable table) {
        setItems(table.rows());
        getElement().setAttribute("aria-label", table.title());
    }
}
