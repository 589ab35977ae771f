package org.garrison.training.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.internal.training.PlanDelivery;
import org.garrison.internal.training.StatisticsWorkbook;
import org.garrison.internal.training.TrainingDues;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.internal.training.TrainingStatistics;
import org.garrison.model.core.Person;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingLedger;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics, the plan's delivery and the reminders of the hand-made district, every value
 * counted by hand; a competition and a task after the as-of day are left out; the workbook holds the
 * same numbers.
 */
class StatisticsAndDuesTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    private static Store store;

    @TempDir
    Path folder;

    @BeforeAll
    static void stored() throws Exception {
        HandMadeTraining district = new HandMadeTraining();
        competition(district, LocalDate.of(2026, 6, 10), new Object[][] { { district.zhao, "射击", 3 }, { district.qian, "射击", 2 }, { district.wu, "战术", 5 } });
        competition(district, LocalDate.of(2026, 9, 18), new Object[][] { { district.zhao, "射击", 1 } });
        task(district, EmergencyTaskKind.FLOOD_PATROL, LocalDate.of(2026, 6, 1), List.of(district.zhao, district.qian));
        task(district, EmergencyTaskKind.FLOOD_PATROL, LocalDate.of(2026, 6, 20), List.of(district.zhao, district.sun));
        task(district, EmergencyTaskKind.EPIDEMIC_CONTROL, LocalDate.of(2026, 7, 5), List.of(district.li));
        district.batch("第三批", LocalDate.of(2026, 7, 14), List.of());
        district.instructor.setCertifiedOn(LocalDate.of(2023, 7, 1));
        store = TestStores.fresh("training-statistics");
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theStatisticsOfTheFirstHalfEqualTheHandCount() throws Exception {
        try (StoreSession session = store.openSession()) {
            TrainingLedger ledger = TrainingLedgers.read(session);
            TrainingStatistics statistics = new TrainingStatistics(ledger, session, 2026, JUNE);
            assertThat(statistics.batches()).extracting(batch -> batch.getName()).as("第三批 starts in July").containsExactly("第一批", "第二批");
            assertThat(statistics.places()).as("3 + 2").isEqualTo(5);
            assertThat(statistics.persons()).as("赵一 钱二 吴六 孙三").isEqualTo(4);
            assertThat(statistics.subjects()).extracting(row -> row.subject() + " " + row.assessed() + "/" + row.passed())
                    .containsExactly("射击 5/4", "战术 5/5", "应急救援 4/4");
            assertThat(statistics.coverage().trained()).isEqualTo(3);
            assertThat(statistics.coverage().core()).isEqualTo(7);
            assertThat(statistics.instructorsByLevel()).containsEntry(InstructorLevel.DISTRICT, 1).containsEntry(InstructorLevel.CITY, 0);
            assertThat(statistics.placings()).extracting(placing -> placing.event() + " 第" + placing.best() + " " + placing.who())
                    .containsExactlyInAnyOrder("射击 第2 钱二", "战术 第5 吴六");
            assertThat(statistics.deployments()).filteredOn(deployment -> deployment.tasks() > 0)
                    .extracting(deployment -> deployment.kind() + " " + deployment.tasks() + " " + deployment.persons() + "名 " + deployment.places() + "人次")
                    .containsExactly("FLOOD_PATROL 2 3名 4人次");

            Path file = folder.resolve("训练情况统计.xlsx");
            StatisticsWorkbook.write(statistics, file, Locale.CHINA);
            List<String> lines = new ArrayList<>();
            TableFiles.read(file, (number, cells) -> lines.add(String.join(",", cells)));
            assertThat(lines).contains("完成训练批次,2", "参训人次,5", "参训人数（不同人员）,4", "射击,5,4,0.8", "东镇,5,2,0.4", "防汛巡堤查险,2,3,4");
        }
    }

    @Test
    void thePlanAgainstWhatTheBatchesDelivered() throws Exception {
        try (StoreSession session = store.openSession()) {
            TrainingLedger ledger = TrainingLedgers.read(session);
            // three integrated batches of the plan teach its integrated subjects; on 10 May the first two have ended
            List<PlanDelivery.Line> lines = PlanDelivery.of(TrainingLedgers.plan(ledger, 2026), ledger, LocalDate.of(2026, 5, 10));
            assertThat(lines).extracting(line -> line.subject().getName() + " " + line.batchesDone() + "/" + line.batchesDue() + " "
                    + line.deliveredHours() + "/" + line.plannedHours()).containsExactly("射击 2/3 32.0/48.0", "战术 2/3 24.0/36.0", "应急救援 2/3 16.0/24.0");
        }
    }

    @Test
    void remindersOfTheDay() throws Exception {
        try (StoreSession session = store.openSession()) {
            TrainingLedger ledger = TrainingLedgers.read(session);
            assertThat(TrainingDues.of(ledger, session, LocalDate.of(2026, 5, 1), 3)).as("第二批 under way, 第三批 months ahead, the expiry two months off")
                    .isEmpty();
            assertThat(TrainingDues.of(ledger, session, LocalDate.of(2026, 6, 1), 3)).extracting(TrainingDues.Due::text).containsExactly(
                    "训练批次“第二批”已于2026年5月8日结束，还有1项考核未录入",
                    "教练员周五的资格将于2026年7月1日到期");
            assertThat(TrainingDues.of(ledger, session, LocalDate.of(2026, 7, 10), 3)).extracting(due -> due.text() + " " + due.overdue(LocalDate.of(2026, 7, 10)))
                    .containsExactly("训练批次“第二批”已于2026年5月8日结束，还有1项考核未录入 true",
                            "教练员周五的资格已于2026年7月1日到期 true",
                            "训练批次“第三批”将于2026年7月14日开训，还没有参训人员 false");
            // from October the core militia not trained this year: 7 serving on 5 October (陈十 joins in November), 3 trained
            assertThat(TrainingDues.of(ledger, session, LocalDate.of(2026, 10, 5), 3)).extracting(TrainingDues.Due::text)
                    .contains("今年还有4名基干民兵未参训（参训率42.9%）");
        }
    }

    private static void competition(HandMadeTraining district, LocalDate date, Object[][] entries) {
        Competition competition = district.training.createCompetition();
        competition.setName("省军区民兵比武");
        competition.setLevel(CompetitionLevel.PROVINCIAL_COMMAND);
        competition.setDate(date);
        for (Object[] line : entries) {
            CompetitionEntry entry = district.training.createCompetitionEntry();
            entry.setParticipant((Person) line[0]);
            entry.setEvent((String) line[1]);
            entry.setPlacing((Integer) line[2]);
            competition.getEntries().add(entry);
        }
        district.ledger.getCompetitions().add(competition);
    }

    private static void task(HandMadeTraining district, EmergencyTaskKind kind, LocalDate start, List<Person> participants) {
        EmergencyTask task = district.training.createEmergencyTask();
        task.setKind(kind);
        task.setName(kind.getName());
        task.setStartDate(start);
        task.setEndDate(start.plusDays(2));
        task.getParticipants().addAll(participants);
        task.setMembersDispatched(participants.size());
        district.ledger.getTasks().add(task);
    }
}
