package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;

/**
 * 按纲施训: the year's plan against what its batches delivered. The outline gives each kind of training
 * (应急、专业、基干综合…) its subjects and hours: a subject is taught for its hours in every batch of its
 * kind; a batch delivers the subject once it has ended with the subject taken.
 */
public final class PlanDelivery {

    /** A subject: its hours per batch, the batches that should teach it and those that did by the day. */
    public record Line(PlanSubject subject, int batchesDue, int batchesDone) {
        public double plannedHours() {
            return subject.getHours() * batchesDue;
        }

        public double deliveredHours() {
            return subject.getHours() * batchesDone;
        }

        public double share() {
            return batchesDue == 0 ? 0 : (double) batchesDone / batchesDue;
        }
    }

    private PlanDelivery() {
    }

    public static List<Line> of(TrainingPlan plan, TrainingLedger ledger, LocalDate today) {
        List<TrainingBatch> batches = TrainingLedgers.batches(ledger, plan.getYear()).stream().filter(batch -> batch.getPlan() == plan).toList();
        List<Line> lines = new ArrayList<>();
        for (PlanSubject subject : plan.getSubjects()) {
            TrainingKind kind = subject.getKind();
            List<TrainingBatch> due = batches.stream().filter(batch -> batch.getKind() == kind).toList();
            int done = (int) due.stream().filter(batch -> TrainingLedgers.ended(batch, today) && batch.getSubjects().contains(subject)).count();
            lines.add(new Line(subject, due.size(), done));
        }
        return lines;
    }

    /** A new year's plan as a copy of the given one: its subjects, hours and kinds; one command. */
    public static Command copyForYear(EditingDomain domain, TrainingLedger ledger, TrainingPlan from, int year) {
        TrainingPlan plan = EcoreUtil.copy(from);
        plan.setYear(year);
        plan.setTitle(from.getTitle() == null ? String.valueOf(year) : from.getTitle().replace(String.valueOf(from.getYear()), String.valueOf(year)));
        plan.getAttachments().clear();
        return AddCommand.create(domain, ledger, TrainingPackage.Literals.TRAINING_LEDGER__PLANS, plan);
    }
}
