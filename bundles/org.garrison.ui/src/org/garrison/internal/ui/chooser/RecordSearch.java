package org.garrison.internal.ui.chooser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserProfile;

/**
 * One search of a chooser, run as store queries: the profile's condition for the typed text, the
 * chosen filters, and optionally "not yet chosen"; one page of records in the profile's order and the
 * number of all that match. No display needed.
 */
public final class RecordSearch {

    /** A page of found records (the searched class's) and how many match in all. */
    public record Page(List<EObject> found, long total) {
    }

    private RecordSearch() {
    }

    /**
     * @param text     what the user typed; blank matches every record
     * @param filters  conditions of the chosen filters
     * @param excluded values the reference holds already, left out of the page; empty for all
     */
    public static Page search(StoreSession session, ChooserProfile profile, String text, List<Condition> filters,
            Collection<? extends EObject> excluded, int limit) throws StoreException {
        List<Condition> conditions = new ArrayList<>(filters);
        if (profile.scope() != null) {
            conditions.add(profile.scope());
        }
        if (text != null && !ChooserProfile.startingWith(text).equals("%")) { //$NON-NLS-1$
            conditions.add(profile.matching(text.strip()));
        }
        List<EObject> stored = excluded.stream().filter(value -> session.idOf(value).isPresent()).map(EObject.class::cast).toList();
        boolean excludeInQuery = profile.chosenPath() != null && !stored.isEmpty();
        if (excludeInQuery) {
            conditions.add(Condition.not(Condition.in(profile.chosenPath(), stored)));
        }
        Query query = Query.of(profile.searched());
        for (Condition condition : conditions) {
            query = query.where(condition);
        }
        for (Query.Order order : profile.order()) {
            query = query.orderBy(order.path(), order.ascending());
        }
        long total = session.count(query);
        Set<EObject> leftOut = excludeInQuery ? Set.of() : new HashSet<>(excluded);
        List<EObject> found = new ArrayList<>(session.<EObject>list(query.page(0, limit + leftOut.size())));
        if (!leftOut.isEmpty()) {
            int before = found.size();
            found.removeIf(leftOut::contains);
            total -= before - found.size(); // those beyond the page are not known to match: counted as they come
        }
        if (found.size() > limit) {
            found = new ArrayList<>(found.subList(0, limit));
        }
        profile.prepare(session, found);
        return new Page(List.copyOf(found), Math.max(total, found.size()));
    }
}
