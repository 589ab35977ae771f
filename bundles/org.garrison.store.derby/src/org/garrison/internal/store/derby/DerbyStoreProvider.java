package org.garrison.internal.store.derby;

import java.util.List;

import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSettings;

/**
 * The Derby store as an OSGi service (a Declarative Services component, see OSGI-INF): opens
 * embedded or server databases mapping every registered model package, validating each commit
 * with the packages' EValidators.
 */
public final class DerbyStoreProvider implements StoreProvider {

    @Override
    public Store open(StoreSettings settings) throws StoreException {
        return DerbyStore.open(settings, RegisteredPackages.all(), CommitValidator.EMF, org.garrison.internal.store.derby.schema.ModelMigrations.all());
    }
}
