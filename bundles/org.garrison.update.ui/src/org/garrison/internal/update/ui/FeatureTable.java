package org.garrison.internal.update.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The checkbox table both dialogs show: one row per feature, columns given as (heading, width, text).
 *
 * @param <T> what a row shows
 */
final class FeatureTable<T> {

    record Column<T>(String heading, int width, Function<T, String> text) {
    }

    private final CheckboxTableViewer viewer;

    @SafeVarargs
    FeatureTable(Composite parent, Column<T>... columns) {
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column<T> column : columns) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            viewerColumn.getColumn().setText(column.heading());
            viewerColumn.getColumn().setWidth(column.width());
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return column.text().apply((T) element);
                }
            });
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 220).applyTo(viewer.getTable());
    }

    CheckboxTableViewer viewer() {
        return viewer;
    }

    void show(List<T> rows, boolean checked) {
        viewer.setInput(rows);
        viewer.setAllChecked(checked);
    }

    @SuppressWarnings("unchecked")
    List<T> checked() {
        return java.util.Arrays.stream(viewer.getCheckedElements()).map(element -> (T) element).toList();
    }
}
