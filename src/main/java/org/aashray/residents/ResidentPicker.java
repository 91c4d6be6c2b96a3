package org.aashray.residents;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one way a form picks residents of a home: she types part of a name (any script) or a case number and
 * chooses among the residents living there now, listed by name a page at a time, each shown as
 * "name · case number" so that two women of the same name are told apart.
 */
public final class ResidentPicker {

    private ResidentPicker() {
    }

    public static ComboBox<ResidentSummary> configure(ComboBox<ResidentSummary> picker, ResidentDirectory directory, Long homeId) {
        picker.setItemLabelGenerator(ResidentPicker::label);
        picker.setItemsPageable((pageable, text) -> living(directory, homeId, text, pageable.getPageNumber(), pageable.getPageSize()));
        return picker;
    }

    public static MultiSelectComboBox<ResidentSummary> configure(MultiSelectComboBox<ResidentSummary> picker,
                                                                 ResidentDirectory directory, Long homeId) {
        picker.setItemLabelGenerator(ResidentPicker::label);
        picker.setItemsPageable((pageable, text) -> living(directory, homeId, text, pageable.getPageNumber(), pageable.getPageSize()));
        return picker;
    }

    private static String label(ResidentSummary r) {
        return r.name() + " · " + r.caseNumber();
    }

    private static List<ResidentSummary> living(ResidentDirectory directory, Long homeId, String text, int page, int size) {
        String typed = text == null || text.isBlank() ? null : text;
        return directory.search(new ResidentFilter(typed, null, homeId, ResidentStatus.IN_RESIDENCE, null, null, null),
                PageRequest.of(page, size, Sort.by("name")));
    }
}
