package org.garrison.training.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.internal.training.AssessmentGrid;
import org.garrison.internal.training.AssessmentImport;
import org.garrison.internal.training.AssessmentRegister;
import org.garrison.internal.training.AssessmentSheet;
import org.garrison.internal.training.GradeScale;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.spreadsheet.TableFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 人人考核 of 40 trainees in 6 subjects: scores set through commands give the scale's grades, missing
 * cells are counted, undo and redo, the export holds the grid's values, an import file with bad rows
 * reports exactly those rows and applies the good ones as one command.
 */
class AssessmentGridTest {

    private final TrainingFactory training = TrainingFactory.eINSTANCE;
    private TrainingBatch batch;
    private AdapterFactoryEditingDomain domain;
    private AssessmentGrid grid;

    @TempDir
    Path folder;

    @BeforeEach
    void batchOf40By6() {
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("测试区");
        batch = training.createTrainingBatch();
        batch.setName("第三批");
        batch.setKind(TrainingKind.EMERGENCY_UNIT);
        batch.setStartDate(LocalDate.of(2026, 4, 6));
        batch.setEndDate(LocalDate.of(2026, 4, 12));
        for (String name : List.of("射击", "战术", "应急救援", "防汛抢险", "体能", "政治教育")) {
            PlanSubject subject = training.createPlanSubject();
            subject.setName(name);
            subject.setHours(8);
            batch.getSubjects().add(subject);
        }
        for (int i = 1; i <= 40; i++) {
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName("队员" + i);
            person.setIdentityNumber(IdentityNumber.of("330102", LocalDate.of(1996, 1, 1).plusDays(i), i * 2 + 1));
            district.getPersons().add(person);
            batch.getTrainees().add(person);
        }
        Resource resource = new ResourceImpl();
        resource.getContents().addAll(List.of(district, batch));
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getResourceSet().getResources().add(resource);
        grid = new AssessmentGrid(batch, GradeScale.DEFAULT);
    }

    private void set(int trainee, int subject, Double score) {
        domain.getCommandStack().execute(grid.setScore(domain, batch.getTrainees().get(trainee), batch.getSubjects().get(subject), score));
        grid.refresh();
    }

