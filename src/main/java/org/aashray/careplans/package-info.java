/**
 * The Individual Care Plan, in a module of its own (counsellors write it, care managers own it, medical
 * staff read it: it belongs to none of those features alone). A plan is opened when a resident is admitted,
 * due a configurable number of days later (30), and reviewed at a configurable interval (90 days). Goals in
 * health, mental health, education, vocational skills, legal, family and reintegration each have an owner,
 * a target date and a status; every review keeps a snapshot of the goals. Printable as a PDF.
 * <p>API: {@link org.aashray.careplans.CarePlanService} (a resident's plan, goals, agreement, reviews, what is
 * due) with {@link org.aashray.careplans.CarePlanDetails}, {@link org.aashray.careplans.CarePlanDue},
 * {@link org.aashray.careplans.GoalInput} and the goal enums. No other feature calls it today; the profile tab
 * plugs in as a {@link org.aashray.residents.ResidentProfileSection}.
 * <p>Inside: {@code plans} (plan, goals and reviews, the PDF, the "care plan due" deadline, the listeners that
 * open a plan on admission and move it on transfer, demo data), {@code settings} (days to the plan and
 * between reviews, per home); views in {@code ui}.
 * <p>Decisions: a resident transferred to another home keeps her plan (goals, reviews, due dates unchanged);
 * the plan's home becomes the receiving home, audited, inside the transfer's transaction
 * ({@code placements}' {@code ResidentTransferred}), so the receiving home's staff own it from then on. When she
 * leaves care ({@code ResidentExited}) her plan is closed on her exit day ({@code plans.ClosedCarePlans}): nothing
 * in it falls due any more, and goals and reviews stay as her history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.careplans;
