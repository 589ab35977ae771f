package org.garrison.internal.ui.areas;

import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;

/** One contributed area: a top-level node of the navigator with its kinds of records. */
public record AreaDescriptor(String id, String name, ImageDescriptor icon, int order, String contributor, List<RecordsDescriptor> records) {
}
