package org.garrison.internal.security;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SecurityPackage.Literals;

/**
 * 待整改 → 整改中 → 已整改 → 已验收, each step one undoable command with the dates and persons it needs:
 * rectified on a day not before it was found, accepted only once rectified, on a day not before that,
 * and by someone other than the person who rectified it. A refused step says why.
 */
public final class HazardWorkflow {

    /** A step that cannot be taken, with the reason as staff read it. */
    public static final class StepRefused extends Exception {
        private static final long serialVersionUID = 1L;

        StepRefused(String message) {
            super(message);
        }
    }

    private HazardWorkflow() {
    }

    public static Command startRectifying(EditingDomain domain, Hazard hazard) throws StepRefused {
        if (hazard.getState() != HazardState.PENDING) {
            throw new StepRefused(NLS.bind(Messages.Hazard_notPending, hazard.getDescription()));
        }
        return SetCommand.create(domain, hazard, Literals.HAZARD__STATE, HazardState.RECTIFYING);
    }

    public static Command rectify(EditingDomain domain, Hazard hazard, LocalDate day, Person by) throws StepRefused {
        if (hazard.getState() != HazardState.PENDING && hazard.getState() != HazardState.RECTIFYING) {
            throw new StepRefused(NLS.bind(Messages.Hazard_alreadyRectified, hazard.getDescription()));
        }
        if (day == null || by == null) {
            throw new StepRefused(Messages.Hazard_rectifyNeeds);
        }
        if (hazard.getFoundOn() != null && day.isBefore(hazard.getFoundOn())) {
            throw new StepRefused(NLS.bind(Messages.Hazard_rectifiedBeforeFound, SecurityTexts.date(day), SecurityTexts.date(hazard.getFoundOn())));
        }
        CompoundCommand step = new CompoundCommand(Messages.Hazard_rectifyLabel);
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__RECTIFIED_ON, day));
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__RECTIFIED_BY, by));
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__STATE, HazardState.RECTIFIED));
        return step;
    }

    public static Command accept(EditingDomain domain, Hazard hazard, LocalDate day, Person by) throws StepRefused {
        if (hazard.getState() == HazardState.ACCEPTED) {
            throw new StepRefused(NLS.bind(Messages.Hazard_alreadyAccepted, hazard.getDescription()));
        }
        if (hazard.getState() != HazardState.RECTIFIED) {
            throw new StepRefused(NLS.bind(Messages.Hazard_notRectified, hazard.getDescription()));
        }
        if (day == null || by == null) {
            throw new StepRefused(Messages.Hazard_acceptNeeds);
        }
        if (by == hazard.getRectifiedBy()) {
            throw new StepRefused(NLS.bind(Messages.Hazard_acceptorIsRectifier, by.getName()));
        }
        if (hazard.getRectifiedOn() != null && day.isBefore(hazard.getRectifiedOn())) {
            throw new StepRefused(NLS.bind(Messages.Hazard_acceptedBeforeRectified, SecurityTexts.date(day), SecurityTexts.date(hazard.getRectifiedOn())));
        }
        CompoundCommand step = new CompoundCommand(Messages.Hazard_acceptLabel);
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__ACCEPTED_ON, day));
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__ACCEPTED_BY, by));
        step.append(SetCommand.create(domain, hazard, Literals.HAZARD__STATE, HazardState.ACCEPTED));
        return step;
    }

    /** Open (待整改 or 整改中) and past its deadline on the day. */
    public static boolean overdue(Hazard hazard, LocalDate today) {
        return hazard.overdueOn(today);
    }
}
