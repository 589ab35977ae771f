package org.garrison.sample.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudySession;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.validation.RecordValidation;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.testing.ModelEquality;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The sample district: deterministic, realistic, and valid at every size the tests use. */
class SampleDistrictTest {

    private static final int YEAR = 2026;
    private static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

    @ParameterizedTest
    @EnumSource(SampleSize.class)
    void validatesWithoutErrorsAndHasTheRequestedMembers(SampleSize size) {
        SampleDistrict sample = SampleDistrict.generate(42, size, YEAR);

        List<String> errors = new ArrayList<>();
        for (EObject root : sample.roots()) {
            for (Diagnostic diagnostic : RecordValidation.validate(root, Locale.CHINA, YEAR_END).getChildren()) {
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    errors.add(diagnostic.getMessage());
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(members(sample)).hasSize(size.militiaMembers());
        assertThat(sample.district().getUnits()).hasSize(size.towns());
    }

    /** A district written in the middle of the year: valid as of that day, at every size. */
    @ParameterizedTest
    @EnumSource(SampleSize.class)
    void validatesAsOfTheDayItIsWritten(SampleSize size) {
        LocalDate today = LocalDate.of(YEAR, 6, 15);
        SampleDistrict sample = SampleDistrict.generate(42, size, today);

        List<String> errors = new ArrayList<>();
        for (EObject root : sample.roots()) {
            for (Diagnostic diagnostic : RecordValidation.validate(root, Locale.CHINA, today).getChildren()) {
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    errors.add(diagnostic.getMessage());
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(members(sample)).hasSize(size.militiaMembers());
        assertThat(datesAfter(sample, today)).isEmpty();
        // and it stays valid as the year runs on: nobody ages out of a limit before the year's end
        List<String> later = new ArrayList<>();
        for (EObject root : sample.roots()) {
            for (Diagnostic diagnostic : RecordValidation.validate(root, Locale.CHINA, YEAR_END).getChildren()) {
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    later.add(diagnostic.getMessage());
                }
            }
        }
        assertThat(later).isEmpty();
    }

    /**
     * Absences are made up within the two weeks the department allows: the first thing a user sees in 待办 is a few
     * make-ups waiting and a few late, not every absence of the autumn.
     */
    @Test
    void onlyTheLastThreeWeeksAbsencesWaitForTheirMakeUp() {
        LocalDate today = LocalDate.of(YEAR, 12, 2);
        SampleDistrict sample = SampleDistrict.generate(42, SampleSize.TINY, today);

        List<String> open = new ArrayList<>();
        for (StudySession session : sample.study().getSessions()) {
            for (Person absent : session.getAbsentees()) {
                boolean madeUp = sample.study().getMakeUps().stream()
                        .anyMatch(makeUp -> makeUp.getSession() == session && makeUp.getPerson() == absent);
                if (!madeUp) {
                    open.add(session.getDate() + " " + absent.getName());
                }
            }
        }
        assertThat(open).as("absences without a make-up").isNotEmpty()
                .allSatisfy(absence -> assertThat(LocalDate.parse(absence.substring(0, 10))).isAfter(today.minusDays(22)));
        assertThat(open).as("past the two weeks allowed").filteredOn(absence -> LocalDate.parse(absence.substring(0, 10)).isBefore(today.minusDays(14)))
                .hasSizeBetween(1, 6);
    }

    /**
     * Nothing dated after the day the sample is written has happened: the only later dates are plans
     * (sessions of the coming four weeks without a roll call, batches without assessments, a competition
     * without placings) and deadlines; no one is a minor on the day.
     */
    @Test
    void nothingIsHeldAfterTheDayItIsWritten() {
        LocalDate today = LocalDate.of(YEAR, 6, 15);
        SampleDistrict sample = SampleDistrict.generate(42, SampleSize.SMALL, today);

        assertThat(datesAfter(sample, today)).isEmpty();
        List<StudySession> planned = sample.study().getSessions().stream().filter(session -> session.getDate().isAfter(today)).toList();
        assertThat(planned).isNotEmpty().allSatisfy(session -> {
            assertThat(session.getAttendees()).isEmpty();
            assertThat(session.getAbsentees()).isEmpty();
            assertThat(session.getNotes()).isNull();
            assertThat(session.getDate()).isBeforeOrEqualTo(today.plusDays(28));
        });
        assertThat(sample.study().getSessions()).filteredOn(session -> !session.getDate().isAfter(today))
                .allSatisfy(session -> assertThat(session.getAttendees()).isNotEmpty());
        assertThat(sample.study().getMakeUps()).allSatisfy(makeUp -> assertThat(makeUp.getDate()).isBeforeOrEqualTo(today));
        List<TrainingBatch> notOver = sample.training().getBatches().stream().filter(batch -> batch.getEndDate().isAfter(today)).toList();
        assertThat(notOver).isNotEmpty().allSatisfy(batch -> assertThat(batch.getAssessments()).isEmpty());
        assertThat(sample.training().getCompetitions()).filteredOn(competition -> competition.getDate().isAfter(today))
                .allSatisfy(competition -> assertThat(competition.getEntries()).allSatisfy(entry -> assertThat(entry.getPlacing()).isZero()));
        assertThat(members(sample)).allSatisfy(member -> {
            assertThat(member.getJoinDate()).isBeforeOrEqualTo(today);
            assertThat(member.getPerson().ageOn(member.getJoinDate())).isGreaterThanOrEqualTo(18);
        });
        // the year so far only: the first half's musters and maintenance, not the second's
        assertThat(sample.mobilization().getMusters()).isNotEmpty();
        SampleDistrict wholeYear = SampleDistrict.generate(42, SampleSize.SMALL, YEAR);
        assertThat(sample.study().getSessions().size()).isBetween(wholeYear.study().getSessions().size() * 4 / 10,
                wholeYear.study().getSessions().size() * 6 / 10);
    }

    /** Every date after the day that is not a plan or a deadline: "record: field date". */
    private static List<String> datesAfter(SampleDistrict sample, LocalDate today) {
        Set<EStructuralFeature> plansAndDeadlines = Set.of(StudyPackage.Literals.STUDY_SESSION__DATE, TrainingPackage.Literals.TRAINING_BATCH__START_DATE,
                TrainingPackage.Literals.TRAINING_BATCH__END_DATE, TrainingPackage.Literals.COMPETITION__DATE,
                MobilizationPackage.Literals.STANDARDIZATION_ITEM__DEADLINE, SecurityPackage.Literals.HAZARD__DEADLINE,
                SecurityPackage.Literals.MAINTENANCE_PLAN__START_DATE, SecurityPackage.Literals.ASSET__INSPECTION_DUE, SecurityPackage.Literals.ASSET__INSURANCE_DUE,
                StudyPackage.Literals.STUDY_REGIME__START_DATE,
                StudyPackage.Literals.STUDY_REGIME__END_DATE);
        List<String> after = new ArrayList<>();
        for (EObject root : sample.roots()) {
            root.eAllContents().forEachRemaining(record -> {
                for (EAttribute attribute : record.eClass().getEAllAttributes()) {
                    if (!attribute.isDerived() && !attribute.isMany() && record.eGet(attribute) instanceof LocalDate date && date.isAfter(today)
                            && !plansAndDeadlines.contains(attribute)) {
                        after.add(record.eClass().getName() + ": " + attribute.getName() + " " + date);
                    }
                }
            });
        }
        return after;
    }

    @Test
    void containsEveryConcreteClassOfTheModel() {
        SampleDistrict sample = SampleDistrict.generate(42, SampleSize.TINY, YEAR);
        Set<EClass> present = new HashSet<>();
        for (EObject root : sample.roots()) {
            present.add(root.eClass());
            root.eAllContents().forEachRemaining(object -> present.add(object.eClass()));
        }
        List<EClass> missing = new ArrayList<>();
        for (EPackage ePackage : ModelPackages.ALL) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !present.contains(eClass)) {
                    missing.add(eClass);
                }
            }
        }
        assertThat(missing).extracting(EClass::getName).isEmpty();
    }

