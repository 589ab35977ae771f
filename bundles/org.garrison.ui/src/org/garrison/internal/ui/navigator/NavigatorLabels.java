package org.garrison.internal.ui.navigator;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.RecordNames;
import org.garrison.internal.ui.navigator.NavigatorNodes.AreaNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.GroupNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.MoreNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.RecordNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.RecordsNode;
import org.garrison.store.StoreException;
import org.garrison.store.query.FeaturePath;

/**
 * Names the navigator's nodes: areas with their icons, kinds and groups with their counts (in the
 * counter colour, as the platform shows counts), records by their label feature or by their EMF.Edit
 * item provider, which knows every registered model's labels.
 */
final class NavigatorLabels extends LabelProvider implements IStyledLabelProvider {

    private final ComposedAdapterFactory items = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final Map<ImageDescriptor, Image> images = new HashMap<>();
    private final NavigatorContent content;

    NavigatorLabels(NavigatorContent content) {
        this.content = content;
    }

    @Override
    public StyledString getStyledText(Object element) {
        return switch (element) {
            case AreaNode area -> new StyledString(area.area().name());
            case RecordsNode records -> counted(records.records().name(), count(records));
            case GroupNode group -> counted(groupName(group), group.count());
            case NavigatorNodes.OuterGroupNode outer -> counted(outer.key() instanceof EObject record && !(record instanceof org.eclipse.emf.common.util.Enumerator) ? RecordNames.of(record, items)
                    : outer.key() == null ? Messages.Navigator_noGroup : text(outer.key()), outer.count());
            case NavigatorNodes.MonthNode month -> counted(NLS.bind(Messages.Navigator_month, month.month()), month.count());
            case RecordNode record -> new StyledString(recordName(record));
            case MoreNode more -> new StyledString(NLS.bind(Messages.Navigator_more, more.remaining()), StyledString.QUALIFIER_STYLER);
            default -> new StyledString(String.valueOf(element));
        };
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof AreaNode area && area.area().icon() != null) {
            return images.computeIfAbsent(area.area().icon(), ImageDescriptor::createImage);
        }
        return null;
    }

    private long count(RecordsNode records) {
        try {
            return content.count(records);
        } catch (StoreException e) {
            return -1;
        }
    }

    private static StyledString counted(String name, long count) {
        StyledString text = new StyledString(name);
        if (count >= 0) {
            text.append(NLS.bind(Messages.Navigator_count, count), StyledString.COUNTER_STYLER);
        }
        return text;
    }

    private String groupName(GroupNode group) {
        Object key = group.key();
        if (key == null) {
            return Messages.Navigator_noGroup;
        }
        if (group.parent().records().groupByYear()) {
            return NLS.bind(Messages.Navigator_year, key);
        }
        if (key instanceof String literal && group.parent().records().groupBy() != null
                && group.parent().records().groupBy().steps().get(group.parent().records().groupBy().steps().size() - 1) instanceof org.eclipse.emf.ecore.EAttribute attribute
                && attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum && eEnum.getEEnumLiteral(literal) != null) {
            key = eEnum.getEEnumLiteral(literal).getInstance();
        }
        // a dynamic package's enumeration value is an EEnumLiteral, which is an EObject too: named as a value, not a record
        return key instanceof EObject record && !(key instanceof org.eclipse.emf.common.util.Enumerator) ? RecordNames.of(record, items) : text(key);
    }

    /** A value as staff read it: an enumeration's literal by the model's label (区级, not DISTRICT), a date as they type it. */
    private static String text(Object value) {
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return org.garrison.model.labels.ModelLabels.of(literal, java.util.Locale.getDefault());
        }
        return value instanceof java.time.LocalDate date ? org.garrison.ui.editor.DateTexts.format(date) : String.valueOf(value);
    }

    private String recordName(RecordNode node) {
        FeaturePath label = node.records().label();
        if (label != null) {
            Object value = node.record();
            for (EStructuralFeature step : label.steps()) {
                value = value instanceof EObject object ? object.eGet(step) : null;
            }
            if (value != null) {
                String prefix = prefix(node);
                return prefix == null ? text(value) : prefix + "  " + text(value); //$NON-NLS-1$
            }
        }
        return RecordNames.itemText(node.record(), items);
    }

    /** The value shown before a record's name (labelPrefix), a date as staff type it. */
    private static String prefix(RecordNode node) {
        FeaturePath path = node.records().labelPrefix();
        if (path == null) {
            return null;
        }
        Object value = node.record();
        for (EStructuralFeature step : path.steps()) {
            value = value instanceof EObject object ? object.eGet(step) : null;
        }
        return value == null ? null : text(value);
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        items.dispose();
        super.dispose();
    }
}
