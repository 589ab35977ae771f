/**
 */
package org.garrison.model.training.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.garrison.model.core.CorePackage;

import org.garrison.model.core.impl.CorePackageImpl;

import org.garrison.model.mobilization.MobilizationPackage;

import org.garrison.model.mobilization.impl.MobilizationPackageImpl;

import org.garrison.model.security.SecurityPackage;

import org.garrison.model.security.impl.SecurityPackageImpl;

import org.garrison.model.study.StudyPackage;

import org.garrison.model.study.impl.StudyPackageImpl;

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
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;

import org.garrison.model.training.util.TrainingValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingPackageImpl extends EPackageImpl implements TrainingPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingLedgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planSubjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingBatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instructorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instructorSelectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitionEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emergencyTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instructorLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum competitionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum emergencyTaskKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.garrison.model.training.TrainingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TrainingPackageImpl()
	{
		super(eNS_URI, TrainingFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TrainingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TrainingPackage init()
	{
		if (isInited) return (TrainingPackage)EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTrainingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TrainingPackageImpl theTrainingPackage = registeredTrainingPackage instanceof TrainingPackageImpl ? (TrainingPackageImpl)registeredTrainingPackage : new TrainingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);
		StudyPackageImpl theStudyPackage = (StudyPackageImpl)(registeredPackage instanceof StudyPackageImpl ? registeredPackage : StudyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MobilizationPackage.eNS_URI);
		MobilizationPackageImpl theMobilizationPackage = (MobilizationPackageImpl)(registeredPackage instanceof MobilizationPackageImpl ? registeredPackage : MobilizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SecurityPackage.eNS_URI);
		SecurityPackageImpl theSecurityPackage = (SecurityPackageImpl)(registeredPackage instanceof SecurityPackageImpl ? registeredPackage : SecurityPackage.eINSTANCE);

		// Create package meta-data objects
		theTrainingPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theStudyPackage.createPackageContents();
		theMobilizationPackage.createPackageContents();
		theSecurityPackage.createPackageContents();

		// Initialize created meta-data
		theTrainingPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theStudyPackage.initializePackageContents();
		theMobilizationPackage.initializePackageContents();
		theSecurityPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theTrainingPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return TrainingValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theTrainingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TrainingPackage.eNS_URI, theTrainingPackage);
		return theTrainingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingLedger()
	{
		return trainingLedgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_District()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Plans()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Batches()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Instructors()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Selections()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Competitions()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingLedger_Tasks()
	{
		return (EReference)trainingLedgerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingPlan()
	{
		return trainingPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingPlan_Year()
	{
		return (EAttribute)trainingPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingPlan_Title()
	{
		return (EAttribute)trainingPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingPlan_Subjects()
	{
		return (EReference)trainingPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingPlan_TotalHours()
	{
		return (EAttribute)trainingPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanSubject()
	{
		return planSubjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSubject_Name()
	{
		return (EAttribute)planSubjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSubject_Hours()
	{
		return (EAttribute)planSubjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSubject_Outline()
	{
		return (EAttribute)planSubjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSubject_Kind()
	{
		return (EAttribute)planSubjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSubject__HoursNotNegative__DiagnosticChain_Map()
	{
		return planSubjectEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingBatch()
	{
		return trainingBatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_Name()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_Kind()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_StartDate()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_EndDate()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_Place()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingBatch_Plan()
	{
		return (EReference)trainingBatchEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingBatch_Subjects()
	{
		return (EReference)trainingBatchEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingBatch_Instructors()
	{
		return (EReference)trainingBatchEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingBatch_Trainees()
	{
		return (EReference)trainingBatchEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingBatch_Assessments()
	{
		return (EReference)trainingBatchEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_ClosedOn()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_TraineeCount()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingBatch_PassCount()
	{
		return (EAttribute)trainingBatchEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTrainingBatch__DatesInOrder__DiagnosticChain_Map()
	{
		return trainingBatchEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTrainingBatch__AssessedAreTrainees__DiagnosticChain_Map()
	{
		return trainingBatchEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTrainingBatch__TraineesEligible__DiagnosticChain_Map()
	{
		return trainingBatchEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment()
	{
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Trainee()
	{
		return (EReference)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Subject()
	{
		return (EReference)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Score()
	{
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Grade()
	{
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAssessment__ScoreInRange__DiagnosticChain_Map()
	{
		return assessmentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstructor()
	{
		return instructorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstructor_Person()
	{
		return (EReference)instructorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_Level()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_CertifiedOn()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_Specialty()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_CanExplain()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_CanDemonstrate()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_CanTeach()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_CanDoPoliticalWork()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_FourAbilities()
	{
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstructorSelection()
	{
		return instructorSelectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructorSelection_Date()
	{
		return (EAttribute)instructorSelectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructorSelection_Level()
	{
		return (EAttribute)instructorSelectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstructorSelection_Candidates()
	{
		return (EReference)instructorSelectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstructorSelection_Selected()
	{
		return (EReference)instructorSelectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInstructorSelection__SelectedQualified__DiagnosticChain_Map()
	{
		return instructorSelectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetition()
	{
		return competitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetition_Name()
	{
		return (EAttribute)competitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetition_Level()
	{
		return (EAttribute)competitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetition_Date()
	{
		return (EAttribute)competitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetition_Place()
	{
		return (EAttribute)competitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetition_Entries()
	{
		return (EReference)competitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetition__EntrantsEligible__DiagnosticChain_Map()
	{
		return competitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetitionEntry()
	{
		return competitionEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionEntry_Participant()
	{
		return (EReference)competitionEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionEntry_Event()
	{
		return (EAttribute)competitionEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionEntry_Placing()
	{
		return (EAttribute)competitionEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionEntry__PlacingNotNegative__DiagnosticChain_Map()
	{
		return competitionEntryEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmergencyTask()
	{
		return emergencyTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_Kind()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_Name()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_Place()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_StartDate()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_EndDate()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_MembersDispatched()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmergencyTask_Participants()
	{
		return (EReference)emergencyTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyTask_Work()
	{
		return (EAttribute)emergencyTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEmergencyTask__DatesInOrder__DiagnosticChain_Map()
	{
		return emergencyTaskEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEmergencyTask__DispatchedNotNegative__DiagnosticChain_Map()
	{
		return emergencyTaskEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEmergencyTask__ParticipantsEligible__DiagnosticChain_Map()
	{
		return emergencyTaskEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEmergencyTask__DispatchedMatchesParticipants__DiagnosticChain_Map()
	{
		return emergencyTaskEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingKind()
	{
		return trainingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstructorLevel()
	{
		return instructorLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCompetitionLevel()
	{
		return competitionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmergencyTaskKind()
	{
		return emergencyTaskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingFactory getTrainingFactory()
	{
		return (TrainingFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		trainingLedgerEClass = createEClass(TRAINING_LEDGER);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__DISTRICT);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__PLANS);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__BATCHES);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__INSTRUCTORS);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__SELECTIONS);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__COMPETITIONS);
		createEReference(trainingLedgerEClass, TRAINING_LEDGER__TASKS);

		trainingPlanEClass = createEClass(TRAINING_PLAN);
		createEAttribute(trainingPlanEClass, TRAINING_PLAN__YEAR);
		createEAttribute(trainingPlanEClass, TRAINING_PLAN__TITLE);
		createEReference(trainingPlanEClass, TRAINING_PLAN__SUBJECTS);
		createEAttribute(trainingPlanEClass, TRAINING_PLAN__TOTAL_HOURS);

		planSubjectEClass = createEClass(PLAN_SUBJECT);
		createEAttribute(planSubjectEClass, PLAN_SUBJECT__NAME);
		createEAttribute(planSubjectEClass, PLAN_SUBJECT__HOURS);
		createEAttribute(planSubjectEClass, PLAN_SUBJECT__OUTLINE);
		createEAttribute(planSubjectEClass, PLAN_SUBJECT__KIND);
		createEOperation(planSubjectEClass, PLAN_SUBJECT___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		trainingBatchEClass = createEClass(TRAINING_BATCH);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__NAME);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__KIND);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__START_DATE);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__END_DATE);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__PLACE);
		createEReference(trainingBatchEClass, TRAINING_BATCH__PLAN);
		createEReference(trainingBatchEClass, TRAINING_BATCH__SUBJECTS);
		createEReference(trainingBatchEClass, TRAINING_BATCH__INSTRUCTORS);
		createEReference(trainingBatchEClass, TRAINING_BATCH__TRAINEES);
		createEReference(trainingBatchEClass, TRAINING_BATCH__ASSESSMENTS);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__CLOSED_ON);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__TRAINEE_COUNT);
		createEAttribute(trainingBatchEClass, TRAINING_BATCH__PASS_COUNT);
		createEOperation(trainingBatchEClass, TRAINING_BATCH___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP);
		createEOperation(trainingBatchEClass, TRAINING_BATCH___ASSESSED_ARE_TRAINEES__DIAGNOSTICCHAIN_MAP);
		createEOperation(trainingBatchEClass, TRAINING_BATCH___TRAINEES_ELIGIBLE__DIAGNOSTICCHAIN_MAP);

		assessmentEClass = createEClass(ASSESSMENT);
		createEReference(assessmentEClass, ASSESSMENT__TRAINEE);
		createEReference(assessmentEClass, ASSESSMENT__SUBJECT);
		createEAttribute(assessmentEClass, ASSESSMENT__SCORE);
		createEAttribute(assessmentEClass, ASSESSMENT__GRADE);
		createEOperation(assessmentEClass, ASSESSMENT___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP);

		instructorEClass = createEClass(INSTRUCTOR);
		createEReference(instructorEClass, INSTRUCTOR__PERSON);
		createEAttribute(instructorEClass, INSTRUCTOR__LEVEL);
		createEAttribute(instructorEClass, INSTRUCTOR__CERTIFIED_ON);
		createEAttribute(instructorEClass, INSTRUCTOR__SPECIALTY);
		createEAttribute(instructorEClass, INSTRUCTOR__CAN_EXPLAIN);
		createEAttribute(instructorEClass, INSTRUCTOR__CAN_DEMONSTRATE);
		createEAttribute(instructorEClass, INSTRUCTOR__CAN_TEACH);
		createEAttribute(instructorEClass, INSTRUCTOR__CAN_DO_POLITICAL_WORK);
		createEAttribute(instructorEClass, INSTRUCTOR__FOUR_ABILITIES);

		instructorSelectionEClass = createEClass(INSTRUCTOR_SELECTION);
		createEAttribute(instructorSelectionEClass, INSTRUCTOR_SELECTION__DATE);
		createEAttribute(instructorSelectionEClass, INSTRUCTOR_SELECTION__LEVEL);
		createEReference(instructorSelectionEClass, INSTRUCTOR_SELECTION__CANDIDATES);
		createEReference(instructorSelectionEClass, INSTRUCTOR_SELECTION__SELECTED);
		createEOperation(instructorSelectionEClass, INSTRUCTOR_SELECTION___SELECTED_QUALIFIED__DIAGNOSTICCHAIN_MAP);

		competitionEClass = createEClass(COMPETITION);
		createEAttribute(competitionEClass, COMPETITION__NAME);
		createEAttribute(competitionEClass, COMPETITION__LEVEL);
		createEAttribute(competitionEClass, COMPETITION__DATE);
		createEAttribute(competitionEClass, COMPETITION__PLACE);
		createEReference(competitionEClass, COMPETITION__ENTRIES);
		createEOperation(competitionEClass, COMPETITION___ENTRANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP);

		competitionEntryEClass = createEClass(COMPETITION_ENTRY);
		createEReference(competitionEntryEClass, COMPETITION_ENTRY__PARTICIPANT);
		createEAttribute(competitionEntryEClass, COMPETITION_ENTRY__EVENT);
		createEAttribute(competitionEntryEClass, COMPETITION_ENTRY__PLACING);
		createEOperation(competitionEntryEClass, COMPETITION_ENTRY___PLACING_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		emergencyTaskEClass = createEClass(EMERGENCY_TASK);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__KIND);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__NAME);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__PLACE);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__START_DATE);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__END_DATE);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__MEMBERS_DISPATCHED);
		createEReference(emergencyTaskEClass, EMERGENCY_TASK__PARTICIPANTS);
		createEAttribute(emergencyTaskEClass, EMERGENCY_TASK__WORK);
		createEOperation(emergencyTaskEClass, EMERGENCY_TASK___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP);
		createEOperation(emergencyTaskEClass, EMERGENCY_TASK___DISPATCHED_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(emergencyTaskEClass, EMERGENCY_TASK___PARTICIPANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP);
		createEOperation(emergencyTaskEClass, EMERGENCY_TASK___DISPATCHED_MATCHES_PARTICIPANTS__DIAGNOSTICCHAIN_MAP);

		// Create enums
		trainingKindEEnum = createEEnum(TRAINING_KIND);
		instructorLevelEEnum = createEEnum(INSTRUCTOR_LEVEL);
		competitionLevelEEnum = createEEnum(COMPETITION_LEVEL);
		emergencyTaskKindEEnum = createEEnum(EMERGENCY_TASK_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		trainingPlanEClass.getESuperTypes().add(theCorePackage.getRecord());
		trainingBatchEClass.getESuperTypes().add(theCorePackage.getRecord());
		instructorEClass.getESuperTypes().add(theCorePackage.getRecord());
		instructorSelectionEClass.getESuperTypes().add(theCorePackage.getRecord());
		competitionEClass.getESuperTypes().add(theCorePackage.getRecord());
		emergencyTaskEClass.getESuperTypes().add(theCorePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(trainingLedgerEClass, TrainingLedger.class, "TrainingLedger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrainingLedger_District(), theCorePackage.getDistrict(), null, "district", null, 1, 1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Plans(), this.getTrainingPlan(), null, "plans", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Batches(), this.getTrainingBatch(), null, "batches", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Instructors(), this.getInstructor(), null, "instructors", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Selections(), this.getInstructorSelection(), null, "selections", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Competitions(), this.getCompetition(), null, "competitions", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingLedger_Tasks(), this.getEmergencyTask(), null, "tasks", null, 0, -1, TrainingLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingPlanEClass, TrainingPlan.class, "TrainingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingPlan_Year(), ecorePackage.getEInt(), "year", null, 1, 1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingPlan_Title(), ecorePackage.getEString(), "title", null, 1, 1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingPlan_Subjects(), this.getPlanSubject(), null, "subjects", null, 0, -1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingPlan_TotalHours(), ecorePackage.getEDouble(), "totalHours", null, 0, 1, TrainingPlan.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(planSubjectEClass, PlanSubject.class, "PlanSubject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanSubject_Name(), ecorePackage.getEString(), "name", null, 1, 1, PlanSubject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSubject_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, PlanSubject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSubject_Outline(), ecorePackage.getEString(), "outline", null, 0, 1, PlanSubject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSubject_Kind(), this.getTrainingKind(), "kind", null, 0, 1, PlanSubject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getPlanSubject__HoursNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hoursNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(trainingBatchEClass, TrainingBatch.class, "TrainingBatch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingBatch_Name(), ecorePackage.getEString(), "name", null, 1, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_Kind(), this.getTrainingKind(), "kind", null, 1, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 1, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 1, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_Place(), ecorePackage.getEString(), "place", null, 0, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingBatch_Plan(), this.getTrainingPlan(), null, "plan", null, 0, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingBatch_Subjects(), this.getPlanSubject(), null, "subjects", null, 0, -1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingBatch_Instructors(), this.getInstructor(), null, "instructors", null, 0, -1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingBatch_Trainees(), theCorePackage.getPerson(), null, "trainees", null, 0, -1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingBatch_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_ClosedOn(), theCorePackage.getLocalDate(), "closedOn", null, 0, 1, TrainingBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_TraineeCount(), ecorePackage.getEInt(), "traineeCount", null, 0, 1, TrainingBatch.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingBatch_PassCount(), ecorePackage.getEInt(), "passCount", null, 0, 1, TrainingBatch.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getTrainingBatch__DatesInOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "datesInOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTrainingBatch__AssessedAreTrainees__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "assessedAreTrainees", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTrainingBatch__TraineesEligible__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "traineesEligible", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessment_Trainee(), theCorePackage.getPerson(), null, "trainee", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Subject(), this.getPlanSubject(), null, "subject", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Grade(), theCorePackage.getGrade(), "grade", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getAssessment__ScoreInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "scoreInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(instructorEClass, Instructor.class, "Instructor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInstructor_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_Level(), this.getInstructorLevel(), "level", null, 1, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_CertifiedOn(), theCorePackage.getLocalDate(), "certifiedOn", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_Specialty(), ecorePackage.getEString(), "specialty", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_CanExplain(), ecorePackage.getEBoolean(), "canExplain", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_CanDemonstrate(), ecorePackage.getEBoolean(), "canDemonstrate", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_CanTeach(), ecorePackage.getEBoolean(), "canTeach", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_CanDoPoliticalWork(), ecorePackage.getEBoolean(), "canDoPoliticalWork", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructor_FourAbilities(), ecorePackage.getEBoolean(), "fourAbilities", null, 0, 1, Instructor.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(instructorSelectionEClass, InstructorSelection.class, "InstructorSelection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstructorSelection_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, InstructorSelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstructorSelection_Level(), this.getInstructorLevel(), "level", null, 1, 1, InstructorSelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstructorSelection_Candidates(), theCorePackage.getPerson(), null, "candidates", null, 0, -1, InstructorSelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstructorSelection_Selected(), this.getInstructor(), null, "selected", null, 0, -1, InstructorSelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getInstructorSelection__SelectedQualified__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "selectedQualified", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(competitionEClass, Competition.class, "Competition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompetition_Name(), ecorePackage.getEString(), "name", null, 1, 1, Competition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetition_Level(), this.getCompetitionLevel(), "level", null, 1, 1, Competition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetition_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Competition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetition_Place(), ecorePackage.getEString(), "place", null, 0, 1, Competition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetition_Entries(), this.getCompetitionEntry(), null, "entries", null, 0, -1, Competition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCompetition__EntrantsEligible__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "entrantsEligible", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(competitionEntryEClass, CompetitionEntry.class, "CompetitionEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCompetitionEntry_Participant(), theCorePackage.getPerson(), null, "participant", null, 1, 1, CompetitionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionEntry_Event(), ecorePackage.getEString(), "event", null, 1, 1, CompetitionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionEntry_Placing(), ecorePackage.getEInt(), "placing", null, 0, 1, CompetitionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCompetitionEntry__PlacingNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "placingNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(emergencyTaskEClass, EmergencyTask.class, "EmergencyTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmergencyTask_Kind(), this.getEmergencyTaskKind(), "kind", null, 1, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_Name(), ecorePackage.getEString(), "name", null, 1, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_Place(), ecorePackage.getEString(), "place", null, 0, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 1, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_MembersDispatched(), ecorePackage.getEInt(), "membersDispatched", null, 0, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmergencyTask_Participants(), theCorePackage.getPerson(), null, "participants", null, 0, -1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyTask_Work(), ecorePackage.getEString(), "work", null, 0, 1, EmergencyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getEmergencyTask__DatesInOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "datesInOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEmergencyTask__DispatchedNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "dispatchedNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEmergencyTask__ParticipantsEligible__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "participantsEligible", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEmergencyTask__DispatchedMatchesParticipants__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "dispatchedMatchesParticipants", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(trainingKindEEnum, TrainingKind.class, "TrainingKind");
		addEEnumLiteral(trainingKindEEnum, TrainingKind.INTEGRATED_CORE);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.EMERGENCY_UNIT);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.SPECIALIST_UNIT);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.CADRE);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.INSTRUCTOR);

		initEEnum(instructorLevelEEnum, InstructorLevel.class, "InstructorLevel");
		addEEnumLiteral(instructorLevelEEnum, InstructorLevel.DISTRICT);
		addEEnumLiteral(instructorLevelEEnum, InstructorLevel.CITY);
		addEEnumLiteral(instructorLevelEEnum, InstructorLevel.PROVINCE);

		initEEnum(competitionLevelEEnum, CompetitionLevel.class, "CompetitionLevel");
		addEEnumLiteral(competitionLevelEEnum, CompetitionLevel.DISTRICT);
		addEEnumLiteral(competitionLevelEEnum, CompetitionLevel.CITY);
		addEEnumLiteral(competitionLevelEEnum, CompetitionLevel.PROVINCIAL_COMMAND);

		initEEnum(emergencyTaskKindEEnum, EmergencyTaskKind.class, "EmergencyTaskKind");
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.DISASTER_RELIEF);
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.FLOOD_PATROL);
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.EPIDEMIC_CONTROL);
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.CIVIC_CAMPAIGN);
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.EVENT_SECURITY);
		addEEnumLiteral(emergencyTaskKindEEnum, EmergencyTaskKind.OTHER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "Military training (\u519b\u4e8b\u8bad\u7ec3): plans, batches, assessments, instructors, competitions, emergency tasks."
		   });
		addAnnotation
		  (getTrainingPlan_TotalHours(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.TrainingDerived.totalHours(this);"
		   });
		addAnnotation
		  (getPlanSubject__HoursNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.hoursNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getTrainingBatch__DatesInOrder__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);"
		   });
		addAnnotation
		  (getTrainingBatch__AssessedAreTrainees__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.assessedAreTrainees(this, diagnostics, context);"
		   });
		addAnnotation
		  (getTrainingBatch__TraineesEligible__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.traineesEligible(this, diagnostics, context);"
		   });
		addAnnotation
		  (getTrainingBatch_TraineeCount(),
		   source,
		   new String[]
		   {
			   "get", "return getTrainees().size();"
		   });
		addAnnotation
		  (getTrainingBatch_PassCount(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.TrainingDerived.passCount(this);"
		   });
		addAnnotation
		  (getAssessment__ScoreInRange__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.scoreInRange(this, diagnostics, context);"
		   });
		addAnnotation
		  (getInstructor_FourAbilities(),
		   source,
		   new String[]
		   {
			   "get", "return isCanExplain() && isCanDemonstrate() && isCanTeach() && isCanDoPoliticalWork();"
		   });
		addAnnotation
		  (getInstructorSelection__SelectedQualified__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.selectedQualified(this, diagnostics, context);"
		   });
		addAnnotation
		  (getCompetition__EntrantsEligible__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.entrantsEligible(this, diagnostics, context);"
		   });
		addAnnotation
		  (getCompetitionEntry__PlacingNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.placingNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getEmergencyTask__DatesInOrder__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);"
		   });
		addAnnotation
		  (getEmergencyTask__DispatchedNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.dispatchedNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getEmergencyTask__ParticipantsEligible__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.participantsEligible(this, diagnostics, context);"
		   });
		addAnnotation
		  (getEmergencyTask__DispatchedMatchesParticipants__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.TrainingConstraints.dispatchedMatchesParticipants(this, diagnostics, context);"
		   });
	}

} //TrainingPackageImpl
