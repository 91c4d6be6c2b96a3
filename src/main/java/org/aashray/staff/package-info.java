/** The administrator's screens for staff accounts: roles, homes or districts, activation, login history. */
package org.aashray.staff;
