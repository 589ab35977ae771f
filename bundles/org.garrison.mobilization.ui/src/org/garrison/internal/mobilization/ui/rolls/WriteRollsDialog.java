package org.garrison.internal.mobilization.ui.rolls;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.mobilization.RollScope;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.mobilization.RosterRoll;
import org.garrison.internal.mobilization.UnitRolls;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * 写出名册: one of a unit's three rolls (人员花名册, 出入转队花名册, 集结点验登记册) for a unit, a
 * town or the district, written as .xlsx or .csv with progress.
 */
public class WriteRollsDialog extends TitleAreaDialog {

    private final StoreSession session;
    private final List<MobilizationLedger> ledgers;
    private final List<RollScope> scopes = new ArrayList<>();
    private Combo roll;
    private Combo scope;
    private Spinner year;
    private Text file;
    private String outcome;

    public WriteRollsDialog(Shell parent) throws StoreException {
        super(parent);
        session = GarrisonUI.getStore().openSession();
        ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.Rolls_title);
        setTitle(Messages.Rolls_title);
        setMessage(Messages.Rolls_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Rolls_roll);
        roll = combo(body, "roll"); //$NON-NLS-1$
        roll.setItems(Messages.Rolls_members, Messages.Rolls_movements, Messages.Rolls_musters);
        roll.select(0);

        new Label(body, SWT.NONE).setText(Messages.Rolls_scope);
        scope = combo(body, "scope"); //$NON-NLS-1$
        scope.add(Messages.Rolls_district);
        scopes.add(RollScope.district());
        TreeSet<String> towns = new TreeSet<>();
        List<MilitiaUnit> units = RollScope.district().units(ledgers);
        units.forEach(unit -> {
            String town = RosterRoll.townOf(unit.getOrgUnit());
            if (town != null) {
                towns.add(town);
            }
        });
        for (String town : towns) {
            scope.add(NLS.bind(Messages.Rolls_town, town));
            scopes.add(RollScope.town(town));
        }
        for (MilitiaUnit unit : units) {
            scope.add(RosterImport.unitLabel(unit));
            scopes.add(RollScope.unit(RosterImport.unitLabel(unit)));
        }
        scope.select(0);
        scope.setVisibleItemCount(20);

        new Label(body, SWT.NONE).setText(Messages.Rolls_year);
        year = new Spinner(body, SWT.BORDER);
        year.setData("name", "year"); //$NON-NLS-1$ //$NON-NLS-2$
        year.setValues(GarrisonUI.today().getYear(), 1990, 2100, 0, 1, 10);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(year);

        new Label(body, SWT.NONE).setText(Messages.Rolls_file);
        file = new Text(body, SWT.BORDER);
        file.setData("name", "file"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(file);
        file.addModifyListener(event -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Rolls_browse);
        browse.addListener(SWT.Selection, event -> browse());
        return area;
    }

    private static Combo combo(Composite body, String name) {
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData("name", name); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(combo);
        return combo;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.docx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialog.setFileName(roll.getText() + ".xlsx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.Rolls_write);
        validate();
    }

    private void validate() {
        String name = file.getText().strip().toLowerCase(Locale.ROOT);
        boolean table = name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".docx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        setErrorMessage(name.isEmpty() || table ? null : Messages.Rolls_notATable);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(table);
        }
    }

    @Override
    protected void okPressed() {
        UnitRolls.Roll chosen = UnitRolls.Roll.values()[roll.getSelectionIndex()];
        RollScope whose = scopes.get(scope.getSelectionIndex());
        int of = year.getSelection();
        Path target = Path.of(file.getText().strip());
        int[] rows = new int[1];
        try {
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                monitor.beginTask(Messages.Rolls_writing, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    rows[0] = UnitRolls.write(chosen, ledgers, whose, of, target, Locale.getDefault());
                } catch (java.io.IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), Messages.Rolls_failed, NLS.bind(Messages.Rolls_failedDetail, target, e.getCause().getMessage()));
            return;
        } catch (InterruptedException e) {
            return;
        }
        outcome = NLS.bind(Messages.Rolls_written, rows[0], target);
        super.okPressed();
    }

    /** What was written, as the user is told (null while nothing was). */
    public String outcome() {
        return outcome;
    }

    @Override
    public boolean close() {
        session.close();
        return super.close();
    }
}
