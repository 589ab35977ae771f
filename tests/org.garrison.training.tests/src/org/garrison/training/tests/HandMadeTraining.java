package org.garrison.training.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;

/**
 * A district made by hand so that every expected value can be counted on paper. 东镇: 第1排 of the
 * 应急连 with 赵一 钱二 孙三 李四 (core), 周五 in the company itself (core); 西街道应急排 with 吴六 郑七
 * (core) and 王八 (ordinary); 冯九 (core) left on 1 February; 陈十 (core) joins on 1 November. The 2026
 * plan has 射击, 战术 and 应急救援; 第一批 (2–6 March: 赵一 钱二 吴六, every subject assessed) is closed
 * on 6 March; 第二批 (4–8 May: 赵一 孙三) ended with 孙三's 应急救援 missing.
 */
final class HandMadeTraining {

    static final int YEAR = 2026;

    final CoreFactory core = CoreFactory.eINSTANCE;
    final MobilizationFactory mobilization = MobilizationFactory.eINSTANCE;
    final TrainingFactory training = TrainingFactory.eINSTANCE;
    final District district = core.createDistrict();
    final OrgUnit east = town("330101", "东镇", OrgUnitLevel.TOWN);
    final OrgUnit west = town("330102", "西街道", OrgUnitLevel.SUBDISTRICT);
    final MobilizationLedger roster = mobilization.createMobilizationLedger();
    final MilitiaUnit company = unit("东镇应急连", UnitType.COMPANY, east);
    final MilitiaUnit platoon = unit("第1排", UnitType.PLATOON, east);
    final MilitiaUnit westPlatoon = unit("西街道应急排", UnitType.PLATOON, west);
    final Person zhao = member("赵一", 1, platoon, MilitiaCategory.CORE, LocalDate.of(2020, 1, 1), null);
    final Person qian = member("钱二", 2, platoon, MilitiaCategory.CORE, LocalDate.of(2021, 1, 1), null);
    final Person sun = member("孙三", 3, platoon, MilitiaCategory.CORE, LocalDate.of(2022, 1, 1), null);
    final Person li = member("李四", 4, platoon, MilitiaCategory.CORE, LocalDate.of(2023, 1, 1), null);
    final Person zhou = member("周五", 5, company, MilitiaCategory.CORE, LocalDate.of(2019, 1, 1), null);
    final Person wu = member("吴六", 6, westPlatoon, MilitiaCategory.CORE, LocalDate.of(2020, 6, 1), null);
    final Person zheng = member("郑七", 7, westPlatoon, MilitiaCategory.CORE, LocalDate.of(2024, 3, 1), null);
    final Person wang = member("王八", 8, westPlatoon, MilitiaCategory.ORDINARY, LocalDate.of(2024, 3, 1), null);
    final Person feng = member("冯九", 9, westPlatoon, MilitiaCategory.CORE, LocalDate.of(2018, 3, 1), LocalDate.of(2026, 2, 1));
    final Person chen = member("陈十", 10, platoon, MilitiaCategory.CORE, LocalDate.of(2026, 11, 1), null);
    final TrainingLedger ledger = training.createTrainingLedger();
    final TrainingPlan plan = training.createTrainingPlan();
    final PlanSubject shooting = subject("射击", 16);
    final PlanSubject tactics = subject("战术", 12);
    final PlanSubject rescue = subject("应急救援", 8);
    final Instructor instructor = training.createInstructor();
    final TrainingBatch first;
    final TrainingBatch second;
    final AdapterFactoryEditingDomain domain;

