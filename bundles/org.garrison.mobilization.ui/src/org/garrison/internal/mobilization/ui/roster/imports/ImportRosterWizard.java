package org.garrison.internal.mobilization.ui.roster.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.mobilization.ImportField;
import org.garrison.internal.mobilization.ImportPlan;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.mobilization.UnitPlacement;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * Imports a militia roster in three steps: the file, which field each column fills, and the check
 * of every row (row, field, problem) with the choice to import the valid rows or nothing. Reading,
 * checking and importing run with progress and can be cancelled; the import is one transaction.
 */
public class ImportRosterWizard extends Wizard {

    private final StoreSession session;
    private final FilePage filePage = new FilePage();
    private final MappingPage mappingPage = new MappingPage();
    private final PreviewPage previewPage = new PreviewPage();
    private ImportPlan plan;
    private String outcome;

    public ImportRosterWizard() {
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
        session = GarrisonUI.getStore().openSession();
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == previewPage && plan != null;
    }

    @Override
    public boolean performFinish() {
        if (!previewPage.importValidOnly() && !plan.problems().isEmpty()) {
            outcome = NLS.bind(Messages.Import_nothingImported, plan.rows().stream().filter(row -> !row.valid()).count());
            MessageDialog.openInformation(getShell(), Messages.Import_title, outcome);
            return true;
        }
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    plan.importValidRows(monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (org.garrison.store.StoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), Messages.Import_failed, e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        outcome = NLS.bind(Messages.Import_done, new Object[] { plan.validRows().size(), plan.newMembers(), plan.updatedMembers(), plan.unchangedMembers() });
        return true;
    }

    /** What the wizard did, as the user was told (null while nothing was done). */
    public String outcome() {
        return outcome;
    }

    /** The checked file (after the check step). */
    public ImportPlan plan() {
        return plan;
    }

    @Override
    public void dispose() {
        session.close();
        super.dispose();
    }

    private final class FilePage extends WizardPage {

        private Text file;

        FilePage() {
            super("file"); //$NON-NLS-1$
            setTitle(Messages.Import_filePage);
            setDescription(Messages.Import_fileDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            new Label(body, SWT.NONE).setText(Messages.Import_file);
            file = new Text(body, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
            file.addModifyListener(event -> validate());
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.Import_browse);
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            setControl(body);
            setPageComplete(false);
        }

        private void validate() {
            Path path = path();
            boolean exists = path != null && Files.isRegularFile(path);
            setErrorMessage(exists || file.getText().isBlank() ? null : NLS.bind(Messages.Import_fileMissing, file.getText()));
            setPageComplete(exists);
        }

        Path path() {
            try {
                return file.getText().isBlank() ? null : Path.of(file.getText().strip());
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        Text fileText() {
            return file;
        }
    }

    private final class MappingPage extends WizardPage {

        private Composite body;
        private final List<Combo> choices = new ArrayList<>();
        private Path readFrom;
        private Button byColumn;
        private Button oneUnit;
        private Combo unitChoice;
        private Button byPlace;
        private Button createMissing;

        MappingPage() {
            super("mapping"); //$NON-NLS-1$
            setTitle(Messages.Import_mappingPage);
            setDescription(Messages.Import_mappingDescription);
        }

        @Override
        public void createControl(Composite parent) {
            body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(body);
            setControl(body);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible && !filePage.path().equals(readFrom)) {
                readHeader();
            }
            super.setVisible(visible);
        }

        private void readHeader() {
            for (org.eclipse.swt.widgets.Control child : body.getChildren()) {
                child.dispose();
            }
            choices.clear();
            readFrom = filePage.path();
            List<String> header;
            try {
                header = RosterImport.header(readFrom);
            } catch (java.io.IOException e) {
                setErrorMessage(e.getMessage());
                setPageComplete(false);
                return;
            }
            setErrorMessage(null);
            Map<Integer, ImportField> guessed = RosterImport.guessMapping(header);
            List<Integer> unmatched = RosterImport.unmatchedColumns(header);
            if (!unmatched.isEmpty()) {
                Label note = new Label(body, SWT.WRAP);
                note.setData("name", "unmatched"); //$NON-NLS-1$ //$NON-NLS-2$
                note.setText(NLS.bind(Messages.Import_unmatched, String.join(Messages.Import_separator, unmatched.stream().map(header::get).toList())));
                GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(note);
            }
            placementGroup(guessed.containsValue(ImportField.UNIT));
            // a town's file has a dozen columns or more: they scroll, the placement above stays in view
            org.eclipse.swt.custom.ScrolledComposite scroller = new org.eclipse.swt.custom.ScrolledComposite(body, SWT.V_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(scroller);
            Composite columns = new Composite(scroller, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(columns);
            new Label(columns, SWT.NONE).setText(Messages.Import_column);
            new Label(columns, SWT.NONE).setText(Messages.Import_field);
            for (int column = 0; column < header.size(); column++) {
                new Label(columns, SWT.NONE).setText(header.get(column).isBlank() ? "#" + (column + 1) : header.get(column)); //$NON-NLS-1$
                Combo combo = new Combo(columns, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.add(Messages.Import_ignored);
                for (ImportField field : ImportField.values()) {
                    combo.add(field.label(Locale.getDefault()));
                }
                ImportField field = guessed.get(column);
                combo.select(field == null ? 0 : field.ordinal() + 1);
                choices.add(combo);
            }
            scroller.setContent(columns);
            scroller.setExpandHorizontal(true);
            scroller.setExpandVertical(true);
            scroller.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            body.layout(true, true);
            setPageComplete(true);
        }

        /** How rows find their unit: the file's unit column, one unit for all, or the unit of their town or village. */
        private void placementGroup(boolean hasUnitColumn) {
            org.eclipse.swt.widgets.Group group = new org.eclipse.swt.widgets.Group(body, SWT.NONE);
            group.setText(Messages.Import_placement);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            byColumn = radio(group, Messages.Import_byColumn, "byColumn", 2); //$NON-NLS-1$
            oneUnit = radio(group, Messages.Import_oneUnit, "oneUnit", 1); //$NON-NLS-1$
            unitChoice = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
            unitChoice.setData("name", "unitChoice"); //$NON-NLS-1$ //$NON-NLS-2$
            unitLabels().forEach(unitChoice::add);
            if (unitChoice.getItemCount() > 0) {
                unitChoice.select(0);
            }
            byPlace = radio(group, Messages.Import_byPlace, "byPlace", 2); //$NON-NLS-1$
            createMissing = new Button(group, SWT.CHECK);
            createMissing.setText(Messages.Import_createMissing);
            createMissing.setData("name", "createMissing"); //$NON-NLS-1$ //$NON-NLS-2$
            GridDataFactory.fillDefaults().span(2, 1).indent(20, 0).applyTo(createMissing);
            (hasUnitColumn ? byColumn : byPlace).setSelection(true);
        }

        private Button radio(Composite parent, String text, String name, int span) {
            Button radio = new Button(parent, SWT.RADIO);
            radio.setText(text);
            radio.setData("name", name); //$NON-NLS-1$
            GridDataFactory.fillDefaults().span(span, 1).applyTo(radio);
            return radio;
        }

        private List<String> unitLabels() {
            try {
                List<String> labels = new ArrayList<>();
                for (org.garrison.model.mobilization.MobilizationLedger ledger : session.<org.garrison.model.mobilization.MobilizationLedger> loadRoots(
                        org.garrison.model.mobilization.MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
                    ledger.getUnits().forEach(unit -> addLabels(unit, labels));
                }
                return labels;
            } catch (org.garrison.store.StoreException e) {
                setErrorMessage(e.getMessage());
                return List.of();
            }
        }

        private void addLabels(org.garrison.model.mobilization.MilitiaUnit unit, List<String> labels) {
            labels.add(RosterImport.unitLabel(unit));
            unit.getSubUnits().forEach(sub -> addLabels(sub, labels));
        }

        /** The placement chosen, with the choices made for places that have several units. */
        UnitPlacement placement() {
            UnitPlacement placement = oneUnit.getSelection() ? UnitPlacement.oneUnit(unitChoice.getText())
                    : byPlace.getSelection() ? UnitPlacement.byPlace(createMissing.getSelection()) : UnitPlacement.fromColumn();
            previewPage.chosenUnits.forEach(placement::choose);
            return placement;
        }

        Map<Integer, ImportField> mapping() {
            Map<Integer, ImportField> mapping = new LinkedHashMap<>();
            for (int column = 0; column < choices.size(); column++) {
                int selected = choices.get(column).getSelectionIndex();
                if (selected > 0) {
                    mapping.put(column, ImportField.values()[selected - 1]);
                }
            }
            return mapping;
        }
    }

    private final class PreviewPage extends WizardPage {

        private Label summary;
        private TableViewer problems;
        private Button validOnly;
        private Composite choicesArea;
        private Button exportProblems;
        /** Units chosen for places that have several, by place. */
        private final Map<String, org.garrison.model.mobilization.MilitiaUnit> chosenUnits = new LinkedHashMap<>();

        PreviewPage() {
            super("preview"); //$NON-NLS-1$
            setTitle(Messages.Import_previewPage);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(body);
            summary = new Label(body, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
            problems = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
            problems.getTable().setHeaderVisible(true);
            problems.getTable().setLinesVisible(true);
            column(Messages.Import_row, 60, problem -> Integer.toString(problem.row()));
            column(Messages.Import_field, 100, ImportPlan.Problem::field);
            column(Messages.Import_problem, 460, ImportPlan.Problem::message);
            problems.setContentProvider(ArrayContentProvider.getInstance());
            GridDataFactory.fillDefaults().grab(true, true).hint(620, 240).applyTo(problems.getControl());
            choicesArea = new Composite(body, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choicesArea);
            GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(choicesArea);
            exportProblems = new Button(body, SWT.PUSH);
            exportProblems.setText(Messages.Import_exportProblems);
            exportProblems.setData("name", "exportProblems"); //$NON-NLS-1$ //$NON-NLS-2$
            exportProblems.addListener(SWT.Selection, event -> exportProblems());
            validOnly = new Button(body, SWT.RADIO);
            validOnly.setText(Messages.Import_validOnly);
            validOnly.setSelection(true);
            new Button(body, SWT.RADIO).setText(Messages.Import_nothing);
            setControl(body);
        }

        private void column(String title, int width, java.util.function.Function<ImportPlan.Problem, String> text) {
            org.garrison.ui.table.ViewerColumns.add(problems, ImportPlan.Problem.class, title, width, text);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible) {
                check();
            }
        }

        /** Reads and checks every row, with progress, then shows what would be imported and every problem. */
        private void check() {
            plan = null;
            Path file = filePage.path();
            Map<Integer, ImportField> mapping = mappingPage.mapping();
            UnitPlacement placement = mappingPage.placement();
            session.rollback();
            try {
                getContainer().run(true, true, monitor -> {
                    try {
                        plan = RosterImport.plan(file, mapping, placement, session, monitor);
                    } catch (OperationCanceledException e) {
                        throw new InterruptedException();
                    } catch (Exception e) {
                        throw new InvocationTargetException(e);
                    }
                });
            } catch (InvocationTargetException e) {
                setErrorMessage(e.getCause().getMessage());
            } catch (InterruptedException e) {
                setErrorMessage(null);
            }
            if (plan != null) {
                setErrorMessage(null);
                long bad = plan.rows().stream().filter(row -> !row.valid()).count();
                String text = NLS.bind(Messages.Import_summary, new Object[] { plan.rows().size(), plan.validRows().size(),
                        plan.newMembers(), plan.updatedMembers(), plan.unchangedMembers(), bad });
                if (!plan.newUnits().isEmpty()) {
                    text += '\n' + NLS.bind(Messages.Import_newUnits, String.join(Messages.Import_separator,
                            plan.newUnits().stream().map(RosterImport::unitLabel).toList()));
                }
                summary.setText(text);
                problems.setInput(plan.problems());
            } else {
                summary.setText(""); //$NON-NLS-1$
                problems.setInput(List.of());
            }
            showChoices();
            exportProblems.setEnabled(plan != null && !plan.problems().isEmpty());
            summary.getParent().layout(true, true);
            getContainer().updateButtons();
        }

        /** For each place with several units: which one its members go into; choosing checks the file again. */
        private void showChoices() {
            for (org.eclipse.swt.widgets.Control child : choicesArea.getChildren()) {
                child.dispose();
            }
            Map<String, List<org.garrison.model.mobilization.MilitiaUnit>> places = plan == null ? Map.of() : plan.placesToChoose();
            ((org.eclipse.swt.layout.GridData) choicesArea.getLayoutData()).exclude = places.isEmpty();
            choicesArea.setVisible(!places.isEmpty());
            new java.util.TreeMap<>(places).forEach((place, units) -> {
                new Label(choicesArea, SWT.NONE).setText(NLS.bind(Messages.Import_choosePlaceUnit, place));
                Combo combo = new Combo(choicesArea, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setData("name", "choice:" + place); //$NON-NLS-1$ //$NON-NLS-2$
                units.forEach(unit -> combo.add(unit.getName()));
                combo.addListener(SWT.Selection, event -> {
                    chosenUnits.put(place, units.get(combo.getSelectionIndex()));
                    check();
                });
            });
        }

        private void exportProblems() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
            Path source = filePage.path();
            String name = source.getFileName().toString();
            if (source.getParent() != null) {
                dialog.setFilterPath(source.getParent().toString());
            }
            dialog.setFileName(NLS.bind(Messages.Import_problemsFileName, name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)); //$NON-NLS-1$
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                writeProblems(Path.of(chosen));
            }
        }

        boolean importValidOnly() {
            return validOnly.getSelection();
        }
    }

    /** Writes the user's file with a 问题 column and the bad cells marked (导出问题清单). */
    public void writeProblems(Path target) {
        try {
            org.garrison.internal.mobilization.ProblemFiles.writeAnnotated(filePage.path(), plan, target);
        } catch (java.io.IOException e) {
            MessageDialog.openError(getShell(), Messages.Import_exportFailed, NLS.bind(Messages.Import_exportFailedDetail, target, e.getMessage()));
        }
    }

    /** The file page's path field (tests drive the wizard through its widgets). */
    public Text fileText() {
        return filePage.fileText();
    }

    /** The problems the check step lists, as its table shows them (tests). */
    public TableViewer problemsTable() {
        return previewPage.problems;
    }

    /** The radio button that imports nothing while any row has a problem (tests). */
    public void chooseImportNothing(boolean nothing) {
        previewPage.validOnly.setSelection(!nothing);
        ((Button) previewPage.validOnly.getParent().getChildren()[3]).setSelection(nothing);
    }
}
