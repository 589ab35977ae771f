package org.garrison.internal.ui.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.ui.Messages;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.validation.RecordValidation;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * The problems of every stored record, as the model's validation finds them today: a database written
 * before a rule existed still opens, and this check lists what breaks the rules now (Save is refused
 * only for the records an editor touches). Needs no display; the Problems view shows the last result.
 */
public final class StoredProblems {

    /** A problem of a stored record; {@code recordId} and {@code recordClass} name the record to open for it. */
    public record Problem(long recordId, EClass recordClass, String record, String field, String message) {
    }

    private static final StoredProblems INSTANCE = new StoredProblems();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> problems = List.of();
    private volatile LocalDate checkedOn;

    public static StoredProblems get() {
        return INSTANCE;
    }

    /** The problems the last check found (empty before the first). */
    public List<Problem> problems() {
        return problems;
    }

    /** The day of the last check; null before the first. */
    public LocalDate checkedOn() {
        return checkedOn;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Reads every stored record in a session of its own and validates it as of today; the result replaces
     * the last one and is told to the listeners. Cancelling keeps the last result.
     *
     * @param openable the classes that have an editor of their own: a problem of a record inside one (a roll
     *                 call entry of a muster) opens that record
     */
    public List<Problem> check(Store store, Set<EClass> openable, Locale locale, IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Problems_checking, 100);
        List<Problem> found = new ArrayList<>();
        LocalDate today = LocalDate.now();
        try (StoreSession session = store.openSession()) {
            List<EObject> roots = session.loadAll();
            progress.worked(40);
            SubMonitor validating = progress.split(60).setWorkRemaining(Math.max(1, roots.size()));
            for (EObject root : roots) {
                if (validating.isCanceled()) {
                    throw new OperationCanceledException();
                }
                for (Diagnostic diagnostic : RecordValidation.validate(root, locale, today).getChildren()) {
                    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                        found.add(problem(session, diagnostic, root, openable, locale));
                    }
                }
                validating.worked(1);
            }
        }
        problems = List.copyOf(found);
        checkedOn = today;
        listeners.forEach(Runnable::run);
        return problems;
    }

    private static Problem problem(StoreSession session, Diagnostic diagnostic, EObject root, Set<EClass> openable, Locale locale) {
        List<?> data = diagnostic.getData();
        EObject record = !data.isEmpty() && data.get(0) instanceof EObject object ? object : root;
        String field = data.size() > 1 && data.get(1) instanceof EStructuralFeature feature ? ModelLabels.of(feature, locale) : ""; //$NON-NLS-1$
        EObject target = record;
        while (target.eContainer() != null && !openable.contains(target.eClass())) {
            target = target.eContainer();
        }
        if (!openable.contains(target.eClass())) {
            target = record; // nothing around it has an editor of its own: the record editor shows it
        }
        OptionalLong id = session.idOf(target);
        return new Problem(id.orElse(-1), target.eClass(), ModelLabels.describe(record, locale), field, diagnostic.getMessage());
    }
}
