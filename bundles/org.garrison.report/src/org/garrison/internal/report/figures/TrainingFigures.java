package org.garrison.internal.report.figures;

import static org.garrison.internal.report.figures.BuiltInFigures.TEXTS;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingPackage;
import org.garrison.report.Figure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureProvider;
import org.garrison.report.QueryFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/** Section 二.二: training batches and trainees, instructors, competitions, members dispatched to emergencies. */
public final class TrainingFigures implements FigureProvider {

    private static final TrainingPackage T = TrainingPackage.eINSTANCE;
    private static final CorePackage C = CorePackage.eINSTANCE;
    private static final String AREA = "training"; //$NON-NLS-1$
    private static final FeaturePath TRAINEES = FeaturePath.of(T.getTrainingBatch_Trainees());
    private static final FeaturePath TRAINEE_UNIT = FeaturePath.of(T.getTrainingBatch_Trainees(), C.getPerson_OrgUnit());

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(QueryFigure.builder("training.batches", AREA, TEXTS).query(TrainingFigures::batchesOfYear) //$NON-NLS-1$
                .records().scope(TRAINEE_UNIT).build());
        figures.add(QueryFigure.builder("training.trainees", AREA, TEXTS).query(TrainingFigures::batchesOfYear) //$NON-NLS-1$
                .elements(TRAINEES).scope(TRAINEE_UNIT).build());
        figures.add(QueryFigure.builder("training.coreIntegratedTrainees", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> batchesOfYear(context).where(Condition.eq(T.getTrainingBatch_Kind(), TrainingKind.INTEGRATED_CORE)))
                .distinctElements(TRAINEES).scope(TRAINEE_UNIT).build());
        figures.add(QueryFigure.builder("training.instructorsSelected", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> Query.of(T.getInstructorSelection())
                        .where(context.inYear(FeaturePath.of(T.getInstructorSelection_Date())))
                        .where(Condition.eq(T.getInstructorSelection_Level(), InstructorLevel.DISTRICT)))
                .distinctElements(FeaturePath.of(T.getInstructorSelection_Selected()))
                .scope(FeaturePath.of(T.getInstructorSelection_Selected(), T.getInstructor_Person(), C.getPerson_OrgUnit())).build());
        FeaturePath entries = FeaturePath.of(T.getCompetition_Entries());
        figures.add(QueryFigure.builder("training.provincialEntrants", AREA, TEXTS).query(TrainingFigures::provincialCompetitions) //$NON-NLS-1$
                .distinctElements(FeaturePath.of(T.getCompetition_Entries(), T.getCompetitionEntry_Participant()))
                .scope(FeaturePath.of(T.getCompetition_Entries(), T.getCompetitionEntry_Participant(), C.getPerson_OrgUnit())).build());
        figures.add(new BestPlacingFigure("training.provincialBestPlacing", AREA, TEXTS, TrainingFigures::provincialCompetitions, entries, //$NON-NLS-1$
                T.getCompetitionEntry_Placing()));
        for (EmergencyTaskKind kind : EmergencyTaskKind.values()) {
            figures.add(QueryFigure.builder("training.dispatched." + StudyFigures.camel(kind.name()), AREA, TEXTS) //$NON-NLS-1$
                    .query(context -> Query.of(T.getEmergencyTask()).where(context.inYear(FeaturePath.of(T.getEmergencyTask_StartDate())))
                            .where(Condition.eq(T.getEmergencyTask_Kind(), kind)))
                    // 名 reads as people: different members, not places summed over the tasks
                    .distinctElements(FeaturePath.of(T.getEmergencyTask_Participants()))
                    .scope(FeaturePath.of(T.getEmergencyTask_Participants(), C.getPerson_OrgUnit())).build());
        }
        return figures;
    }

    /** 完成X个批次: the batches that ended in the year by the as-of day; one still under way is not done yet. */
    private static Query batchesOfYear(FigureContext context) {
        return Query.of(T.getTrainingBatch()).where(context.inYear(FeaturePath.of(T.getTrainingBatch_EndDate())));
    }

    private static Query provincialCompetitions(FigureContext context) {
        return Query.of(T.getCompetition()).where(context.inYear(FeaturePath.of(T.getCompetition_Date())))
                .where(Condition.eq(T.getCompetition_Level(), CompetitionLevel.PROVINCIAL_COMMAND));
    }
}
