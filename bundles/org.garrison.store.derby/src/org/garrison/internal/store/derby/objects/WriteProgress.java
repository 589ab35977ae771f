package org.garrison.internal.store.derby.objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Rows written so far by a commit, told to a progress monitor, which may cancel the commit between batches. */
public interface WriteProgress {

    WriteProgress NONE = rows -> {
        // nobody is watching
    };

    /** @throws OperationCanceledException when the user cancelled: the caller rolls the transaction back */
    void written(int rows);

    static WriteProgress of(IProgressMonitor monitor, String task, int totalRows) {
        SubMonitor sub = SubMonitor.convert(monitor, task, totalRows);
        return rows -> {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(rows);
        };
    }
}
