package org.garrison.store;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/** Records of the commit failed validation; nothing was written. The diagnostics are the EValidator's. */
public class ValidationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    public ValidationException(String message, List<Diagnostic> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
