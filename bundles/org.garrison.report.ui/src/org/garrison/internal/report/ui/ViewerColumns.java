package org.garrison.internal.report.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A text column of a table viewer whose rows are of one type. */
final class ViewerColumns {

    private ViewerColumns() {
    }

    static <T> void add(TableViewer table, Class<T> rowType, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
    }
}
