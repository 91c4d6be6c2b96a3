package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.staylimits.StayLimitService;
import org.aashray.placements.staylimits.StayLimits;

/** ADMIN: how long a stay in each type of home may last, and up to which age children accompany their mother. */
@Route("admin/stay-limits")
@Menu(title = "nav.stayLimits", order = 82, icon = "vaadin:calendar-clock")
@RolesAllowed("ADMIN")
public class StayLimitsView extends VerticalLayout implements HasDynamicTitle {

    private final StayLimitService limits;
    final Div rows = new Div();

    public StayLimitsView(StayLimitService limits) {
        this.limits = limits;
        add(new Paragraph(getTranslation("placements.limits.intro")), rows);
        render();
    }

    private void render() {
        rows.removeAll();
        for (StayLimits l : limits.all()) {
            IntegerField days = field("placements.limits.stayDays", l.stayDays());
            IntegerField over55 = field("placements.limits.stayDaysOver55", l.stayDaysOver55());
            IntegerField girls = field("placements.limits.girls", l.childGirlMaxAge());
            IntegerField boys = field("placements.limits.boys", l.childBoyMaxAge());
            days.setId("limit-" + l.homeType() + "-days");
            over55.setId("limit-" + l.homeType() + "-over55");
            girls.setId("limit-" + l.homeType() + "-girls");
            boys.setId("limit-" + l.homeType() + "-boys");
            Button save = new Button(getTranslation("common.save"));
            save.setId("limit-" + l.homeType() + "-save");
            Map<String, HasValidation> fields = Map.of("stayDays", days, "stayDaysOver55", over55, "childGirlMaxAge", girls,
                    "childBoyMaxAge", boys);
            save.addClickListener(e -> SaveAction.of(this, fields).then(this::render).reloading(this::render)
                    .run(() -> limits.save(new StayLimits(l.homeType(), days.getValue() == null ? 0 : days.getValue(),
                            over55.getValue(), girls.getValue() == null ? 0 : girls.getValue(),
                            boys.getValue() == null ? 0 : boys.getValue(), l.version()))));
            HorizontalLayout row = new HorizontalLayout(days, over55, girls, boys, save);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            Div card = new Div(new H3(getTranslation("homeType." + l.homeType())), row);
            card.addClassName("card");
            rows.add(card);
        }
    }

    private IntegerField field(String key, Integer value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        f.setWidth("11rem");
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stayLimits");
    }
}
