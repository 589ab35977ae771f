package org.garrison.internal.report.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.garrison.report.ReportTexts;
import org.garrison.report.ReportTexts.Section;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * The author's prose of the chosen year and scope: the stored text, else the previous year's as a
 * starting point, else the example text. Read each time the page is shown for another year or scope.
 */
final class ReportProsePage extends WizardPage {

    private final Store store;
    private final ReportOptionsPage options;
    private final Map<Section, Text> fields = new EnumMap<>(Section.class);
    private Label origin;
    private String loadedFor;

    ReportProsePage(Store store, ReportOptionsPage options) {
        super("prose"); //$NON-NLS-1$
        this.store = store;
        this.options = options;
        setTitle(Messages.Prose_title);
        setDescription(Messages.Prose_description);
    }

    @Override
    public void createControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite page = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        origin = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(origin);
        field(page, Section.TITLE, Messages.Prose_title_label, 1);
        field(page, Section.OPENING, Messages.Prose_opening, 3);
        field(page, Section.THEORY_STUDY, Messages.Prose_theoryStudy, 6);
        field(page, Section.DUTIES_NOTES, Messages.Prose_dutiesNotes, 3);
        field(page, Section.INTEGRITY, Messages.Prose_integrity, 6);
        field(page, Section.PROBLEMS, Messages.Prose_problems, 5);
        field(page, Section.PLANS, Messages.Prose_plans, 5);
        scrolled.setContent(page);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.addListener(SWT.Resize, event -> {
            int width = scrolled.getClientArea().width;
            scrolled.setMinSize(page.computeSize(width, SWT.DEFAULT));
        });
        setControl(scrolled);
    }

    private void field(Composite page, Section section, String label, int lines) {
        Label name = new Label(page, SWT.NONE);
        name.setText(label);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(name);
        Text text = new Text(page, lines == 1 ? SWT.BORDER | SWT.SINGLE : SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setData("name", section.name()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, lines == 1 ? SWT.DEFAULT : text.getLineHeight() * lines).applyTo(text);
        fields.put(section, text);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            load();
        }
        super.setVisible(visible);
    }

    private void load() {
        String key = options.year() + "/" + options.scopeId(); //$NON-NLS-1$
        if (key.equals(loadedFor)) {
            return;
        }
        try (StoreSession session = store.openSession()) {
            int year = options.year();
            var scope = ReportScopes.unit(session, options.scopeId());
            EObject stored = ReportTexts.find(session, year, scope);
            EObject previous = stored == null ? ReportTexts.previous(session, year, scope) : null;
            EObject texts = ReportTexts.forYear(session, year, scope);
            for (Section section : Section.values()) {
                fields.get(section).setText(ReportTexts.text(texts, section));
            }
            origin.setText(stored != null ? NLS.bind(Messages.Prose_stored, year)
                    : previous != null ? NLS.bind(Messages.Prose_fromPrevious, year, previous.eGet(ReportTexts.year()))
                            : NLS.bind(Messages.Prose_fromDefaults, year));
            session.rollback();
            loadedFor = key;
            setErrorMessage(null);
        } catch (StoreException e) {
            setErrorMessage(e.getMessage());
        }
        origin.getParent().layout(true, true);
    }

    boolean isLoaded() {
        return loadedFor != null;
    }

    Map<Section, String> texts() {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        fields.forEach((section, field) -> texts.put(section, field.getText()));
        return texts;
    }
}
