package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.garrison.internal.security.ActivityMatrix;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;

/**
 * 季度安全活动: the year's four kinds × four quarters, held cells green with their days, a past quarter
 * without its activity red, the current quarter amber until held. A double-click (or Enter) on a held
 * cell opens its activity; on an empty one, a new activity of that kind in that quarter.
 */
public class ActivityMatrixEditor extends SecurityEditorPart {

    private org.garrison.ui.editor.YearBar yearBar;
    private Table table;
    private ActivityMatrix matrix;
    private Color red;
    private Color amber;
    private Color green;
    private int column = 1;

    @Override
    protected void createContents(Composite parent) {
        red = new Color(SecurityUi.RED);
        amber = new Color(SecurityUi.AMBER);
        green = new Color(SecurityUi.GREEN);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        List<Integer> years = ledger().getActivities().stream().filter(activity -> activity.getDate() != null).map(activity -> activity.getDate().getYear()).toList();
        yearBar = new org.garrison.ui.editor.YearBar(parent, 1, years, SecurityUi.today().getYear(), this::show);
        Button add = new Button(yearBar.control(), SWT.PUSH);
        add.setText(Messages.Matrix_new);
        add.addListener(SWT.Selection, event -> openCell(Math.max(0, table.getSelectionIndex()), column));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        TableColumn kind = new TableColumn(table, SWT.NONE);
        kind.setText(Messages.Matrix_kind);
        kind.setWidth(140);
        for (int quarter = 1; quarter <= 4; quarter++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(SecurityTexts.quarter(quarter));
            column.setWidth(200);
        }
        table.addListener(SWT.MouseDown, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            for (int i = 1; item != null && i <= 4; i++) {
                if (item.getBounds(i).contains(event.x, event.y)) {
                    column = i;
                }
            }
        });
        table.addListener(SWT.MouseDoubleClick, event -> openCell(table.getSelectionIndex(), column));
        table.addListener(SWT.DefaultSelection, event -> openCell(table.getSelectionIndex(), column));
        table.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_RIGHT) {
                column = Math.min(4, column + 1);
                show();
            } else if (event.keyCode == SWT.ARROW_LEFT) {
                column = Math.max(1, column - 1);
                show();
            }
        });
        show();
        followCommits(this::show, org.garrison.model.security.SecurityPackage.Literals.SAFETY_ACTIVITY);
        installGlobalActions();
    }

    private void show() {
        matrix = new ActivityMatrix(ledger(), yearBar.year(), SecurityUi.today());
        int selected = table.getSelectionIndex();
        table.removeAll();
        for (SafetyActivityKind kind : SafetyActivityKind.VALUES) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, SecurityTexts.label(kind, SecurityUi.locale()));
            for (int quarter = 1; quarter <= 4; quarter++) {
                ActivityMatrix.Cell cell = matrix.cell(kind, quarter);
                String text = SecurityTexts.cell(cell);
                item.setText(quarter, quarter == column && table.isFocusControl() ? "▸ " + text : text); //$NON-NLS-1$
                item.setBackground(quarter, switch (cell.state()) {
                    case HELD -> green;
                    case MISSING -> red;
                    case OPEN -> amber;
                    case AHEAD -> null;
                });
            }
        }
        table.setSelection(Math.max(0, selected));
        List<SafetyActivityKind> open = matrix.openThisQuarter();
        yearBar.summarize(NLS.bind(Messages.Matrix_summary, new Object[] { matrix.held(), matrix.missing(),
                open.isEmpty() ? Messages.Matrix_noneOpen : String.join(org.garrison.internal.security.Messages.Texts_listSeparator,
                        open.stream().map(kind -> SecurityTexts.label(kind, SecurityUi.locale())).toList()) }));
    }

    /** Opens the held activity of the cell, or a new one of its kind in its quarter. */
    public void openCell(int row, int quarter) {
        if (row < 0 || quarter < 1) {
            return;
        }
        SafetyActivityKind kind = SafetyActivityKind.VALUES.get(row);
        ActivityMatrix.Cell cell = matrix.cell(kind, quarter);
        if (!cell.activities().isEmpty()) {
            SafetyActivity activity = cell.activities().get(0);
            SecurityUi.open(getSite().getPage(), session(), activity, SecurityTexts.label(kind, SecurityUi.locale()), SecurityUi.DEFAULT_EDITOR);
            return;
        }
        LocalDate first = LocalDate.of(yearBar.year(), (quarter - 1) * 3 + 1, 1);
        LocalDate today = SecurityUi.today();
        NewActivityWizard wizard = new NewActivityWizard(kind, today.isBefore(first) || today.isAfter(first.plusMonths(3).minusDays(1)) ? first : today);
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
        // the wizard's commit brings the new activity in (followCommits)
    }

    public ActivityMatrix matrix() {
        return matrix;
    }

    public Table table() {
        return table;
    }

    public org.garrison.ui.editor.YearBar yearBar() {
        return yearBar;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
            amber.dispose();
            green.dispose();
        }
        super.dispose();
    }
}
