package org.garrison.internal.store.derby.objects;

import java.sql.SQLException;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/** Records of the commit failed validation: nothing was written. The message lists every error. */
public class CommitValidationException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    public CommitValidationException(List<Diagnostic> errors) {
        super(String.join("\n", errors.stream().map(Diagnostic::getMessage).toList())); //$NON-NLS-1$
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
