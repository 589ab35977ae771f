package org.garrison.internal.study.ui.reading;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.garrison.internal.study.ReadingMatrix;
import org.garrison.internal.study.StudySettings;
import org.garrison.internal.study.StudyStatistics;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.core.Person;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyPackage.Literals;

/**
 * 读书情况: persons of a group × the year's books, each cell the chapters read (full reading 逐字逐句
 * counts when every chapter is read, selected reading 选读 when any is); the last column the books
 * read against the group's plan, in red for whoever is behind. Enter or a double-click on a cell
 * ticks the chapters read: one command (undo), saved with Save.
 */
public class ReadingMatrixEditor extends StudyEditorPart {

    public static final String ID = StudyUi.READING_MATRIX;

    private Combo groupCombo;
    private Combo yearCombo;
    private TableViewer table;
    private Label summary;
    private ReadingMatrix matrix;
    private Color red;
    private final List<TableViewerColumn> bookColumns = new ArrayList<>();


    @Override
    protected void createContents(Composite parent) {
        red = new Color(0xc0, 0x39, 0x2b);
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(8, 4).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Reading_group);
        groupCombo = new Combo(bar, SWT.READ_ONLY);
        ledger().getGroups().forEach(group -> groupCombo.add(group.getName()));
        groupCombo.select(ledger().getGroups().isEmpty() ? -1 : Math.min(1, ledger().getGroups().size() - 1));
        groupCombo.addListener(SWT.Selection, event -> show());
        new Label(bar, SWT.NONE).setText(Messages.Reading_year);
        yearCombo = yearCombo(bar);
        yearCombo.addListener(SWT.Selection, event -> show());
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(summary);
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.getTable().addListener(SWT.MouseDoubleClick, event -> {
            org.eclipse.swt.widgets.TableItem item = table.getTable().getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
            if (item != null) {
                for (int c = 1; c <= bookColumns.size(); c++) {
                    if (item.getBounds(c).contains(event.x, event.y)) {
                        tickChapters((Person) item.getData(), matrix.items().get(c - 1));
                    }
                }
            }
        });
        // Enter on a person: which book, then its chapters (the keyboard's way to a cell)
        table.getTable().addListener(SWT.DefaultSelection, event -> {
            if (table.getStructuredSelection().getFirstElement() instanceof Person person && !matrix.items().isEmpty()) {
                org.eclipse.ui.dialogs.ElementListSelectionDialog books = new org.eclipse.ui.dialogs.ElementListSelectionDialog(getSite().getShell(),
                        new LabelProvider() {
                            @Override
                            public String getText(Object element) {
                                return ((ReadingItem) element).getTitle();
                            }
                        });
                books.setTitle(Messages.Reading_tickTitle);
                books.setMessage(NLS.bind(Messages.Reading_chooseBook, person.getName()));
                books.setElements(matrix.items().toArray());
                books.setMultipleSelection(false);
                if (books.open() == Window.OK && books.getFirstResult() instanceof ReadingItem item) {
                    tickChapters(person, item);
                }
            }
        });
        show();
        installGlobalActions();
    }

    /** Shows the group's matrix of the year (as choosing them in the lists does). */
    public void show(StudyGroup group, int year) {
        groupCombo.select(ledger().getGroups().indexOf(group));
        select(yearCombo, year);
        show();
    }

    public StudyGroup group() {
        return groupCombo.getSelectionIndex() < 0 ? null : ledger().getGroups().get(groupCombo.getSelectionIndex());
    }

    public int year() {
        return Integer.parseInt(yearCombo.getText());
    }

    private void show() {
        matrix = StudyStatistics.ofYear(ledger(), group(), year(), StudyUi.today(), StudySettings.makeUpDays()).reading();
        table.getTable().setRedraw(false);
        try {
            for (org.eclipse.swt.widgets.TableColumn column : table.getTable().getColumns()) {
                column.dispose();
            }
            bookColumns.clear();
            column(Messages.Reading_person, 90, person -> person.getName(), person -> null);
            for (ReadingItem item : matrix.items()) {
                bookColumns.add(column(NLS.bind(Messages.Reading_book, item.getTitle(), StudyTexts.label(item.getMode(), StudyUi.locale())), 200,
                        person -> NLS.bind(Messages.Reading_cell, new Object[] { matrix.chaptersDone(person, item), item.getChapters().size(),
                                StudyTexts.share(matrix.share(person, item)) }),
                        person -> null));
            }
            column(NLS.bind(Messages.Reading_read, matrix.target()), 110, person -> String.valueOf(matrix.booksRead(person)),
                    person -> matrix.behind(person) ? red : null);
            table.setInput(matrix.persons());
        } finally {
            table.getTable().setRedraw(true);
        }
        summary.setText(NLS.bind(Messages.Reading_summary, new Object[] { matrix.persons().size(), matrix.items().size(),
                StudyTexts.share(matrix.overallShare()), matrix.behind().size() }));
        summary.getParent().layout(true);
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Person, String> text,
            java.util.function.Function<Person, Color> color) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setToolTipText(title); // a long title is cut in the header
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public void update(ViewerCell cell) {
                cell.setText(text.apply((Person) cell.getElement()));
                cell.setForeground(color.apply((Person) cell.getElement()));
            }
        });
        return column;
    }

    private void tickChapters(Person person, ReadingItem item) {
        ListSelectionDialog dialog = ListSelectionDialog.of(item.getChapters()).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((Chapter) element).getTitle();
                    }
                }).message(NLS.bind(Messages.Reading_tickMessage, person.getName(), item.getTitle()))
                .preselect(matrix.progress(person, item) == null ? new Object[0] : matrix.progress(person, item).getChaptersDone().toArray())
                .create(getSite().getShell());
        dialog.setTitle(Messages.Reading_tickTitle);
        if (dialog.open() == Window.OK) {
            List<Chapter> done = new ArrayList<>();
            for (Object chosen : dialog.getResult()) {
                done.add((Chapter) chosen);
            }
            setChaptersDone(person, item, done);
        }
    }

    /** The chapters the person has read of the book, as ticked: one command. */
    public void setChaptersDone(Person person, ReadingItem item, List<Chapter> done) {
        ReadingProgress progress = matrix.progress(person, item);
        CompoundCommand command = new CompoundCommand(Messages.Reading_tickTitle);
        if (progress == null) {
            ReadingProgress created = StudyFactory.eINSTANCE.createReadingProgress();
            created.setReader(person);
            created.setItem(item);
            created.getChaptersDone().addAll(done);
            command.append(AddCommand.create(domain(), ledger(), Literals.STUDY_LEDGER__PROGRESS, created));
        } else {
            List<Chapter> removed = progress.getChaptersDone().stream().filter(chapter -> !done.contains(chapter)).toList();
            List<Chapter> added = done.stream().filter(chapter -> !progress.getChaptersDone().contains(chapter)).toList();
            if (!removed.isEmpty()) {
                command.append(RemoveCommand.create(domain(), progress, Literals.READING_PROGRESS__CHAPTERS_DONE, removed));
            }
            if (!added.isEmpty()) {
                command.append(AddCommand.create(domain(), progress, Literals.READING_PROGRESS__CHAPTERS_DONE, added));
            }
        }
        if (!command.isEmpty()) {
            Command unwrapped = command.unwrap();
            domain().getCommandStack().execute(unwrapped);
        }
    }

    @Override
    protected void commandStackChanged() {
        show();
    }

    @Override
    protected void reverted() {
        show();
    }


    public ReadingMatrix matrix() {
        return matrix;
    }

    public TableViewer table() {
        return table;
    }

    public Combo groupCombo() {
        return groupCombo;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }

}
