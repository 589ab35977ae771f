package org.garrison.internal.ui.chooser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.Messages;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.ui.chooser.ChooserColumn;
import org.garrison.ui.chooser.ChooserFilter;
import org.garrison.ui.chooser.ChooserProfile;

/**
 * Finds records to put into a reference: a search field (name or identity number, searched as the
 * user types), the profile's filters, for a many-valued reference "not yet chosen" and "add all
 * shown"; a page of results at a time, counted by the database.
 */
public final class RecordChooserDialog extends Dialog {

    static final int PAGE = 200;
    private static final int ADD_ALL_SHOWN = IDialogConstants.CLIENT_ID + 1;

    private final StoreSession session;
    private final List<ChooserProfile> profiles;
    private final boolean many;
    private final Collection<? extends EObject> alreadyChosen;
    private final String title;
    private ChooserProfile profile;
    private List<ChooserFilter> filters = List.of();
    private final List<Combo> filterCombos = new ArrayList<>();
    private Composite filterRow;
    private Text search;
    private Button unchosenOnly;
    private TableViewer results;
    private Label status;
    private List<EObject> shown = List.of();
    private List<EObject> chosen = List.of();
    private int searchGeneration;
    private long total;

    public RecordChooserDialog(Shell parent, String title, StoreSession session, List<ChooserProfile> profiles, boolean many,
            Collection<? extends EObject> alreadyChosen) {
        super(parent);
        this.title = title;
        this.session = session;
        this.profiles = profiles;
        this.many = many;
        this.alreadyChosen = alreadyChosen;
        this.profile = profiles.get(0);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        if (profiles.size() > 1) {
            new Label(area, SWT.NONE).setText(Messages.Chooser_profile);
            Combo choice = new Combo(area, SWT.READ_ONLY);
            profiles.forEach(p -> choice.add(p.name()));
            choice.select(0);
            choice.setData("name", "chooser.profile"); //$NON-NLS-1$ //$NON-NLS-2$
            choice.addListener(SWT.Selection, event -> {
                profile = profiles.get(choice.getSelectionIndex());
                rebuild();
            });
        }
        new Label(area, SWT.NONE).setText(Messages.Chooser_search);
        search = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.Chooser_searchHint);
        search.setData("name", "chooser.search"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addListener(SWT.Modify, event -> searchSoon());
        search.addListener(SWT.DefaultSelection, event -> searchNow());
        search.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && results.getTable().getItemCount() > 0) {
                results.getTable().setFocus();
                results.getTable().setSelection(0);
            }
        });
        filterRow = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(filterRow);
        results = new TableViewer(area, (many ? SWT.MULTI : SWT.SINGLE) | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        results.setContentProvider(ArrayContentProvider.getInstance());
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.getTable().setData("name", "chooser.results"); //$NON-NLS-1$ //$NON-NLS-2$
        results.addDoubleClickListener(event -> okPressed());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(720, 360).applyTo(results.getTable());
        status = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        rebuild();
        return area;
    }

    /** Filters and columns of the current profile, then a first search. */
    private void rebuild() {
        for (Control child : filterRow.getChildren()) {
            child.dispose();
        }
        filterCombos.clear();
        try {
            filters = org.garrison.ui.chooser.ChooserProfiles.filtersOf(profile, session);
        } catch (StoreException e) {
            filters = List.of();
            status.setText(e.getMessage());
        }
        GridLayoutFactory.fillDefaults().numColumns(filters.size() * 2 + 1).applyTo(filterRow);
        for (ChooserFilter filter : filters) {
            new Label(filterRow, SWT.NONE).setText(filter.label() + Messages.Editor_colon);
            Combo combo = new Combo(filterRow, SWT.READ_ONLY);
            combo.add(Messages.Chooser_all);
            filter.choices().forEach(choice -> combo.add(choice.label()));
            combo.select(0);
            combo.setVisibleItemCount(20);
            combo.setData("name", "chooser.filter." + filter.label()); //$NON-NLS-1$ //$NON-NLS-2$
            combo.addListener(SWT.Selection, event -> searchNow());
            filterCombos.add(combo);
        }
        if (many) {
            unchosenOnly = new Button(filterRow, SWT.CHECK);
            unchosenOnly.setText(Messages.Chooser_unchosenOnly);
            unchosenOnly.setSelection(true);
            unchosenOnly.setData("name", "chooser.unchosen"); //$NON-NLS-1$ //$NON-NLS-2$
            unchosenOnly.addListener(SWT.Selection, event -> searchNow());
        } else {
            new Label(filterRow, SWT.NONE);
        }
        filterRow.getParent().layout(true, true);
        for (org.eclipse.swt.widgets.TableColumn column : results.getTable().getColumns()) {
            column.dispose();
        }
        GC gc = new GC(results.getTable());
        int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * 2);
        gc.dispose();
        for (ChooserColumn column : profile.columns()) {
            org.garrison.ui.table.ViewerColumns.add(results, EObject.class, column.header(), Math.max(60, column.widthInChars() * charWidth),
                    column.text());
        }
        searchNow();
    }

    private void searchSoon() {
        int generation = ++searchGeneration;
        getShell().getDisplay().timerExec(250, () -> {
            if (generation == searchGeneration && !search.isDisposed()) {
                searchNow();
            }
        });
    }

    private List<EObject> searchAll() {
        try {
            return RecordSearch.search(session, profile, search.getText(), conditions(), excluded(), (int) Math.min(total, MOST)).found();
        } catch (StoreException | IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    /** The most records added at once, so that a slip of the hand cannot add a whole district. */
    private static final int MOST = 20_000;

    private Collection<? extends EObject> excluded() {
        return many && unchosenOnly.getSelection() ? alreadyChosen : List.of();
    }

    private List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            int index = filterCombos.get(i).getSelectionIndex();
            if (index > 0) {
                conditions.add(filters.get(i).choices().get(index - 1).condition());
            }
        }
        return conditions;
    }

    /** Runs the search for what is typed and chosen now. */
    public void searchNow() {
        searchGeneration++;
        List<Condition> conditions = conditions();
        Collection<? extends EObject> excluded = excluded();
        try {
            RecordSearch.Page page = RecordSearch.search(session, profile, search.getText(), conditions, excluded, PAGE);
            shown = page.found();
            total = page.total();
            results.setInput(shown);
            status.setText(page.total() > shown.size() ? NLS.bind(Messages.Chooser_someShown, page.total(), shown.size())
                    : NLS.bind(Messages.Chooser_allShown, page.total()));
        } catch (StoreException | IllegalArgumentException e) {
            shown = List.of();
            results.setInput(shown);
            status.setText(e.getMessage());
        }
        Button addAll = getButton(ADD_ALL_SHOWN);
        if (addAll != null) {
            addAll.setEnabled(!shown.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (many) {
            createButton(parent, ADD_ALL_SHOWN, Messages.Chooser_addAllShown, false);
            createButton(parent, IDialogConstants.OK_ID, Messages.Chooser_addSelected, true);
        } else {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == ADD_ALL_SHOWN) {
            // All that the search and filters find, not only the page the list shows: a town's 1,000 trainees at once.
            List<EObject> all = shown.size() < total ? searchAll() : shown;
            if (all == null) {
                return;
            }
            chosen = all.stream().map(profile::chosen).toList();
            setReturnCode(OK);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        List<EObject> selected = new ArrayList<>();
        for (Object element : ((IStructuredSelection) results.getSelection()).toList()) {
            selected.add(profile.chosen((EObject) element));
        }
        if (selected.isEmpty()) {
            status.setText(Messages.Chooser_nothingSelected);
            return;
        }
        chosen = List.copyOf(selected);
        super.okPressed();
    }

    /** The values chosen (for the reference: persons, not the members they were found as), after OK. */
    public List<EObject> chosen() {
        return chosen;
    }
}
