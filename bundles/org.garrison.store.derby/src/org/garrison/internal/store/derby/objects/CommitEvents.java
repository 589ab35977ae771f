package org.garrison.internal.store.derby.objects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.store.CommitEvent;
import org.garrison.store.StoreSession;

/** The event that tells listeners what a commit wrote. */
final class CommitEvents {

    private CommitEvents() {
    }

    static CommitEvent of(StoreSession session, String author, Instant at, Collection<EObject> inserted,
            Map<EObject, Map<EStructuralFeature, Object>> updated, Collection<EObject> deleted) {
        List<CommitEvent.ChangedRecord> changes = new ArrayList<>();
        inserted.forEach(object -> changes.add(record(object, CommitEvent.Kind.INSERTED, Set.of())));
        updated.forEach((object, originals) -> {
            Set<String> features = new LinkedHashSet<>();
            originals.keySet().stream().filter(ClassTable::isStored).forEach(feature -> features.add(feature.getName()));
            changes.add(record(object, CommitEvent.Kind.UPDATED, Set.copyOf(features)));
        });
        deleted.forEach(object -> changes.add(record(object, CommitEvent.Kind.DELETED, Set.of())));
        return new CommitEvent(session, author, at, List.copyOf(changes));
    }

    private static CommitEvent.ChangedRecord record(EObject object, CommitEvent.Kind kind, Set<String> features) {
        return new CommitEvent.ChangedRecord(ObjectIds.of(object).id(), object.eClass(), kind, features);
    }
}
