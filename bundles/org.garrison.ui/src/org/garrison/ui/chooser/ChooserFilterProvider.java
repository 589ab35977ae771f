package org.garrison.ui.chooser;

import java.util.List;

import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Filters a plug-in adds to every chooser profile that searches a class (extension point
 * {@code org.garrison.ui.choosers}, element {@code filter}); shown after the profile's own.
 */
public interface ChooserFilterProvider {

    /** The filters, read each time a chooser opens; their conditions are on the searched class. */
    List<ChooserFilter> filters(StoreSession session) throws StoreException;
}