    @Test
    void sameSeedSameDistrictOtherSeedOtherDistrict() {
        SampleDistrict first = SampleDistrict.generate(7, SampleSize.TINY, YEAR);
        SampleDistrict again = SampleDistrict.generate(7, SampleSize.TINY, YEAR);
        SampleDistrict other = SampleDistrict.generate(8, SampleSize.TINY, YEAR);

        assertThat(ModelEquality.equal(first.roots(), again.roots())).isTrue();
        assertThat(ModelEquality.equal(first.roots(), other.roots())).isFalse();
    }

    @Test
    void recordsLookLikeARealDistrict() {
        SampleDistrict sample = SampleDistrict.generate(42, SampleSize.SMALL, YEAR);

        Set<String> numbers = new HashSet<>();
        for (Person person : sample.district().getPersons()) {
            assertThat(IdentityNumber.isValid(person.getIdentityNumber())).as(person.getIdentityNumber()).isTrue();
            assertThat(numbers.add(person.getIdentityNumber())).as("unique " + person.getIdentityNumber()).isTrue();
        }
        List<MilitiaMember> members = members(sample);
        long core = members.stream().filter(m -> m.getCategory() == MilitiaCategory.CORE).count();
        assertThat(core).isBetween(members.size() / 50L, members.size() / 20L);
        assertThat(sample.study().getSessions()).hasSizeGreaterThan(250);
        assertThat(sample.training().getBatches()).hasSizeBetween(5, 10);
        assertThat(sample.mobilization().getMusters()).isNotEmpty()
                .allSatisfy(muster -> assertThat(muster.getAttendanceRate()).isGreaterThan(0.8));
        var campaign = sample.mobilization().getCampaigns().get(0);
        assertThat(campaign.count(RecruitMeasure.ENLISTED)).isEqualTo(campaign.getQuota());
        assertThat(sample.security().getAssets()).isNotEmpty().filteredOn(asset -> asset.getStatus() == org.garrison.model.security.AssetStatus.IN_USE)
                .allSatisfy(asset -> assertThat(sample.maintenance()).anySatisfy(record -> assertThat(record.getAsset()).isSameAs(asset)));
    }

    @Test
    void savesToXmiAndLoadsBackUnchanged() throws Exception {
        SampleDistrict sample = SampleDistrict.generate(3, SampleSize.TINY, YEAR);
        Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/sample.xmi"));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().addAll(sample.roots());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of());

        Resource loaded = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/sample.xmi"));
        new ResourceSetImpl().getResources().add(loaded);
        loaded.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());

        assertThat(ModelEquality.equal(resource.getContents(), loaded.getContents())).isTrue();
    }

    private static List<MilitiaMember> members(SampleDistrict sample) {
        List<MilitiaMember> members = new ArrayList<>();
        for (MilitiaUnit unit : sample.mobilization().getUnits()) {
            collect(unit, members);
        }
        return members;
    }

    private static void collect(MilitiaUnit unit, List<MilitiaMember> members) {
        members.addAll(unit.getMembers());
        unit.getSubUnits().forEach(sub -> collect(sub, members));
    }
}
