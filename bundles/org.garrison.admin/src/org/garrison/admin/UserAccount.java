package org.garrison.admin;

import java.util.Set;

import org.garrison.store.Role;

/**
 * A user of the department's database.
 *
 * @param name    the login name
 * @param roles   the roles granted to the user
 * @param enabled whether the user may log in
 * @param owner   whether the user is the database's owner (the first administrator)
 */
public record UserAccount(String name, Set<Role> roles, boolean enabled, boolean owner) {
}
