package org.garrison.ui.table;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;

/** A text column of a JFace table or tree viewer: the one way small lists and trees get their columns. */
public final class ViewerColumns {

    private ViewerColumns() {
    }

    /** A table of small computed rows (towns, subjects, dues): headers, lines, multi-selection, a list or array as input. */
    public static TableViewer table(org.eclipse.swt.widgets.Composite parent) {
        TableViewer viewer = new TableViewer(parent, org.eclipse.swt.SWT.BORDER | org.eclipse.swt.SWT.FULL_SELECTION | org.eclipse.swt.SWT.MULTI
                | org.eclipse.swt.SWT.V_SCROLL | org.eclipse.swt.SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        return viewer;
    }

    public static <T> TableViewerColumn add(TableViewer table, Class<T> rowType, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        return column;
    }

    /** The same for a tree viewer (rows of mixed types: the function sees each element as it is). */
    public static TreeViewerColumn add(TreeViewer tree, String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        return column;
    }
}
