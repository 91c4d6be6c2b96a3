package org.aashray.inspections.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.aashray.inspections.InspectionArea;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class InspectionFormTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("official")
    void an_unrated_area_is_marked_next_to_its_field_and_the_form_stays_open() {
        InspectionsView view = navigate(InspectionsView.class);
        test(view.home).selectItem(view.home.getListDataView().getItems()
                .filter(h -> h.code().equals("SUN-L")).findFirst().orElseThrow().name() + " · Sundarpur (demo)");
        test(view.record).click();
        InspectionForm form = find(InspectionForm.class).single();
        test(form.inspectors).setValue("Test inspector");
        for (InspectionArea area : InspectionArea.values()) {
            if (area != InspectionArea.FOOD) {
                test(form.ratings.get(area)).selectItem("Satisfactory");
            }
        }
        test(form.save).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.ratings.get(InspectionArea.FOOD).isInvalid()).isTrue();
        assertThat(form.ratings.get(InspectionArea.FOOD).getErrorMessage()).isEqualTo("Rate this area.");

        test(form.ratings.get(InspectionArea.FOOD)).selectItem("Needs improvement");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
    }
}
