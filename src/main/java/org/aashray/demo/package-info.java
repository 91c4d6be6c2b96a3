/**
 * The demo profile: a clearly fictional shelter network (two districts, eight homes, one account per
 * role) so a newcomer can try every feature. {@code DemoData} seeds the homes, rooms, beds and accounts once,
 * first ({@code @Order(10)}), through the homes and security APIs only; each feature then adds its own demo
 * records with a {@code Demo*} runner of its own (e.g. inspections' one past visit), so demo knows no feature
 * beyond those two.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "security"})
package org.aashray.demo;
