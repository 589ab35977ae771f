package org.garrison.update;

/**
 * What installing, updating or uninstalling did to one feature.
 *
 * @param before the feature as installed before, or null when it was newly installed
 * @param after the feature as installed after, or null when it was uninstalled
 */
public record FeatureChange(Feature before, Feature after) {
}
