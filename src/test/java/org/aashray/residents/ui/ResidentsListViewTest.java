package org.aashray.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.aashray.residents.ResidentFlag;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.shell.ui.NotFoundView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ResidentsListViewTest extends SpringBrowserlessTest {

    private List<ResidentSummary> rows(ResidentsView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("reception")
    void reception_finds_a_resident_by_part_of_her_name_in_any_script() {
        ResidentsView view = navigate(ResidentsView.class);
        assertThat(rows(view)).isNotEmpty().allMatch(r -> r.status() == ResidentStatus.IN_RESIDENCE);
        test(view.name).setValue("mitali sar");
        assertThat(rows(view)).extracting(ResidentSummary::name).contains("Mitali Sardar (demo)")
                .allMatch(n -> n.startsWith("Mitali Sardar"));
        test(view.name).setValue("রুমা");
        assertThat(rows(view)).isNotEmpty().allMatch(r -> r.name().contains("রুমা"));
        assertThat(view.newArrival.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("reception")
    void the_no_consent_filter_lists_only_residents_without_consent_and_they_carry_the_badge() {
        ResidentsView view = navigate(ResidentsView.class);
        test(view.flag).selectItem("No consent");
        List<ResidentSummary> rows = rows(view);
        assertThat(rows).isNotEmpty().noneMatch(ResidentSummary::consentRecorded);
        // the attention column is a template filled with data: the first row's labels are what its cell shows
        var badges = (com.vaadin.flow.data.renderer.LitRenderer<ResidentSummary>) view.grid.getColumnByKey("attention").getRenderer();
        List<Object> labels = badges.getValueProviders().values().stream().map(v -> (Object) v.apply(rows.getFirst()))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(labels).contains("No consent");
        assertThat(view.filter().flag()).isEqualTo(ResidentFlag.NO_CONSENT);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_sees_the_list_but_cannot_admit() {
        ResidentsView view = navigate(ResidentsView.class);
        assertThat(view.newArrival.isVisible()).isFalse();
        navigate("residents/new", NotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_cannot_open_the_resident_list() {
        navigate("residents", NotFoundView.class);
    }

    @Test
    @WithUserDetails("official")
    void a_district_official_cannot_open_a_profile() {
        navigate("resident/1", NotFoundView.class);
    }
}
