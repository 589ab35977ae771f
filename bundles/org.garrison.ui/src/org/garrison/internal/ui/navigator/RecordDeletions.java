package org.garrison.internal.ui.navigator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Records deleted in the navigator and not yet saved: each deletion a command (Edit &gt; Undo
 * brings the records back), all of them written by Save in one transaction.
 */
final class RecordDeletions {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final Map<Long, String> pending = new LinkedHashMap<>();

    BasicCommandStack stack() {
        return stack;
    }

    /** Deletes the records (id → name) until saved; undoable. */
    void delete(Map<Long, String> records) {
        stack.execute(new AbstractCommand() {
            @Override
            protected boolean prepare() {
                return !records.isEmpty();
            }

            @Override
            public void execute() {
                pending.putAll(records);
            }

            @Override
            public void undo() {
                records.keySet().forEach(pending::remove);
            }

            @Override
            public void redo() {
                execute();
            }
        });
    }

    Set<Long> pending() {
        return Set.copyOf(pending.keySet());
    }

    boolean isDirty() {
        return !pending.isEmpty();
    }

    /** Writes every pending deletion in one transaction; refused, nothing is deleted and the deletions stay pending. */
    void save(Store store, IProgressMonitor monitor) throws StoreException {
        try (StoreSession session = store.openSession()) {
            List<EObject> records = new ArrayList<>();
            for (long id : pending.keySet()) {
                EObject record = session.find(id);
                if (record != null) {
                    records.add(record);
                }
            }
            for (EObject record : records) {
                if (record.eContainer() == null && !isRoot(record.eClass())) {
                    loadRootsAround(session, record.eClass());
                }
                if (record.eContainer() != null) {
                    EcoreUtil.remove(record);
                } else {
                    session.remove(record);
                }
            }
            session.commit(monitor);
        }
        pending.clear();
        stack.flush();
    }

    /** Reads the roots of the record's package, so that a record read alone finds its container and can leave it. */
    private static void loadRootsAround(StoreSession session, EClass eClass) throws StoreException {
        for (EClassifier classifier : eClass.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass candidate && !candidate.isAbstract() && isRoot(candidate)) {
                session.loadRoots(candidate);
            }
        }
    }

    /** A class no containment reference of its package holds. */
    private static boolean isRoot(EClass eClass) {
        for (EClassifier classifier : eClass.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass owner) {
                for (EReference reference : owner.getEReferences()) {
                    if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
