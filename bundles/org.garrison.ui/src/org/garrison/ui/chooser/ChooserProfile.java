package org.garrison.ui.chooser;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * How staff find the records a reference can point to: which stored class is searched, what the
 * typed text matches, the columns that tell the records apart and the filters that make sense for
 * them. Every search is a store query with paging, so a district of 100,000 persons is searched, not
 * loaded. An area contributes profiles for its reference types through the extension point
 * {@code org.garrison.ui.choosers}; the framework's own serve persons (name, identity number) and
 * every record with a name.
 * <p>
 * A profile may search another class than the reference's type: persons are most often chosen as
 * militia members (by town and unit), and {@link #chosenPath()} leads from the member to the person.
 */
public abstract class ChooserProfile {

    /** The profile's name, offered when a type has several (民兵, 全部人员). */
    public abstract String name();

    /** The stored, concrete class that is searched. */
    public abstract EClass searched();

    /**
     * The LIKE pattern for text typed at the start of a name or number (LIKE's own wildcards typed
     * by the user are dropped): profiles match with it, so every chooser reads typed text the same way.
     */
    public static String startingWith(String text) {
        return text.strip().replace("%", "").replace("_", "") + "%"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** The condition for what the user typed (trimmed, never empty): the start of a name, of an identity number. */
    public abstract Condition matching(String text);

    /** What every search of the profile keeps to (members still serving, say); null for every stored record. */
    public Condition scope() {
        return null;
    }

    /** The order of the results. */
    public abstract List<Query.Order> order();

    /** The columns of the results; the first names the record. */
    public abstract List<ChooserColumn> columns();

    /** The filters offered above the results, read each time a chooser opens. */
    public List<ChooserFilter> filters(StoreSession session) throws StoreException {
        return List.of();
    }

    /** The path from a searched record to the value the reference takes; null when that is the record itself. */
    public FeaturePath chosenPath() {
        return null;
    }

    /**
     * Reads, in few queries, what the columns show for a page of found records (the persons of
     * members, say), so that showing them reads nothing more. Nothing by default.
     */
    public void prepare(StoreSession session, List<EObject> found) throws StoreException {
        if (chosenPath() != null && chosenPath().steps().get(0) instanceof EReference first) {
            session.resolve(found, first);
        }
    }

    /** The value the reference takes for a found record. */
    public final EObject chosen(EObject found) {
        if (chosenPath() == null) {
            return found;
        }
        Object value = found;
        for (EStructuralFeature step : chosenPath().steps()) {
            value = value instanceof EObject object ? object.eGet(step) : null;
        }
        return (EObject) value;
    }

    /** A found record in one line, as a type-ahead proposal shows it: every column's text. */
    public String describe(EObject found) {
        StringBuilder line = new StringBuilder();
        for (ChooserColumn column : columns()) {
            String text = column.text().apply(found);
            if (text != null && !text.isBlank()) {
                line.append(line.isEmpty() ? "" : "  ").append(text); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return line.toString();
    }
}
