package org.garrison.store;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;

/**
 * What the store's user may change. An embedded database is one person's: everything. On the shared
 * server the user's roles decide, and the database refuses whatever they do not allow; the workbench
 * asks beforehand, so that it shows such records read-only instead of failing at Save.
 *
 * @param user  who is connected
 * @param roles the user's roles; empty for an embedded database and for the database's owner
 * @param all   whether the user may change every record (embedded, owner, 管理员)
 */
public record Access(String user, Set<Role> roles, boolean all) {

    public static Access everything(String user) {
        return new Access(user, Set.of(), true);
    }

    public boolean mayChange(EClass eClass) {
        if (all) {
            return true;
        }
        return Role.isSharedPart(eClass) ? roles.stream().anyMatch(Role::changesRecords) : roles.contains(Role.writerOf(eClass.getEPackage()));
    }

    /** The role needed to change records of the class. */
    public Role roleToChange(EClass eClass) {
        return Role.writerOf(eClass.getEPackage());
    }

    /** Whether the user may change nothing at all (领导). */
    public boolean readOnly() {
        return !all && roles.stream().noneMatch(Role::changesRecords);
    }
}
