package org.garrison.update;

/**
 * A feature as users see it: what an update site offers or what this installation holds.
 *
 * @param id the feature's id without p2's {@code .feature.group} suffix (what {@code garrison install} takes)
 * @param name the feature's name in the workbench's language, or its id when it has none
 * @param version the feature's version
 * @param description what it does, or an empty string
 */
public record Feature(String id, String name, String version, String description) {

    @Override
    public String toString() {
        return name + ' ' + version;
    }
}
