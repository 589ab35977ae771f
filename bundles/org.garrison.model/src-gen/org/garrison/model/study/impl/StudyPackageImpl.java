/**
 */
package org.garrison.model.study.impl;

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

import org.garrison.model.study.Absence;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

import org.garrison.model.study.util.StudyValidator;

import org.garrison.model.training.TrainingPackage;

import org.garrison.model.training.impl.TrainingPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyPackageImpl extends EPackageImpl implements StudyPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyLedgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studySessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass absenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass excusedOccurrenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyRegimeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readingItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readingProgressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reflectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass makeUpStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recurrenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum readingModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum absenceReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum makeUpMethodEEnum = null;

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
	 * @see org.garrison.model.study.StudyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StudyPackageImpl()
	{
		super(eNS_URI, StudyFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link StudyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StudyPackage init()
	{
		if (isInited) return (StudyPackage)EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStudyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StudyPackageImpl theStudyPackage = registeredStudyPackage instanceof StudyPackageImpl ? (StudyPackageImpl)registeredStudyPackage : new StudyPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);
		TrainingPackageImpl theTrainingPackage = (TrainingPackageImpl)(registeredPackage instanceof TrainingPackageImpl ? registeredPackage : TrainingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MobilizationPackage.eNS_URI);
		MobilizationPackageImpl theMobilizationPackage = (MobilizationPackageImpl)(registeredPackage instanceof MobilizationPackageImpl ? registeredPackage : MobilizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SecurityPackage.eNS_URI);
		SecurityPackageImpl theSecurityPackage = (SecurityPackageImpl)(registeredPackage instanceof SecurityPackageImpl ? registeredPackage : SecurityPackage.eINSTANCE);

		// Create package meta-data objects
		theStudyPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theTrainingPackage.createPackageContents();
		theMobilizationPackage.createPackageContents();
		theSecurityPackage.createPackageContents();

		// Initialize created meta-data
		theStudyPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theTrainingPackage.initializePackageContents();
		theMobilizationPackage.initializePackageContents();
		theSecurityPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theStudyPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return StudyValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theStudyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StudyPackage.eNS_URI, theStudyPackage);
		return theStudyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudyLedger()
	{
		return studyLedgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_District()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_Sessions()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_Regimes()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_ReadingItems()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_Progress()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_Reflections()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_MakeUps()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyLedger_Groups()
	{
		return (EReference)studyLedgerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudyGroup()
	{
		return studyGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyGroup_Name()
	{
		return (EAttribute)studyGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyGroup_Kinds()
	{
		return (EAttribute)studyGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyGroup_Members()
	{
		return (EReference)studyGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyGroup_BooksPerYear()
	{
		return (EAttribute)studyGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudyGroup__BooksNotNegative__DiagnosticChain_Map()
	{
		return studyGroupEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudySession()
	{
		return studySessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Date()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Kind()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Topic()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Presenter()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Attendees()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Absentees()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Hours()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Place()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_Notes()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Regime()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_ReadingItem()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Chapters()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Group()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudySession_Absences()
	{
		return (EReference)studySessionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudySession_AttendanceCount()
	{
		return (EAttribute)studySessionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudySession__HoursNotNegative__DiagnosticChain_Map()
	{
		return studySessionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudySession__AttendeesNotAbsent__DiagnosticChain_Map()
	{
		return studySessionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudySession__AbsencesOfAbsentees__DiagnosticChain_Map()
	{
		return studySessionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbsence()
	{
		return absenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbsence_Person()
	{
		return (EReference)absenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbsence_Reason()
	{
		return (EAttribute)absenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbsence_Remark()
	{
		return (EAttribute)absenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExcusedOccurrence()
	{
		return excusedOccurrenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExcusedOccurrence_Date()
	{
		return (EAttribute)excusedOccurrenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExcusedOccurrence_Reason()
	{
		return (EAttribute)excusedOccurrenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudyRegime()
	{
		return studyRegimeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRegime_Name()
	{
		return (EAttribute)studyRegimeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRegime_Kind()
	{
		return (EAttribute)studyRegimeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRegime_Recurrence()
	{
		return (EAttribute)studyRegimeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRegime_StartDate()
	{
		return (EAttribute)studyRegimeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRegime_EndDate()
	{
		return (EAttribute)studyRegimeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyRegime_Group()
	{
		return (EReference)studyRegimeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudyRegime_Excused()
	{
		return (EReference)studyRegimeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudyRegime__DatesInOrder__DiagnosticChain_Map()
	{
		return studyRegimeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadingItem()
	{
		return readingItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadingItem_Title()
	{
		return (EAttribute)readingItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadingItem_Author()
	{
		return (EAttribute)readingItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadingItem_Mode()
	{
		return (EAttribute)readingItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadingItem_Year()
	{
		return (EAttribute)readingItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadingItem_Chapters()
	{
		return (EReference)readingItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChapter()
	{
		return chapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Number()
	{
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Title()
	{
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadingProgress()
	{
		return readingProgressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadingProgress_Reader()
	{
		return (EReference)readingProgressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadingProgress_Item()
	{
		return (EReference)readingProgressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadingProgress_ChaptersDone()
	{
		return (EReference)readingProgressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadingProgress_Complete()
	{
		return (EAttribute)readingProgressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReflection()
	{
		return reflectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflection_Author()
	{
		return (EReference)reflectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflection_Date()
	{
		return (EAttribute)reflectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflection_Title()
	{
		return (EAttribute)reflectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflection_Text()
	{
		return (EAttribute)reflectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflection_Session()
	{
		return (EReference)reflectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflection_Item()
	{
		return (EReference)reflectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMakeUpStudy()
	{
		return makeUpStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMakeUpStudy_Person()
	{
		return (EReference)makeUpStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMakeUpStudy_Session()
	{
		return (EReference)makeUpStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMakeUpStudy_Date()
	{
		return (EAttribute)makeUpStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMakeUpStudy_Method()
	{
		return (EAttribute)makeUpStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMakeUpStudy_Notes()
	{
		return (EAttribute)makeUpStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMakeUpStudy__OnlyForAbsentees__DiagnosticChain_Map()
	{
		return makeUpStudyEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMakeUpStudy__NotBeforeSession__DiagnosticChain_Map()
	{
		return makeUpStudyEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyKind()
	{
		return studyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecurrence()
	{
		return recurrenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReadingMode()
	{
		return readingModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAbsenceReason()
	{
		return absenceReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMakeUpMethod()
	{
		return makeUpMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyFactory getStudyFactory()
	{
		return (StudyFactory)getEFactoryInstance();
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
		studyLedgerEClass = createEClass(STUDY_LEDGER);
		createEReference(studyLedgerEClass, STUDY_LEDGER__DISTRICT);
		createEReference(studyLedgerEClass, STUDY_LEDGER__SESSIONS);
		createEReference(studyLedgerEClass, STUDY_LEDGER__REGIMES);
		createEReference(studyLedgerEClass, STUDY_LEDGER__READING_ITEMS);
		createEReference(studyLedgerEClass, STUDY_LEDGER__PROGRESS);
		createEReference(studyLedgerEClass, STUDY_LEDGER__REFLECTIONS);
		createEReference(studyLedgerEClass, STUDY_LEDGER__MAKE_UPS);
		createEReference(studyLedgerEClass, STUDY_LEDGER__GROUPS);

		studyGroupEClass = createEClass(STUDY_GROUP);
		createEAttribute(studyGroupEClass, STUDY_GROUP__NAME);
		createEAttribute(studyGroupEClass, STUDY_GROUP__KINDS);
		createEReference(studyGroupEClass, STUDY_GROUP__MEMBERS);
		createEAttribute(studyGroupEClass, STUDY_GROUP__BOOKS_PER_YEAR);
		createEOperation(studyGroupEClass, STUDY_GROUP___BOOKS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		studySessionEClass = createEClass(STUDY_SESSION);
		createEAttribute(studySessionEClass, STUDY_SESSION__DATE);
		createEAttribute(studySessionEClass, STUDY_SESSION__KIND);
		createEAttribute(studySessionEClass, STUDY_SESSION__TOPIC);
		createEReference(studySessionEClass, STUDY_SESSION__PRESENTER);
		createEReference(studySessionEClass, STUDY_SESSION__ATTENDEES);
		createEReference(studySessionEClass, STUDY_SESSION__ABSENTEES);
		createEAttribute(studySessionEClass, STUDY_SESSION__HOURS);
		createEAttribute(studySessionEClass, STUDY_SESSION__PLACE);
		createEAttribute(studySessionEClass, STUDY_SESSION__NOTES);
		createEReference(studySessionEClass, STUDY_SESSION__REGIME);
		createEReference(studySessionEClass, STUDY_SESSION__READING_ITEM);
		createEReference(studySessionEClass, STUDY_SESSION__CHAPTERS);
		createEReference(studySessionEClass, STUDY_SESSION__GROUP);
		createEReference(studySessionEClass, STUDY_SESSION__ABSENCES);
		createEAttribute(studySessionEClass, STUDY_SESSION__ATTENDANCE_COUNT);
		createEOperation(studySessionEClass, STUDY_SESSION___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(studySessionEClass, STUDY_SESSION___ATTENDEES_NOT_ABSENT__DIAGNOSTICCHAIN_MAP);
		createEOperation(studySessionEClass, STUDY_SESSION___ABSENCES_OF_ABSENTEES__DIAGNOSTICCHAIN_MAP);

		absenceEClass = createEClass(ABSENCE);
		createEReference(absenceEClass, ABSENCE__PERSON);
		createEAttribute(absenceEClass, ABSENCE__REASON);
		createEAttribute(absenceEClass, ABSENCE__REMARK);

		excusedOccurrenceEClass = createEClass(EXCUSED_OCCURRENCE);
		createEAttribute(excusedOccurrenceEClass, EXCUSED_OCCURRENCE__DATE);
		createEAttribute(excusedOccurrenceEClass, EXCUSED_OCCURRENCE__REASON);

		studyRegimeEClass = createEClass(STUDY_REGIME);
		createEAttribute(studyRegimeEClass, STUDY_REGIME__NAME);
		createEAttribute(studyRegimeEClass, STUDY_REGIME__KIND);
		createEAttribute(studyRegimeEClass, STUDY_REGIME__RECURRENCE);
		createEAttribute(studyRegimeEClass, STUDY_REGIME__START_DATE);
		createEAttribute(studyRegimeEClass, STUDY_REGIME__END_DATE);
		createEReference(studyRegimeEClass, STUDY_REGIME__GROUP);
		createEReference(studyRegimeEClass, STUDY_REGIME__EXCUSED);
		createEOperation(studyRegimeEClass, STUDY_REGIME___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP);

		readingItemEClass = createEClass(READING_ITEM);
		createEAttribute(readingItemEClass, READING_ITEM__TITLE);
		createEAttribute(readingItemEClass, READING_ITEM__AUTHOR);
		createEAttribute(readingItemEClass, READING_ITEM__MODE);
		createEAttribute(readingItemEClass, READING_ITEM__YEAR);
		createEReference(readingItemEClass, READING_ITEM__CHAPTERS);

		chapterEClass = createEClass(CHAPTER);
		createEAttribute(chapterEClass, CHAPTER__NUMBER);
		createEAttribute(chapterEClass, CHAPTER__TITLE);

		readingProgressEClass = createEClass(READING_PROGRESS);
		createEReference(readingProgressEClass, READING_PROGRESS__READER);
		createEReference(readingProgressEClass, READING_PROGRESS__ITEM);
		createEReference(readingProgressEClass, READING_PROGRESS__CHAPTERS_DONE);
		createEAttribute(readingProgressEClass, READING_PROGRESS__COMPLETE);

		reflectionEClass = createEClass(REFLECTION);
		createEReference(reflectionEClass, REFLECTION__AUTHOR);
		createEAttribute(reflectionEClass, REFLECTION__DATE);
		createEAttribute(reflectionEClass, REFLECTION__TITLE);
		createEAttribute(reflectionEClass, REFLECTION__TEXT);
		createEReference(reflectionEClass, REFLECTION__SESSION);
		createEReference(reflectionEClass, REFLECTION__ITEM);

		makeUpStudyEClass = createEClass(MAKE_UP_STUDY);
		createEReference(makeUpStudyEClass, MAKE_UP_STUDY__PERSON);
		createEReference(makeUpStudyEClass, MAKE_UP_STUDY__SESSION);
		createEAttribute(makeUpStudyEClass, MAKE_UP_STUDY__DATE);
		createEAttribute(makeUpStudyEClass, MAKE_UP_STUDY__METHOD);
		createEAttribute(makeUpStudyEClass, MAKE_UP_STUDY__NOTES);
		createEOperation(makeUpStudyEClass, MAKE_UP_STUDY___ONLY_FOR_ABSENTEES__DIAGNOSTICCHAIN_MAP);
		createEOperation(makeUpStudyEClass, MAKE_UP_STUDY___NOT_BEFORE_SESSION__DIAGNOSTICCHAIN_MAP);

		// Create enums
		studyKindEEnum = createEEnum(STUDY_KIND);
		recurrenceEEnum = createEEnum(RECURRENCE);
		readingModeEEnum = createEEnum(READING_MODE);
		absenceReasonEEnum = createEEnum(ABSENCE_REASON);
		makeUpMethodEEnum = createEEnum(MAKE_UP_METHOD);
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
		studyGroupEClass.getESuperTypes().add(theCorePackage.getRecord());
		studySessionEClass.getESuperTypes().add(theCorePackage.getRecord());
		studyRegimeEClass.getESuperTypes().add(theCorePackage.getRecord());
		readingItemEClass.getESuperTypes().add(theCorePackage.getRecord());
		readingProgressEClass.getESuperTypes().add(theCorePackage.getRecord());
		reflectionEClass.getESuperTypes().add(theCorePackage.getRecord());
		makeUpStudyEClass.getESuperTypes().add(theCorePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(studyLedgerEClass, StudyLedger.class, "StudyLedger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStudyLedger_District(), theCorePackage.getDistrict(), null, "district", null, 1, 1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_Sessions(), this.getStudySession(), null, "sessions", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_Regimes(), this.getStudyRegime(), null, "regimes", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_ReadingItems(), this.getReadingItem(), null, "readingItems", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_Progress(), this.getReadingProgress(), null, "progress", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_Reflections(), this.getReflection(), null, "reflections", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_MakeUps(), this.getMakeUpStudy(), null, "makeUps", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyLedger_Groups(), this.getStudyGroup(), null, "groups", null, 0, -1, StudyLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyGroupEClass, StudyGroup.class, "StudyGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudyGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, StudyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyGroup_Kinds(), this.getStudyKind(), "kinds", null, 0, -1, StudyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyGroup_Members(), theCorePackage.getPerson(), null, "members", null, 0, -1, StudyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyGroup_BooksPerYear(), ecorePackage.getEInt(), "booksPerYear", null, 0, 1, StudyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getStudyGroup__BooksNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "booksNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(studySessionEClass, StudySession.class, "StudySession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudySession_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_Kind(), this.getStudyKind(), "kind", null, 1, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_Topic(), ecorePackage.getEString(), "topic", null, 1, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Presenter(), theCorePackage.getPerson(), null, "presenter", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Attendees(), theCorePackage.getPerson(), null, "attendees", null, 0, -1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Absentees(), theCorePackage.getPerson(), null, "absentees", null, 0, -1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_Place(), ecorePackage.getEString(), "place", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Regime(), this.getStudyRegime(), null, "regime", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_ReadingItem(), this.getReadingItem(), null, "readingItem", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Chapters(), this.getChapter(), null, "chapters", null, 0, -1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Group(), this.getStudyGroup(), null, "group", null, 0, 1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudySession_Absences(), this.getAbsence(), null, "absences", null, 0, -1, StudySession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudySession_AttendanceCount(), ecorePackage.getEInt(), "attendanceCount", null, 0, 1, StudySession.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getStudySession__HoursNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hoursNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudySession__AttendeesNotAbsent__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "attendeesNotAbsent", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudySession__AbsencesOfAbsentees__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "absencesOfAbsentees", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(absenceEClass, Absence.class, "Absence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAbsence_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, Absence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbsence_Reason(), this.getAbsenceReason(), "reason", null, 1, 1, Absence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbsence_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, Absence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(excusedOccurrenceEClass, ExcusedOccurrence.class, "ExcusedOccurrence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExcusedOccurrence_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, ExcusedOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExcusedOccurrence_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, ExcusedOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyRegimeEClass, StudyRegime.class, "StudyRegime", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudyRegime_Name(), ecorePackage.getEString(), "name", null, 1, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRegime_Kind(), this.getStudyKind(), "kind", null, 1, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRegime_Recurrence(), this.getRecurrence(), "recurrence", null, 1, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRegime_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 1, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRegime_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyRegime_Group(), this.getStudyGroup(), null, "group", null, 0, 1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudyRegime_Excused(), this.getExcusedOccurrence(), null, "excused", null, 0, -1, StudyRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getStudyRegime__DatesInOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "datesInOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(readingItemEClass, ReadingItem.class, "ReadingItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReadingItem_Title(), ecorePackage.getEString(), "title", null, 1, 1, ReadingItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadingItem_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReadingItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadingItem_Mode(), this.getReadingMode(), "mode", null, 1, 1, ReadingItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadingItem_Year(), ecorePackage.getEInt(), "year", null, 0, 1, ReadingItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadingItem_Chapters(), this.getChapter(), null, "chapters", null, 0, -1, ReadingItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chapterEClass, Chapter.class, "Chapter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChapter_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChapter_Title(), ecorePackage.getEString(), "title", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(readingProgressEClass, ReadingProgress.class, "ReadingProgress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReadingProgress_Reader(), theCorePackage.getPerson(), null, "reader", null, 1, 1, ReadingProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadingProgress_Item(), this.getReadingItem(), null, "item", null, 1, 1, ReadingProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadingProgress_ChaptersDone(), this.getChapter(), null, "chaptersDone", null, 0, -1, ReadingProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadingProgress_Complete(), ecorePackage.getEBoolean(), "complete", null, 0, 1, ReadingProgress.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(reflectionEClass, Reflection.class, "Reflection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReflection_Author(), theCorePackage.getPerson(), null, "author", null, 1, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflection_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflection_Title(), ecorePackage.getEString(), "title", null, 1, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflection_Text(), ecorePackage.getEString(), "text", null, 0, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflection_Session(), this.getStudySession(), null, "session", null, 0, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflection_Item(), this.getReadingItem(), null, "item", null, 0, 1, Reflection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(makeUpStudyEClass, MakeUpStudy.class, "MakeUpStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMakeUpStudy_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, MakeUpStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMakeUpStudy_Session(), this.getStudySession(), null, "session", null, 1, 1, MakeUpStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMakeUpStudy_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, MakeUpStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMakeUpStudy_Method(), this.getMakeUpMethod(), "method", null, 1, 1, MakeUpStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMakeUpStudy_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, MakeUpStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMakeUpStudy__OnlyForAbsentees__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "onlyForAbsentees", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMakeUpStudy__NotBeforeSession__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "notBeforeSession", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(studyKindEEnum, StudyKind.class, "StudyKind");
		addEEnumLiteral(studyKindEEnum, StudyKind.GROUP_STUDY);
		addEEnumLiteral(studyKindEEnum, StudyKind.PARTY_LECTURE);
		addEEnumLiteral(studyKindEEnum, StudyKind.ON_SITE_TEACHING);
		addEEnumLiteral(studyKindEEnum, StudyKind.COMMITTEE_STUDY);
		addEEnumLiteral(studyKindEEnum, StudyKind.WEEKLY_STUDY);
		addEEnumLiteral(studyKindEEnum, StudyKind.MORNING_BRIEFING);
		addEEnumLiteral(studyKindEEnum, StudyKind.FRIDAY_PARTY_DAY);

		initEEnum(recurrenceEEnum, Recurrence.class, "Recurrence");
		addEEnumLiteral(recurrenceEEnum, Recurrence.DAILY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.WORKDAYS);
		addEEnumLiteral(recurrenceEEnum, Recurrence.WEEKLY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.FRIDAYS);
		addEEnumLiteral(recurrenceEEnum, Recurrence.MONTHLY);

		initEEnum(readingModeEEnum, ReadingMode.class, "ReadingMode");
		addEEnumLiteral(readingModeEEnum, ReadingMode.FULL);
		addEEnumLiteral(readingModeEEnum, ReadingMode.SELECTED);

		initEEnum(absenceReasonEEnum, AbsenceReason.class, "AbsenceReason");
		addEEnumLiteral(absenceReasonEEnum, AbsenceReason.OFFICIAL_DUTY);
		addEEnumLiteral(absenceReasonEEnum, AbsenceReason.SICK_LEAVE);
		addEEnumLiteral(absenceReasonEEnum, AbsenceReason.PERSONAL_LEAVE);
		addEEnumLiteral(absenceReasonEEnum, AbsenceReason.OTHER);

		initEEnum(makeUpMethodEEnum, MakeUpMethod.class, "MakeUpMethod");
		addEEnumLiteral(makeUpMethodEEnum, MakeUpMethod.SELF_STUDY);
		addEEnumLiteral(makeUpMethodEEnum, MakeUpMethod.MAKE_UP_CLASS);

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
			   "documentation", "Political study (\u653f\u6cbb\u7406\u8bba\u5b66\u4e60): sessions, study regimes, the reading list and who read what."
		   });
		addAnnotation
		  (studyGroupEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Who is expected at which kinds of study (\u5b66\u4e60\u5bf9\u8c61): the committee, the department\'s staff, the town cadres."
		   });
		addAnnotation
		  (getStudyGroup__BooksNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.booksNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getStudySession__HoursNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.hoursNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getStudySession__AttendeesNotAbsent__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.attendeesNotAbsent(this, diagnostics, context);"
		   });
		addAnnotation
		  (getStudySession__AbsencesOfAbsentees__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.absencesOfAbsentees(this, diagnostics, context);"
		   });
		addAnnotation
		  (getStudySession_AttendanceCount(),
		   source,
		   new String[]
		   {
			   "get", "return getAttendees().size();"
		   });
		addAnnotation
		  (absenceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Why an absentee of a session was away (\u516c\u5dee, \u75c5\u5047, \u4e8b\u5047, \u5176\u4ed6)."
		   });
		addAnnotation
		  (excusedOccurrenceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An occurrence of a regime that was not held for a reason the department accepts (a holiday, an emergency task)."
		   });
		addAnnotation
		  (getStudyRegime__DatesInOrder__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.datesInOrder(this, diagnostics, context);"
		   });
		addAnnotation
		  (getReadingProgress_Complete(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.StudyDerived.complete(this);"
		   });
		addAnnotation
		  (getMakeUpStudy__OnlyForAbsentees__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.onlyForAbsentees(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMakeUpStudy__NotBeforeSession__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.StudyConstraints.notBeforeSession(this, diagnostics, context);"
		   });
	}

} //StudyPackageImpl
