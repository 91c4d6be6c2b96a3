package org.aashray.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.aashray.reports.monthly.ReportTable;

/** A report table shown as a grid: the same rows the PDF and the spreadsheets carry. */
class TableGrid extends Grid<List<String>> {

    TableGrid(ReportTable table) {
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            addColumn(row -> row.get(column)).setHeader(table.headers().get(i)).setAutoWidth(true)
                    .setFlexGrow(i == 0 || i == 1 ? 1 : 0);
        }
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        show(table);
    }

    /** Another month's rows of a table with the same columns. */
    void show(ReportTable table) {
        setItems(table.rows());
        getElement().setAttribute("aria-label", table.title());
    }
}
