package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;

/**
 * 结训: a batch that has ended and whose trainees are all assessed is closed on a day; its trainees'
 * militia records are marked trained (受训). The year's coverage counts the trainees of closed batches.
 */
public final class BatchClosing {

    private BatchClosing() {
    }

    /** Why the batch cannot be closed on the day; null when it can. */
    public static String refusal(TrainingBatch batch, AssessmentGrid grid, LocalDate day) {
        if (batch.getClosedOn() != null) {
            return NLS.bind(Messages.Closing_alreadyClosed, batch.getName(), TrainingTexts.date(batch.getClosedOn()));
        }
        if (batch.getTrainees().isEmpty()) {
            return NLS.bind(Messages.Closing_noTrainees, batch.getName());
        }
        if (batch.getEndDate() == null || day.isBefore(batch.getEndDate())) {
            return NLS.bind(Messages.Closing_notEnded, batch.getName(), TrainingTexts.date(batch.getEndDate()));
        }
        int missing = grid.missing().size();
        if (missing > 0) {
            return NLS.bind(Messages.Closing_missing, batch.getName(), missing);
        }
        return null;
    }

    /** The militia records of the batch's trainees, read in one query. */
    public static List<MilitiaMember> members(StoreSession session, TrainingBatch batch) throws StoreException {
        return memberships(session, batch.getTrainees());
    }

    /**
     * The militia records of the persons, read into the session in one query: the model's validation then
     * judges whether each served on an activity's day without the whole roster being read.
     */
    public static List<MilitiaMember> memberships(StoreSession session, java.util.Collection<? extends org.garrison.model.core.Person> persons)
            throws StoreException {
        if (persons.isEmpty()) {
            return List.of();
        }
        return session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                .where(Condition.in(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, List.copyOf(persons))));
    }

    /** Closes the batch on the day and marks its members trained: one command. */
    public static Command close(EditingDomain domain, TrainingBatch batch, List<MilitiaMember> members, LocalDate day) {
        CompoundCommand close = new CompoundCommand(NLS.bind(Messages.Closing_commandLabel, batch.getName()));
        close.append(SetCommand.create(domain, batch, TrainingPackage.Literals.TRAINING_BATCH__CLOSED_ON, day));
        for (MilitiaMember member : members) {
            if (!member.isTrained()) {
                close.append(SetCommand.create(domain, member, MobilizationPackage.Literals.MILITIA_MEMBER__TRAINED, Boolean.TRUE));
            }
        }
        return close;
    }
}
