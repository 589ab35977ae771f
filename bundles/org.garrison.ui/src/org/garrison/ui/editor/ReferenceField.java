package org.garrison.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.chooser.RecordSearch;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserColumns;
import org.garrison.ui.chooser.ChooserProfile;
import org.garrison.ui.chooser.ChooserProfiles;
import org.garrison.ui.chooser.RecordChooser;

/**
 * A single reference of a record (a member's unit, a session's presenter): a text field that proposes
 * matching records as the user types (Ctrl+Space too), and 选择… for the chooser with its filters.
 * Every change is a SetCommand on the editing domain; clearing the text clears the reference.
 */
public final class ReferenceField extends AdapterImpl {

    private static final int PROPOSALS = 12;

    private final EditingDomain domain;
    private final StoreSession session;
    private final EObject record;
    private final EReference reference;
    private final Runnable afterChange;
    private final List<ChooserProfile> profiles;
    private final Composite composite;
    private final Text text;
    private final TypeAhead typeAhead;
    private boolean showing;
    private int generation;

    /** A proposal that knows its record. */
    public record Proposal(EObject value, String content, String label) implements IContentProposal {
        @Override
        public String getContent() {
            return content;
        }

        @Override
        public int getCursorPosition() {
            return content.length();
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return null;
        }
    }

    /** Opens the proposals when asked, not only on its key. */
    private static final class TypeAhead extends ContentProposalAdapter {
        TypeAhead(Text text, IContentProposalProvider provider) {
            super(text, new TextContentAdapter(), provider, KeyStroke.getInstance(SWT.MOD1, ' '), null);
        }

        void open() {
            openProposalPopup();
        }
    }

    public ReferenceField(Composite parent, EditingDomain domain, StoreSession session, EObject record, EReference reference, Runnable afterChange) {
        this.domain = domain;
        this.session = session;
        this.record = record;
        this.reference = reference;
        this.afterChange = afterChange;
        this.profiles = ChooserProfiles.of(reference.getEReferenceType());
        readContainer();
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(composite);
        text = new Text(composite, SWT.BORDER | SWT.SINGLE);
        text.setMessage(Messages.Chooser_typeAheadHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        Button choose = new Button(composite, SWT.PUSH);
        choose.setText(Messages.Chooser_choose);
        choose.addListener(SWT.Selection, event -> openChooser());
        typeAhead = new TypeAhead(text, (typed, position) -> proposals(typed, position).toArray(IContentProposal[]::new));
        typeAhead.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
        typeAhead.addContentProposalListener(proposal -> set(((Proposal) proposal).value()));
        text.addListener(SWT.Modify, event -> proposeSoon());
        text.addListener(SWT.FocusOut, event -> text.getDisplay().asyncExec(this::leave));
        text.addListener(SWT.DefaultSelection, event -> leave());
        show();
        record.eAdapters().add(this);
        composite.addDisposeListener(event -> record.eAdapters().remove(this));
    }

    /**
     * A record read on its own (a member opened from the roster) is not in its container yet: the
     * container is read now, so that the field shows it and a move out of it is stored as one.
     */
    private void readContainer() {
        EReference opposite = reference.getEOpposite();
        if (!reference.isContainer() || record.eGet(reference) != null || session.idOf(record).isEmpty()
                || opposite.getEContainingClass().isAbstract()) {
            return;
        }
        try {
            session.list(Query.of(opposite.getEContainingClass()).where(Condition.eq(opposite, record)));
        } catch (StoreException | IllegalArgumentException e) {
            // shown as empty; the store refuses a change it cannot write
        }
    }

    /** The field as a whole (text and button), for layouts. */
    public Composite control() {
        return composite;
    }

    public Text text() {
        return text;
    }

    public EReference reference() {
        return reference;
    }

    /** The records whose name or identity number starts with the text, a page of them, as the type-ahead shows them. */
    public List<Proposal> proposals(String typed, int position) {
        if (typed == null || typed.isBlank() || typed.equals(currentName())) {
            return List.of();
        }
        ChooserProfile profile = typeAheadProfile();
        try {
            RecordSearch.Page page = RecordSearch.search(session, profile, typed, List.of(), List.of(), PROPOSALS);
            return page.found().stream().map(found -> {
                EObject value = profile.chosen(found);
                return new Proposal(value, ChooserColumns.text(value), profile.describe(found));
            }).toList();
        } catch (StoreException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * The type-ahead searches the reference's own type when a profile does (every person, not only
     * those serving in the militia: a session's presenter may be staff); the chooser offers the rest.
     */
    private ChooserProfile typeAheadProfile() {
        return profiles.stream().filter(p -> p.chosenPath() == null && p.searched() == reference.getEReferenceType()).findFirst()
                .orElse(profiles.get(0));
    }

    private void proposeSoon() {
        if (showing || text.isDisposed()) {
            return;
        }
        int mine = ++generation;
        text.getDisplay().timerExec(200, () -> {
            if (mine == generation && !text.isDisposed() && !typeAhead.isProposalPopupOpen()) {
                typeAhead.open();
            }
        });
    }

    /** Leaving the field: cleared text clears the reference; other text that was not picked shows the value again. */
    private void leave() {
        if (text.isDisposed() || typeAhead.isProposalPopupOpen()) {
            return;
        }
        if (text.getText().isBlank() && record.eGet(reference) != null) {
            set(null);
        } else {
            show();
        }
    }

    private void openChooser() {
        Object current = record.eGet(reference);
        List<EObject> chosen = RecordChooser.choose(text.getShell(), session, reference.getEReferenceType(), false,
                current == null ? List.of() : List.of((EObject) current));
        if (!chosen.isEmpty()) {
            set(chosen.get(0));
        }
    }

    /** Sets the reference through the editing domain, so it can be undone. */
    public void set(EObject value) {
        if (value == record.eGet(reference)) {
            show();
            return;
        }
        Command command = SetCommand.create(domain, record, reference, value == null ? SetCommand.UNSET_VALUE : value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            show();
        }
    }

    private String currentName() {
        Object value = record.eGet(reference);
        return value instanceof EObject object ? ChooserColumns.text(object) : ""; //$NON-NLS-1$
    }

    private void show() {
        if (text.isDisposed()) {
            return;
        }
        showing = true;
        try {
            String name = currentName();
            if (!text.getText().equals(name)) {
                text.setText(name);
            }
        } finally {
            showing = false;
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == reference && !text.isDisposed()) {
            show();
            afterChange.run();
        }
    }
}
