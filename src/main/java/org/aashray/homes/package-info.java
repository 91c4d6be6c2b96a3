/**
 * Districts, homes, rooms and beds: the places where residents live. ADMIN manages them; staff see the
 * homes they are assigned to. A home's capacity is the number of its in-service beds.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
package org.aashray.homes;
