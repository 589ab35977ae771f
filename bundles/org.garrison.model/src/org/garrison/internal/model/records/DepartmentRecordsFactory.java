package org.garrison.internal.model.records;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.impl.CoreFactoryImpl;
import org.garrison.model.core.impl.RecordImpl;

/**
 * The core package's factory, as the {@code org.eclipse.emf.ecore.factory_override} extension installs it:
 * Garrison's own classes as generated, and a record for a department's dynamic class that extends
 * {@code core.Record}. EMF makes an instance of such a class from its nearest generated supertype and
 * then gives it the dynamic class; {@code Record} is abstract, so the generated factory has none to give.
 */
public class DepartmentRecordsFactory extends CoreFactoryImpl {

    @Override
    public EObject create(EClass eClass) {
        if (eClass == CorePackage.Literals.RECORD) {
            return new DynamicRecord();
        }
        return super.create(eClass);
    }

    /** A record of a department's dynamic class: audit fields and attachments as every record, its own features dynamic. */
    static final class DynamicRecord extends RecordImpl {
    }
}
