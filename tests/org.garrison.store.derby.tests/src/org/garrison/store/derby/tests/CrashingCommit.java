package org.garrison.store.derby.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.testing.ModelPackages;

/**
 * The process that {@link CrashRecoveryTest} kills: commits a whole sample district (tens of
 * thousands of records, some seconds of writing) into the database named on the command line.
 */
public final class CrashingCommit {

    public static final String COMMITTING = "COMMITTING"; //$NON-NLS-1$
    public static final String COMMITTED = "COMMITTED"; //$NON-NLS-1$
    public static final String HALFWAY = "HALFWAY"; //$NON-NLS-1$

    private CrashingCommit() {
    }

    public static void main(String[] arguments) throws Exception {
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(Path.of(arguments[0]), arguments[1], null), ModelPackages.ALL,
                records -> new BasicDiagnostic(), List.of());
        SampleDistrict sample = SampleDistrict.generate(3, SampleSize.MEDIUM, 2026);
        StoreSession session = store.openSession();
        sample.roots().forEach(session::add);
        System.out.println(COMMITTING);
        System.out.flush();
        session.commit(new HalfwayMonitor());
        System.out.println(COMMITTED);
        System.out.flush();
        store.close();
    }

    /** Says when half the commit's rows are written, so that the test kills the process in the middle of the transaction. */
    private static final class HalfwayMonitor extends NullProgressMonitor {
        private int total;
        private int done;
        private boolean told;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            done += work;
            if (!told && done * 2 >= total) {
                told = true;
                System.out.println(HALFWAY);
                System.out.flush();
            }
        }
    }
}
