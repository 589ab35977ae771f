package org.garrison.internal.store.derby.objects;

import java.util.Collection;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates the new and changed records of a commit, each on its own. The store knows no model;
 * the product passes the model's own validation (its EValidators with their messages).
 */
@FunctionalInterface
public interface CommitValidator {

    Diagnostic validate(Collection<EObject> records);

    /** EMF's registered EValidators, each record without its contents. */
    CommitValidator EMF = records -> {
        Diagnostician diagnostician = new Diagnostician() {
            @Override
            protected boolean doValidateContents(EObject eObject, org.eclipse.emf.common.util.DiagnosticChain diagnostics,
                    java.util.Map<Object, Object> context) {
                return true;
            }
        };
        BasicDiagnostic result = new BasicDiagnostic();
        records.forEach(record -> diagnostician.validate(record, result));
        return result;
    };
}
