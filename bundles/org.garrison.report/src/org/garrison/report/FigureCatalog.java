package org.garrison.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.ILog;
import org.garrison.store.StoreException;

/**
 * Every figure contributed to {@code org.garrison.report.figures}, Garrison's own and each installed
 * department plug-in's, in contribution order. A provider that fails is logged and left out; a
 * figure id given twice keeps the first.
 */
public final class FigureCatalog {

    public static final String EXTENSION_POINT = "org.garrison.report.figures"; //$NON-NLS-1$

    private final Map<String, Figure> figures;

    public FigureCatalog(Collection<Figure> figures) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        figures.forEach(figure -> byId.putIfAbsent(figure.id(), figure));
        this.figures = byId;
    }

    /** The catalogue of the running product's plug-ins. */
    public static FigureCatalog contributed() {
        List<Figure> figures = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"provider".equals(element.getName())) { //$NON-NLS-1$
                continue; // a department's paragraph of the report
            }
            try {
                if (element.createExecutableExtension("class") instanceof FigureProvider provider) { //$NON-NLS-1$
                    figures.addAll(provider.figures());
                }
            } catch (CoreException | RuntimeException e) {
                ILog.of(FigureCatalog.class).error("Figure provider of " + element.getContributor().getName() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new FigureCatalog(figures);
    }

    public List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    /** The figure with the id, or null. */
    public Figure figure(String id) {
        return figures.get(id);
    }

    /** Every figure's value for the context, by id; the database computes each. */
    public Map<String, FigureValue> compute(FigureContext context, IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, figures.size());
        Map<String, FigureValue> values = new LinkedHashMap<>();
        for (Figure figure : figures.values()) {
            progress.subTask(figure.name(java.util.Locale.getDefault()));
            values.put(figure.id(), context.valueOf(figure));
            progress.worked(1);
        }
        return values;
    }
}
