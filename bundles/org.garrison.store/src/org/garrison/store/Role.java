package org.garrison.store;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.StoreApiMessages;

/**
 * A role of the shared database: what its users may change, enforced by the database itself
 * (Derby's SQL authorization), so that no client, however modified, can do more. Each model
 * package is changed by one role — {@code study} by 政工, {@code training} by 军事, {@code mobilization}
 * and the shared {@code core} records (units, persons) by 动员, {@code security} by 保障, and a
 * department plug-in's package by a role named after its prefix — and every role reads everything.
 * 领导 reads and changes nothing; 管理员 changes every area.
 *
 * @param sqlName the role's name in the database, e.g. {@code GARRISON_TRAINING}
 */
public record Role(String sqlName) {

    private static final String PREFIX = "GARRISON_"; //$NON-NLS-1$

    public static final Role STUDY = new Role(PREFIX + "STUDY"); //$NON-NLS-1$
    public static final Role TRAINING = new Role(PREFIX + "TRAINING"); //$NON-NLS-1$
    public static final Role MOBILIZATION = new Role(PREFIX + "MOBILIZATION"); //$NON-NLS-1$
    public static final Role SECURITY = new Role(PREFIX + "SECURITY"); //$NON-NLS-1$
    public static final Role LEADER = new Role(PREFIX + "LEADER"); //$NON-NLS-1$
    public static final Role ADMINISTRATOR = new Role(PREFIX + "ADMINISTRATOR"); //$NON-NLS-1$

    /** The roles every department has, in the order a person reads them. */
    public static final List<Role> SECTIONS = List.of(STUDY, TRAINING, MOBILIZATION, SECURITY, LEADER, ADMINISTRATOR);

    /** The role whose users change the package's records. */
    public static Role writerOf(EPackage ePackage) {
        EPackage top = ePackage;
        while (top.getESuperPackage() != null) {
            top = top.getESuperPackage();
        }
        String prefix = top.getNsPrefix().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return "CORE".equals(prefix) ? MOBILIZATION : new Role(PREFIX + prefix); //$NON-NLS-1$
    }

    /**
     * Whether records of the class are parts that records of every area hold (a core class that is not
     * a record: an attachment), so that every role that changes records may change them.
     */
    public static boolean isSharedPart(org.eclipse.emf.ecore.EClass eClass) {
        return "core".equals(eClass.getEPackage().getNsPrefix()) //$NON-NLS-1$
                && eClass.getEAllSuperTypes().stream().noneMatch(type -> "Record".equals(type.getName())); //$NON-NLS-1$
    }

    /** Whether the role changes records of some area (not 领导, not a user's personal role). */
    public boolean changesRecords() {
        return !equals(LEADER) && !sqlName.startsWith(PREFIX + "AS_") && !sqlName.equals(PREFIX + "READER"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The role a person names on a command line: its label in either language (军事, training), or a
     * department package's prefix.
     *
     * @throws IllegalArgumentException naming the roles there are, when the name is empty
     */
    public static Role named(String name) {
        String wanted = name.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(StoreApiMessages.format("role.unknown", name, knownLabels())); //$NON-NLS-1$
        }
        for (Role role : SECTIONS) {
            if (role.label().equalsIgnoreCase(wanted) || role.key().equalsIgnoreCase(wanted) || role.sqlName.equalsIgnoreCase(wanted)) {
                return role;
            }
        }
        String upper = wanted.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z][A-Z0-9_]*")) { //$NON-NLS-1$
            throw new IllegalArgumentException(StoreApiMessages.format("role.unknown", name, knownLabels())); //$NON-NLS-1$
        }
        return new Role(upper.startsWith(PREFIX) ? upper : PREFIX + upper);
    }

    private static String knownLabels() {
        return String.join(StoreApiMessages.format("role.separator"), SECTIONS.stream().map(Role::label).toList()); //$NON-NLS-1$
    }

    /** The name without the prefix, lower case: {@code training}, or a department's package prefix. */
    public String key() {
        return sqlName.substring(Math.min(sqlName.length(), PREFIX.length())).toLowerCase(Locale.ROOT);
    }

    /** The role as a person reads it: 军事, or a department's package prefix. */
    public String label() {
        return SECTIONS.contains(this) ? StoreApiMessages.format("role." + key()) : key(); //$NON-NLS-1$
    }

    /** The role that gathers one user's roles (Derby enables one role per connection). */
    public static Role personal(String user) {
        return new Role(PREFIX + "AS_" + user.toUpperCase(Locale.ROOT)); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return label();
    }
}