    @Test
    void scoresGiveTheirGradesMissingCellsAreCountedAndEveryChangeUndoes() {
        assertThat(grid.missing()).hasSize(240);
        double[] scores = { 90, 89.5, 80, 79, 60, 59.9 };
        Grade[] grades = { Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.PASS, Grade.FAIL };
        for (int t = 0; t < 40; t++) {
            for (int s = 0; s < 6; s++) {
                if (t == 7 && s == 3) {
                    continue; // 队员8 missed 防汛抢险
                }
                set(t, s, scores[(t + s) % 6]);
            }
        }
        assertThat(grid.missing()).singleElement().satisfies(missing -> {
            assertThat(missing.trainee().getName()).isEqualTo("队员8");
            assertThat(missing.subject().getName()).isEqualTo("防汛抢险");
        });
        for (int s = 0; s < 6; s++) {
            assertThat(grid.assessment(batch.getTrainees().get(0), batch.getSubjects().get(s)).getGrade()).isEqualTo(grades[s]);
        }
        // 防汛抢险 (s=3): 39 assessed; fails are (t+3)%6==5, i.e. t = 2, 8, 14, 20, 26, 32, 38 → 7 fails
        assertThat(grid.result(batch.getSubjects().get(3))).satisfies(result -> {
            assertThat(result.assessed()).isEqualTo(39);
            assertThat(result.passed()).isEqualTo(32);
            assertThat(result.missing()).isEqualTo(1);
        });
        // every trainee has one 59.9 among six distinct scores, so none passed all; 队员8 lacks one anyway
        assertThat(grid.passRate()).isZero();

        set(0, 0, 72.0);
        assertThat(grid.score(batch.getTrainees().get(0), batch.getSubjects().get(0))).isEqualTo(72.0);
        assertThat(grid.assessment(batch.getTrainees().get(0), batch.getSubjects().get(0)).getGrade()).isEqualTo(Grade.PASS);
        domain.getCommandStack().undo();
        grid.refresh();
        assertThat(grid.score(batch.getTrainees().get(0), batch.getSubjects().get(0))).isEqualTo(90.0);
        assertThat(grid.assessment(batch.getTrainees().get(0), batch.getSubjects().get(0)).getGrade()).isEqualTo(Grade.EXCELLENT);
        domain.getCommandStack().redo();
        grid.refresh();
        assertThat(grid.score(batch.getTrainees().get(0), batch.getSubjects().get(0))).isEqualTo(72.0);

        set(7, 3, 88.0);
        assertThat(grid.missing()).isEmpty();
        domain.getCommandStack().undo();
        grid.refresh();
        assertThat(grid.missing()).as("undoing a new score makes the cell missing again").hasSize(1);
        set(1, 1, null);
        assertThat(grid.missing()).as("clearing a score removes its assessment").hasSize(2);

        assertThatThrownBy(() -> grid.setScore(domain, batch.getTrainees().get(0), batch.getSubjects().get(0), 105.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("队员1的“射击”成绩105不在0至100之间。请改正后再录入。");
    }

    @Test
    void theExportHoldsTheGridAndReadsBack() throws Exception {
        set(0, 0, 93.0);
        set(0, 1, 61.5);
        set(5, 2, 40.0);
        Path file = folder.resolve("考核成绩.xlsx");
        AssessmentSheet.write(grid, file, Locale.CHINA);

        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        assertThat(rows).hasSize(41);
        assertThat(rows.get(0)).startsWith("姓名", "公民身份号码", "射击", "射击（等级）", "战术", "战术（等级）");
        assertThat(rows.get(1)).startsWith("队员1", batch.getTrainees().get(0).getIdentityNumber(), "93", "优秀", "61.5", "及格");
        assertThat(rows.get(6).subList(0, 8)).containsExactly("队员6", batch.getTrainees().get(5).getIdentityNumber(), "", "", "", "", "40", "不及格");
        assertThat(rows.get(1).get(rows.get(1).size() - 1)).as("missing assessments of 队员1").isEqualTo("4");

        // the grid's own export reads back unchanged (its blanks are reported, its scores applied)
        AssessmentGrid copy = new AssessmentGrid(batch, GradeScale.DEFAULT);
        AssessmentImport again = AssessmentImport.read(file, copy);
        assertThat(again.scores()).hasSize(3);
        assertThat(again.problems()).hasSize(240 - 3).allSatisfy(problem -> assertThat(problem.message()).startsWith("成绩为空"));

        Path register = folder.resolve("训练考核登记表.docx");
        AssessmentRegister.write(grid, register, Locale.CHINA);
        assertThat(register).isNotEmptyFile();
    }

    @Test
    void anImportWithBadRowsReportsExactlyThoseRowsAndAppliesTheRest() throws Exception {
        Person first = batch.getTrainees().get(0);
        Person second = batch.getTrainees().get(1);
        Path file = folder.resolve("成绩.csv");
        Files.writeString(file, String.join("\n",
                "序号,姓名,公民身份号码,射击,战术,越野",
                "1,队员1," + first.getIdentityNumber() + ",95,82,",
                "2,队员2," + second.getIdentityNumber() + ",105,70,",
                "3,路人甲,110101199001011234,80,80,",
                "4,队员4,,,66,",
                "5,队员5,,８８,77,"), StandardCharsets.UTF_8);

        AssessmentImport read = AssessmentImport.read(file, grid);
        assertThat(read.problems()).extracting(problem -> problem.row() + " " + problem.field()).containsExactly(
                "1 越野", "3 射击", "4 公民身份号码", "5 射击");
        assertThat(read.problems().get(0).message()).contains("“越野”不是本批次的训练课目").contains("射击、战术、应急救援");
        assertThat(read.problems().get(1).message()).isEqualTo("成绩“105”不在0至100之间。请改正。");
        assertThat(read.problems().get(2).message()).contains("110101199001011234").contains("路人甲").contains("不是本批次的参训人员");
        assertThat(read.problems().get(3).message()).startsWith("成绩为空");
        // valid: 队员1 95 82, 队员2 70 (战术), 队员4 66 (by name), 队员5 88 (full-width digits) 77
        assertThat(read.scores()).extracting(score -> score.trainee().getName() + " " + score.subject().getName() + " " + score.score())
                .containsExactly("队员1 射击 95.0", "队员1 战术 82.0", "队员2 战术 70.0", "队员4 战术 66.0", "队员5 射击 88.0", "队员5 战术 77.0");

        domain.getCommandStack().execute(read.apply(domain, grid));
        grid.refresh();
        assertThat(grid.missing()).hasSize(240 - 6);
        assertThat(grid.assessment(first, batch.getSubjects().get(0)).getGrade()).isEqualTo(Grade.EXCELLENT);
        domain.getCommandStack().undo();
        grid.refresh();
        assertThat(grid.missing()).as("the import is one command").hasSize(240);
    }
}
