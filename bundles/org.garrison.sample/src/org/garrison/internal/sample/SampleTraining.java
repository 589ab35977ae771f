package org.garrison.internal.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;

/** The sample district's training plan, batches with assessments, instructors, competitions and tasks. */
final class SampleTraining extends SampleArea {

    private static final java.time.MonthDay SELECTION_DAY = java.time.MonthDay.of(2, 20);

    private final TrainingFactory training = TrainingFactory.eINSTANCE;

    SampleTraining(SampleContext context) {
        super(context);
    }


    TrainingLedger build() {
        TrainingLedger ledger = training.createTrainingLedger();
        ledger.setDistrict(district);
        TrainingPlan plan = training.createTrainingPlan();
        plan.setYear(year);
        plan.setTitle(year + "年度民兵军事训练计划");
        String[] subjects = { "轻武器射击", "战术基础动作", "应急救援", "防汛抢险", "政治教育" };
        for (String name : subjects) {
            PlanSubject subject = training.createPlanSubject();
            subject.setName(name);
            subject.setHours(8 + random.nextInt(17));
            subject.setKind(TrainingKind.INTEGRATED_CORE);
            plan.getSubjects().add(subject);
        }
        // the outline gives every kind of training its subjects and hours: the other kinds take the first three, shorter
        for (TrainingKind kind : List.of(TrainingKind.EMERGENCY_UNIT, TrainingKind.SPECIALIST_UNIT, TrainingKind.CADRE, TrainingKind.INSTRUCTOR)) {
            for (PlanSubject core : List.copyOf(plan.getSubjects().subList(0, 3))) {
                PlanSubject subject = training.createPlanSubject();
                subject.setName(core.getName());
                subject.setHours(Math.max(4, core.getHours() - 4));
                subject.setKind(kind);
                plan.getSubjects().add(subject);
            }
        }
        ledger.getPlans().add(plan);

        List<Instructor> instructors = new ArrayList<>();
        for (int i = 0; i < Math.min(coreMembers.size(), towns.size() * 2); i++) {
            Instructor instructor = training.createInstructor();
            instructor.setPerson(servingAllYear(i * 7 % coreMembers.size()).getPerson());
            instructor.setLevel(i % 6 == 0 ? InstructorLevel.CITY : InstructorLevel.DISTRICT);
            // certified at this year's selection once it is held, else at last year's
            instructor.setCertifiedOn(happened(SELECTION_DAY.atYear(year)) ? SELECTION_DAY.atYear(year) : SELECTION_DAY.atYear(year - 1));
            instructor.setCanExplain(true);
            instructor.setCanDemonstrate(true);
            instructor.setCanTeach(true);
            instructor.setCanDoPoliticalWork(random.nextInt(5) != 0);
            instructor.setSpecialty(subjects[i % subjects.length]);
            instructors.add(instructor);
        }
        ledger.getInstructors().addAll(instructors);
        InstructorSelection selection = training.createInstructorSelection();
        selection.setDate(SELECTION_DAY.atYear(year));
        selection.setLevel(InstructorLevel.DISTRICT);
        instructors.forEach(instructor -> selection.getCandidates().add(instructor.getPerson()));
        // the district selects its own level's instructors who have all four abilities (四会)
        selection.getSelected().addAll(instructors.stream()
                .filter(instructor -> instructor.isFourAbilities() && instructor.getLevel() == InstructorLevel.DISTRICT).toList());
        if (happened(selection.getDate())) {
            ledger.getSelections().add(selection);
        }

        TrainingKind[] kinds = { TrainingKind.INTEGRATED_CORE, TrainingKind.INTEGRATED_CORE, TrainingKind.EMERGENCY_UNIT,
            TrainingKind.SPECIALIST_UNIT, TrainingKind.CADRE, TrainingKind.INSTRUCTOR };
        int perBatch = Math.min(400, Math.max(5, coreMembers.size() / kinds.length));
        for (int b = 0; b < kinds.length; b++) {
            TrainingBatch batch = training.createTrainingBatch();
            batch.setName("第" + (b + 1) + "批次");
            batch.setKind(kinds[b]);
            batch.setStartDate(LocalDate.of(year, 3 + b, 6));
            batch.setEndDate(batch.getStartDate().plusDays(5 + random.nextInt(10)));
            batch.setPlace("区民兵训练基地");
            batch.setPlan(plan);
            batch.getSubjects().addAll(plan.getSubjects().stream().filter(subject -> subject.getKind() == batch.getKind()).limit(3).toList());
            batch.getInstructors().addAll(instructors.subList(0, Math.min(3, instructors.size())));
            for (int m = 0; m < perBatch && b * perBatch + m < coreMembers.size(); m++) {
                if (!serving(coreMembers.get(b * perBatch + m), batch.getStartDate())) {
                    continue; // not yet of age or not yet joined when the batch starts
                }
                Person trainee = coreMembers.get(b * perBatch + m).getPerson();
                batch.getTrainees().add(trainee);
                for (PlanSubject subject : batch.getSubjects()) {
                    Assessment assessment = assessment(trainee, subject);
                    if (happened(batch.getEndDate())) {
                        batch.getAssessments().add(assessment); // assessed at the batch's end: none yet for a batch planned or under way
                    }
                }
            }
            if (happened(batch.getEndDate())) {
                batch.setClosedOn(batch.getEndDate()); // 结训: every trainee assessed, closed on its last day
            }
            ledger.getBatches().add(batch);
        }

        Competition competition = training.createCompetition();
        competition.setName("省军区民兵比武");
        competition.setLevel(CompetitionLevel.PROVINCIAL_COMMAND);
        competition.setDate(LocalDate.of(year, 9, 18));
        competition.setPlace("省军区训练基地");
        String[] events = { "轻武器射击", "战术基础动作", "应急救援" };
        for (int i = 0; i < Math.min(3, instructors.size()); i++) {
            CompetitionEntry entry = training.createCompetitionEntry();
            entry.setParticipant(instructors.get(i).getPerson());
            entry.setEvent(events[i]);
            entry.setPlacing(happened(competition.getDate()) ? i == 0 ? 2 : i + 4 : 0); // entered; placed once held
            competition.getEntries().add(entry);
        }
        ledger.getCompetitions().add(competition);

        List<EmergencyTask> tasks = List.of(task(EmergencyTaskKind.FLOOD_PATROL, "长江防汛巡堤查险", LocalDate.of(year, 7, 3), 12),
                task(EmergencyTaskKind.FLOOD_PATROL, "秦淮河汛期值守", LocalDate.of(year, 7, 20), 5),
                task(EmergencyTaskKind.EPIDEMIC_CONTROL, "社区疫情防控", LocalDate.of(year, 1, 15), 20),
                task(EmergencyTaskKind.CIVIC_CAMPAIGN, "文明城市创建志愿服务", LocalDate.of(year, 5, 10), 3),
                task(EmergencyTaskKind.EVENT_SECURITY, "马拉松赛事安保", LocalDate.of(year, 11, 2), 1));
        // deployments are not planned ahead: only those begun by today, a task under way without its end
        for (EmergencyTask task : tasks) {
            if (happened(task.getStartDate())) {
                if (!happened(task.getEndDate())) {
                    task.setEndDate(null);
                }
                ledger.getTasks().add(task);
            }
        }
        return ledger;
    }

