package org.garrison.training.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.garrison.internal.training.InstructorValidity;
import org.garrison.internal.training.TrainingSchedule;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.validation.RecordValidation;
import org.junit.jupiter.api.Test;

/** Instructors' certificates and selections, and the schedule's clashes, on the hand-made ledger. */
class InstructorsAndScheduleTest {

    private final HandMadeTraining district = new HandMadeTraining();

    @Test
    void aCertificateOfThreeYearsIsRemindedSixtyDaysBeforeItEnds() {
        Instructor instructor = district.instructor;
        instructor.setCertifiedOn(LocalDate.of(2023, 12, 15));
        assertThat(InstructorValidity.expiresOn(instructor, 3)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(InstructorValidity.remindFrom(instructor, 3)).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(InstructorValidity.due(instructor, 3, LocalDate.of(2026, 10, 15))).isFalse();
        assertThat(InstructorValidity.due(instructor, 3, LocalDate.of(2026, 10, 16))).isTrue();
        assertThat(InstructorValidity.expired(instructor, 3, LocalDate.of(2026, 12, 14))).isFalse();
        assertThat(InstructorValidity.expired(instructor, 3, LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(InstructorValidity.due(instructor, 4, LocalDate.of(2026, 10, 16))).as("a four-year validity").isFalse();
    }

    @Test
    void selectingACandidateWithoutTheFourAbilitiesIsAProblem() {
        InstructorSelection selection = district.training.createInstructorSelection();
        selection.setDate(LocalDate.of(2026, 2, 25));
        selection.setLevel(InstructorLevel.DISTRICT);
        selection.getCandidates().add(district.instructor.getPerson());
        selection.getSelected().add(district.instructor);
        district.ledger.getSelections().add(selection);
        assertThat(errors(selection)).isEmpty();

        district.instructor.setCanDoPoliticalWork(false);
        assertThat(errors(selection)).singleElement().asString().contains("周五").contains("不具备“四会”");
    }

    @Test
    void selectingSomeoneNotYetAMemberOnTheSelectionDayIsAProblem() {
        Instructor newcomer = district.training.createInstructor();
        newcomer.setPerson(district.chen); // joins on 1 November
        newcomer.setLevel(InstructorLevel.DISTRICT);
        newcomer.setCertifiedOn(LocalDate.of(2026, 2, 1));
        newcomer.setCanExplain(true);
        newcomer.setCanDemonstrate(true);
        newcomer.setCanTeach(true);
        newcomer.setCanDoPoliticalWork(true);
        district.ledger.getInstructors().add(newcomer);
        InstructorSelection selection = district.training.createInstructorSelection();
        selection.setDate(LocalDate.of(2026, 2, 25));
        selection.setLevel(InstructorLevel.DISTRICT);
        selection.getSelected().add(newcomer);
        district.ledger.getSelections().add(selection);

        assertThat(errors(selection)).singleElement().asString().contains("陈十").contains("才入队").contains("不是在编民兵");
        selection.setDate(LocalDate.of(2026, 11, 20));
        assertThat(errors(selection)).isEmpty();
    }

    @Test
    void twoOverlappingBatchesWithTheSameInstructorAreFlagged() {
        TrainingBatch third = district.batch("第三批", LocalDate.of(2026, 5, 6), List.of(district.li));
        third.setPlace("东镇民兵训练场");
        TrainingBatch fourth = district.batch("第四批", LocalDate.of(2026, 9, 1), List.of(district.li));
        fourth.getInstructors().clear();
        TrainingSchedule schedule = new TrainingSchedule(district.ledger, 2026);

        assertThat(schedule.batches()).extracting(TrainingBatch::getName).containsExactly("第一批", "第二批", "第三批", "第四批");
        // 第二批 4–8 May and 第三批 6–10 May share 周五; their places differ; 第四批 overlaps nothing
        assertThat(schedule.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.first()).isSameAs(district.second);
            assertThat(overlap.second()).isSameAs(third);
            assertThat(overlap.reason()).isEqualTo("“第二批”和“第三批”时间重叠，教练员周五同时在两个批次。");
        });
        third.setPlace(district.second.getPlace());
        assertThat(schedule.overlapsOf(third)).hasSize(2).anySatisfy(overlap -> assertThat(overlap.reason()).contains("都在区民兵训练基地"));
        assertThat(schedule.overlapsOf(fourth)).isEmpty();
    }

    private static List<String> errors(InstructorSelection selection) {
        return RecordValidation.validate(selection, Locale.CHINA, LocalDate.of(2026, 3, 1)).getChildren().stream()
                .filter(diagnostic -> diagnostic.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }
}
