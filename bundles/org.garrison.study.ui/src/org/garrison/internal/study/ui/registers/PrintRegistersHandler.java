package org.garrison.internal.study.ui.registers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudyRecordBook;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.core.Person;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * 打印学习记录本和考勤登记…: the year (and, if chosen, the person) and a folder; a job writes the
 * study record book and the attendance register there as Word documents in the official style.
 */
public class PrintRegistersHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        StoreSession session = GarrisonUI.getStore().openSession();
        try {
            StudyLedger ledger = StudyLedgers.read(session);
            if (!StudyUi.check(window.getShell(), ledger)) {
                session.close();
                return null;
            }
            RegistersDialog dialog = new RegistersDialog(window.getShell(), ledger);
            if (dialog.open() != Window.OK) {
                session.close();
                return null;
            }
            write(session, ledger, dialog.year(), dialog.person(), dialog.folder()).schedule();
        } catch (StoreException e) {
            session.close();
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** The job that writes both registers into the folder and closes the session when done. */
    public static Job write(StoreSession session, StudyLedger ledger, int year, Person person, Path folder) {
        Job job = Job.create(Messages.Registers_writing, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            try {
                LocalDate today = StudyUi.today();
                List<StudySession> held = StudyLedgers.held(ledger, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
                List<StudySession> sessions = StudyRecordBook.sessions(held, person);
                String who = person == null ? "" : NLS.bind(Messages.Registers_of, person.getName()); //$NON-NLS-1$
                progress.subTask(Messages.Registers_recordBook);
                StudyRecordBook.writeRecordBook(sessions, ledger.getMakeUps(), NLS.bind(Messages.Registers_recordBookTitle, year, who), today,
                        folder.resolve(fileName(Messages.Registers_recordBookFile, year, person)), StudyUi.locale());
                progress.worked(1);
                progress.subTask(Messages.Registers_attendance);
                StudyRecordBook.writeAttendanceRegister(sessions, ledger.getMakeUps(), NLS.bind(Messages.Registers_attendanceTitle, year, who), today,
                        folder.resolve(fileName(Messages.Registers_attendanceFile, year, person)), StudyUi.locale());
                progress.worked(1);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "org.garrison.study.ui", NLS.bind(Messages.Registers_failed, folder, e.getMessage()), e); //$NON-NLS-1$
            } finally {
                session.close();
            }
        });
        job.setUser(true);
        return job;
    }

    static String fileName(String pattern, int year, Person person) {
        return NLS.bind(pattern, year, person == null ? "" : "-" + person.getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
