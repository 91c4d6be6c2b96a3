/**
 * The demo profile: a clearly fictional shelter network (two districts, eight homes, one account per
 * role) so a newcomer can try every feature. Features extend it with their own demo records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "security"})
package org.aashray.demo;
