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
 * Every problem of every open record editor (the record, the field, the message), then those the last
 * check of all stored records found (编辑 > 检查全部记录, also in the view's toolbar). Double-click (or
 * Enter) brings the editor forward with the cursor in the field, or opens the stored record.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".problems"; //$NON-NLS-1$

    /** A problem with the editor it belongs to. */
    public record Entry(RecordEditor editor, RecordEditor.Problem problem) {
    }

    private TableViewer viewer;
    private final Runnable storedChanged = this::refresh;
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
        column(layout, Messages.Problems_message, 60, row -> row instanceof Entry entry ? entry.problem().message()
                : ((StoredProblems.Problem) row).message(), error);
        column(layout, Messages.Problems_record, 20, row -> row instanceof Entry entry ? entry.editor().getPartName()
                : ((StoredProblems.Problem) row).record(), null);
        column(layout, Messages.Problems_field, 20, row -> row instanceof Entry entry ? entry.problem().field() == null ? "" : entry.problem().field() //$NON-NLS-1$
                : ((StoredProblems.Problem) row).field(), null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (row instanceof Entry entry) {
                open(entry);
            } else if (row instanceof StoredProblems.Problem problem) {
                open(problem);
            }
        });
        getSite().getPage().addPartListener(editors);
        StoredProblems.get().addListener(storedChanged);
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RecordEditor editor) {
                editor.addPropertyListener(problemsChanged);
            }
        }
        getSite().setSelectionProvider(viewer);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Object, String> text, Image image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
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
                    List<StoredProblems.Problem> stored = StoredProblems.get().problems();
                    List<Object> rows = new ArrayList<>(entries);
                    rows.addAll(stored);
                    viewer.setInput(rows);
                    setContentDescription(description(entries.size(), stored.size(), StoredProblems.get().checkedOn()));
                }
            });
        }
    }

    private static String description(int open, int stored, java.time.LocalDate checkedOn) {
        String ofEditors = open == 0 ? Messages.Problems_none : org.eclipse.osgi.util.NLS.bind(Messages.Problems_count, open);
        if (checkedOn == null) {
            return ofEditors + Messages.Problems_notChecked;
        }
        return ofEditors + org.eclipse.osgi.util.NLS.bind(stored == 0 ? Messages.Problems_storedNone : Messages.Problems_stored, stored,
                org.garrison.ui.editor.DateTexts.format(checkedOn));
    }

    /** The problems of the stored records that the last check found. */
    public List<StoredProblems.Problem> storedProblems() {
        return StoredProblems.get().problems();
    }

    /** Opens a stored record with a problem, in the editor its area names for it. */
    public org.eclipse.ui.IEditorPart open(StoredProblems.Problem problem) {
        if (problem == null || problem.recordId() < 0) {
            return null;
        }
        try {
            return getSite().getPage().openEditor(new org.garrison.ui.editor.RecordEditorInput(problem.recordId(), problem.recordClass(), problem.record()),
                    org.garrison.internal.ui.areas.AreaRegistry.editorFor(org.eclipse.core.runtime.Platform.getExtensionRegistry(), problem.recordClass()));
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.Problems_openFailed, e.getMessage());
            return null;
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
        StoredProblems.get().removeListener(storedChanged);
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RecordEditor editor) {
                editor.removePropertyListener(problemsChanged);
            }
        }
        super.dispose();
    }
}