    HandMadeTraining() {
        district.setCode("330100");
        district.setName("测试区");
        roster.setDistrict(district);
        company.getSubUnits().add(platoon);
        roster.getUnits().addAll(List.of(company, westPlatoon));
        ledger.setDistrict(district);
        plan.setYear(YEAR);
        plan.setTitle("2026年度民兵军事训练计划");
        plan.getSubjects().addAll(List.of(shooting, tactics, rescue));
        ledger.getPlans().add(plan);
        instructor.setPerson(zhou);
        instructor.setLevel(InstructorLevel.DISTRICT);
        instructor.setCertifiedOn(LocalDate.of(2025, 2, 20));
        instructor.setCanExplain(true);
        instructor.setCanDemonstrate(true);
        instructor.setCanTeach(true);
        instructor.setCanDoPoliticalWork(true);
        ledger.getInstructors().add(instructor);
        first = batch("第一批", LocalDate.of(YEAR, 3, 2), List.of(zhao, qian, wu));
        assess(first, zhao, shooting, 95);
        assess(first, zhao, tactics, 85);
        assess(first, zhao, rescue, 70);
        assess(first, qian, shooting, 55);
        assess(first, qian, tactics, 88);
        assess(first, qian, rescue, 91);
        assess(first, wu, shooting, 60);
        assess(first, wu, tactics, 62);
        assess(first, wu, rescue, 81);
        first.setClosedOn(LocalDate.of(YEAR, 3, 6));
        second = batch("第二批", LocalDate.of(YEAR, 5, 4), List.of(zhao, sun));
        assess(second, zhao, shooting, 92);
        assess(second, zhao, tactics, 90);
        assess(second, zhao, rescue, 75);
        assess(second, sun, shooting, 66);
        assess(second, sun, tactics, 79);
        Resource resource = new ResourceImpl();
        resource.getContents().addAll(roots());
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getResourceSet().getResources().add(resource);
    }

    List<EObject> roots() {
        return List.of(district, roster, ledger);
    }

    private OrgUnit town(String code, String name, OrgUnitLevel level) {
        OrgUnit town = core.createOrgUnit();
        town.setCode(code);
        town.setName(name);
        town.setLevel(level);
        district.getUnits().add(town);
        return town;
    }

    private MilitiaUnit unit(String name, UnitType type, OrgUnit town) {
        MilitiaUnit unit = mobilization.createMilitiaUnit();
        unit.setName(name);
        unit.setType(type);
        unit.setRole(UnitRole.EMERGENCY);
        unit.setOrgUnit(town);
        return unit;
    }

    private Person member(String name, int sequence, MilitiaUnit unit, MilitiaCategory category, LocalDate joined, LocalDate left) {
        Person person = core.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("330102", LocalDate.of(1995, 4, sequence), sequence * 2 + 1));
        person.setOrgUnit(unit.getOrgUnit());
        district.getPersons().add(person);
        MilitiaMember member = mobilization.createMilitiaMember();
        member.setPerson(person);
        member.setCategory(category);
        member.setJoinDate(joined);
        member.setLeaveDate(left);
        unit.getMembers().add(member);
        return person;
    }

    private PlanSubject subject(String name, double hours) {
        PlanSubject subject = training.createPlanSubject();
        subject.setName(name);
        subject.setHours(hours);
        return subject;
    }

    TrainingBatch batch(String name, LocalDate start, List<Person> trainees) {
        TrainingBatch batch = training.createTrainingBatch();
        batch.setName(name);
        batch.setKind(TrainingKind.INTEGRATED_CORE);
        batch.setStartDate(start);
        batch.setEndDate(start.plusDays(4));
        batch.setPlace("区民兵训练基地");
        batch.setPlan(plan);
        batch.getSubjects().addAll(plan.getSubjects());
        batch.getInstructors().add(instructor);
        batch.getTrainees().addAll(trainees);
        ledger.getBatches().add(batch);
        return batch;
    }

    void assess(TrainingBatch batch, Person trainee, PlanSubject subject, double score) {
        Assessment assessment = training.createAssessment();
        assessment.setTrainee(trainee);
        assessment.setSubject(subject);
        assessment.setScore(score);
        assessment.setGrade(score >= 90 ? Grade.EXCELLENT : score >= 80 ? Grade.GOOD : score >= 60 ? Grade.PASS : Grade.FAIL);
        batch.getAssessments().add(assessment);
    }
}
