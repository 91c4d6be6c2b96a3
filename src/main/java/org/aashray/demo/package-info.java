/**
 * The demo profile: a clearly fictional shelter network (two districts, eight homes, one account per
 * role) so a newcomer can try every feature. Features extend it with their own demo records.
 */
package org.aashray.demo;
