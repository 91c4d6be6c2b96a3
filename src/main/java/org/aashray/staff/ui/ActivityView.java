package org.aashray.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.jobs.JobRun;
import org.aashray.base.jobs.JobRunLog;
import org.aashray.security.LoginAttempt;
import org.aashray.security.UserAdminService;
import org.springframework.data.domain.PageRequest;

/** ADMIN: every login attempt, and every run of the scheduled jobs with its node and duration. */
@Route("admin/activity")
@Menu(title = "nav.activity", order = 96, icon = "vaadin:pulse")
@RolesAllowed("ADMIN")
public class ActivityView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LoginAttempt> logins = new Grid<>();
    final Grid<JobRun> jobs = new Grid<>();

    public ActivityView(UserAdminService users, JobRunLog jobRuns) {
        setSizeFull();
        logins.setId("login-events");
        logins.addColumn(e -> DateFormats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        logins.addColumn(LoginAttempt::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        logins.addColumn(e -> getTranslation(e.success() ? "activity.success" : "activity.failure"))
                .setHeader(getTranslation("activity.result")).setAutoWidth(true);
        logins.addColumn(LoginAttempt::reason).setHeader(getTranslation("activity.reason")).setAutoWidth(true);
        logins.addColumn(LoginAttempt::remoteAddress).setHeader(getTranslation("activity.address")).setAutoWidth(true);
        logins.setItemsPageable(p -> users.loginEvents(PageRequest.of(p.getPageNumber(), p.getPageSize())).getContent());

        jobs.setId("job-runs");
        jobs.addColumn(r -> DateFormats.dateTime(r.getStartedAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        jobs.addColumn(JobRun::getJobName).setHeader(getTranslation("activity.job")).setAutoWidth(true);
        jobs.addColumn(JobRun::getNode).setHeader(getTranslation("activity.node")).setAutoWidth(true);
        jobs.addColumn(r -> r.getDurationMs() + " ms").setHeader(getTranslation("activity.duration")).setAutoWidth(true);
        jobs.addColumn(JobRun::getOutcome).setHeader(getTranslation("activity.result")).setAutoWidth(true);
        jobs.addColumn(JobRun::getSummary).setHeader(getTranslation("audit.summary")).setFlexGrow(2);
        jobs.setItemsPageable(p -> jobRuns.recent(PageRequest.of(p.getPageNumber(), p.getPageSize())).getContent());
        jobs.setEmptyStateText(getTranslation("activity.noJobRuns"));

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("activity.logins"), logins);
        tabs.add(getTranslation("activity.jobs"), jobs);
        tabs.setSizeFull();
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.activity");
    }
}
