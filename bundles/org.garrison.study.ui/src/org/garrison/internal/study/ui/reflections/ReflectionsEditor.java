package org.garrison.internal.study.ui.reflections;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * 学习心得: every reflection with its author, date, title, the session or book it is on and its
 * length in characters; filter by author or book to list one person's or one book's, sort, and
 * export (.xlsx, .csv) from the context menu. Titles and dates can be corrected in place (undo, Save).
 */
public class ReflectionsEditor extends StudyEditorPart {

    public static final String ID = "org.garrison.study.reflections"; //$NON-NLS-1$

    private RecordTable table;


    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        Label summary = new Label(parent, SWT.NONE);
        summary.setText(NLS.bind(Messages.Reflections_summary, ledger().getReflections().size(),
                ledger().getReflections().stream().map(Reflection::getAuthor).distinct().count()));
        table = new RecordTable(parent, List.of(
                RecordColumn.computed(Messages.Reflections_author, row -> ((Reflection) row).getAuthor() == null ? null
                        : ((Reflection) row).getAuthor().getName()).width(90),
                RecordColumn.path(items(), Literals.REFLECTION__DATE).width(100),
                RecordColumn.path(items(), Literals.REFLECTION__TITLE).width(220),
                RecordColumn.computed(Messages.Reflections_book, row -> ((Reflection) row).getItem() == null ? null
                        : ((Reflection) row).getItem().getTitle()).width(220),
                RecordColumn.computed(Messages.Reflections_session, row -> ((Reflection) row).getSession() == null ? null
                        : ((Reflection) row).getSession().getTopic()).width(180),
                RecordColumn.computed(Messages.Reflections_length, row -> ((Reflection) row).getText() == null ? 0
                        : ((Reflection) row).getText().codePointCount(0, ((Reflection) row).getText().length())).width(80)),
                domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.setRows(ledger().getReflections().stream()
                .sorted(java.util.Comparator.comparing((Reflection r) -> r.getAuthor() == null ? "" : r.getAuthor().getName()) //$NON-NLS-1$
                        .thenComparing(r -> r.getDate(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList());
        TableMenu.attach(table, getSite(), Messages.Reflections_sheet);
        installGlobalActions();
    }

    @Override
    protected void commandStackChanged() {
        table.refresh();
    }

    @Override
    protected void reverted() {
        table.refresh();
    }

    public RecordTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }
}
