/**
 * The Individual Care Plan, in a module of its own (counsellors write it, care managers own it, medical
 * staff read it: it belongs to none of those features alone). A plan is opened when a resident is admitted,
 * due a configurable number of days later (30), and reviewed at a configurable interval (90 days). Goals in
 * health, mental health, education, vocational skills, legal, family and reintegration each have an owner,
 * a target date and a status; every review keeps a snapshot of the goals. Printable as a PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.careplans;