    private Assessment assessment(Person trainee, PlanSubject subject) {
        Assessment assessment = training.createAssessment();
        assessment.setTrainee(trainee);
        assessment.setSubject(subject);
        int roll = random.nextInt(100);
        Grade grade = roll < 25 ? Grade.EXCELLENT : roll < 70 ? Grade.GOOD : roll < 97 ? Grade.PASS : Grade.FAIL;
        assessment.setGrade(grade);
        int low = switch (grade) {
            case EXCELLENT -> 90;
            case GOOD -> 80;
            case PASS -> 60;
            case FAIL -> 40;
        };
        assessment.setScore(low + random.nextInt(grade == Grade.EXCELLENT ? 11 : grade == Grade.PASS ? 20 : 10));
        return assessment;
    }

    private EmergencyTask task(EmergencyTaskKind kind, String name, LocalDate start, int days) {
        EmergencyTask task = training.createEmergencyTask();
        task.setKind(kind);
        task.setName(name);
        task.setStartDate(start);
        task.setEndDate(start.plusDays(days));
        task.setPlace(towns.get(random.nextInt(towns.size())).getName());
        int dispatched = Math.min(coreMembers.size(), 10 + random.nextInt(60));
        int from = random.nextInt(Math.max(1, coreMembers.size() - dispatched));
        for (int i = 0; i < dispatched; i++) {
            if (serving(coreMembers.get(from + i), start)) {
                task.getParticipants().add(coreMembers.get(from + i).getPerson());
            }
        }
        task.setMembersDispatched(task.getParticipants().size());
        task.setWork(switch (kind) {
            case FLOOD_PATROL -> "巡查堤段，排查险情，协助转移群众";
            case EPIDEMIC_CONTROL -> "卡口值守，协助核酸检测和物资配送";
            case CIVIC_CAMPAIGN -> "街巷环境整治，文明劝导";
            case EVENT_SECURITY -> "赛道沿线安保，疏导人流";
            default -> "完成上级赋予的任务";
        });
        return task;
    }

    /** The first core member from the index on who serves the whole year (instructors teach and compete all year). */
    private org.garrison.model.mobilization.MilitiaMember servingAllYear(int from) {
        for (int i = 0; i < coreMembers.size(); i++) {
            org.garrison.model.mobilization.MilitiaMember member = coreMembers.get((from + i) % coreMembers.size());
            if (serving(member, yearStart) && serving(member, today)) {
                return member;
            }
        }
        return coreMembers.get(from);
    }
}
