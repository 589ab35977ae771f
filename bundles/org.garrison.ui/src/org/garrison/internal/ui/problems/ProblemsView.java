package org.garrison.internal.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.ui.GarrisonUI;

/**
 * Every problem of every open record editor: the record, the field, the message. Double-click (or
 * Enter) brings the editor forward with the cursor in the field.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".problems"; //$NON-NLS-1$

    /** A problem with the editor it belongs to. */
    public record Entry(RecordEditor editor, RecordEditor.Problem problem) {
    }

    private TableViewer viewer;
    private final IPropertyListener problemsChanged = (source, property) -> {
        if (property == RecordEditor.PROP_PROBLEMS) {
            refresh();
        }
    };
    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof RecordEditor editor) {
                editor.addPropertyListener(problemsChanged);
                refresh();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof RecordEditor editor) {
                editor.removePropertyListener(problemsChanged);
                refresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite table = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        table.setLayout(layout);
        viewer = new TableViewer(table, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Image error = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        column(layout, Messages.Problems_message, 60, entry -> entry.problem().message(), error);
        column(layout, Messages.Problems_record, 20, entry -> entry.editor().getPartName(), null);
        column(layout, Messages.Problems_field, 20, entry -> entry.problem().field() == null ? "" : entry.problem().field(), null); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> open((Entry) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        getSite().getPage().addPartListener(editors);
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RecordEditor editor) {
                editor.addPropertyListener(problemsChanged);
            }
        }
        getSite().setSelectionProvider(viewer);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Entry, String> text, Image image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Entry) element);
            }

            @Override
            public Image getImage(Object element) {
                return image;
            }
        });
    }

    /** The problems of the open record editors, in the order of the editors' tabs and fields. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RecordEditor editor) {
                editor.shownProblems().forEach(problem -> entries.add(new Entry(editor, problem)));
            }
        }
        return entries;
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    List<Entry> entries = entries();
                    viewer.setInput(entries);
                    setContentDescription(entries.isEmpty() ? Messages.Problems_none : org.eclipse.osgi.util.NLS.bind(Messages.Problems_count, entries.size()));
                }
            });
        }
    }

    /** Brings the problem's editor forward, with the cursor in its field; answers that field's control (null: none). */
    public Control open(Entry entry) {
        if (entry == null) {
            return null;
        }
        getSite().getPage().activate(entry.editor());
        Control field = entry.problem().control();
        if (field == null || field.isDisposed()) {
            return null;
        }
        field.setFocus();
        return field;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RecordEditor editor) {
                editor.removePropertyListener(problemsChanged);
            }
        }
        super.dispose();
    }
}
