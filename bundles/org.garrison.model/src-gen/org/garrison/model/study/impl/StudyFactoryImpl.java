/**
 */
package org.garrison.model.study.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.garrison.model.study.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyFactoryImpl extends EFactoryImpl implements StudyFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StudyFactory init()
	{
		try
		{
			StudyFactory theStudyFactory = (StudyFactory)EPackage.Registry.INSTANCE.getEFactory(StudyPackage.eNS_URI);
			if (theStudyFactory != null)
			{
				return theStudyFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StudyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case StudyPackage.STUDY_LEDGER: return createStudyLedger();
			case StudyPackage.STUDY_GROUP: return createStudyGroup();
			case StudyPackage.STUDY_SESSION: return createStudySession();
			case StudyPackage.ABSENCE: return createAbsence();
			case StudyPackage.EXCUSED_OCCURRENCE: return createExcusedOccurrence();
			case StudyPackage.STUDY_REGIME: return createStudyRegime();
			case StudyPackage.READING_ITEM: return createReadingItem();
			case StudyPackage.CHAPTER: return createChapter();
			case StudyPackage.READING_PROGRESS: return createReadingProgress();
			case StudyPackage.REFLECTION: return createReflection();
			case StudyPackage.MAKE_UP_STUDY: return createMakeUpStudy();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case StudyPackage.STUDY_KIND:
				return createStudyKindFromString(eDataType, initialValue);
			case StudyPackage.RECURRENCE:
				return createRecurrenceFromString(eDataType, initialValue);
			case StudyPackage.READING_MODE:
				return createReadingModeFromString(eDataType, initialValue);
			case StudyPackage.ABSENCE_REASON:
				return createAbsenceReasonFromString(eDataType, initialValue);
			case StudyPackage.MAKE_UP_METHOD:
				return createMakeUpMethodFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case StudyPackage.STUDY_KIND:
				return convertStudyKindToString(eDataType, instanceValue);
			case StudyPackage.RECURRENCE:
				return convertRecurrenceToString(eDataType, instanceValue);
			case StudyPackage.READING_MODE:
				return convertReadingModeToString(eDataType, instanceValue);
			case StudyPackage.ABSENCE_REASON:
				return convertAbsenceReasonToString(eDataType, instanceValue);
			case StudyPackage.MAKE_UP_METHOD:
				return convertMakeUpMethodToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyLedger createStudyLedger()
	{
		StudyLedgerImpl studyLedger = new StudyLedgerImpl();
		return studyLedger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyGroup createStudyGroup()
	{
		StudyGroupImpl studyGroup = new StudyGroupImpl();
		return studyGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudySession createStudySession()
	{
		StudySessionImpl studySession = new StudySessionImpl();
		return studySession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Absence createAbsence()
	{
		AbsenceImpl absence = new AbsenceImpl();
		return absence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExcusedOccurrence createExcusedOccurrence()
	{
		ExcusedOccurrenceImpl excusedOccurrence = new ExcusedOccurrenceImpl();
		return excusedOccurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyRegime createStudyRegime()
	{
		StudyRegimeImpl studyRegime = new StudyRegimeImpl();
		return studyRegime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadingItem createReadingItem()
	{
		ReadingItemImpl readingItem = new ReadingItemImpl();
		return readingItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chapter createChapter()
	{
		ChapterImpl chapter = new ChapterImpl();
		return chapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadingProgress createReadingProgress()
	{
		ReadingProgressImpl readingProgress = new ReadingProgressImpl();
		return readingProgress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reflection createReflection()
	{
		ReflectionImpl reflection = new ReflectionImpl();
		return reflection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MakeUpStudy createMakeUpStudy()
	{
		MakeUpStudyImpl makeUpStudy = new MakeUpStudyImpl();
		return makeUpStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyKind createStudyKindFromString(EDataType eDataType, String initialValue)
	{
		StudyKind result = StudyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Recurrence createRecurrenceFromString(EDataType eDataType, String initialValue)
	{
		Recurrence result = Recurrence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecurrenceToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadingMode createReadingModeFromString(EDataType eDataType, String initialValue)
	{
		ReadingMode result = ReadingMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReadingModeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AbsenceReason createAbsenceReasonFromString(EDataType eDataType, String initialValue)
	{
		AbsenceReason result = AbsenceReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAbsenceReasonToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MakeUpMethod createMakeUpMethodFromString(EDataType eDataType, String initialValue)
	{
		MakeUpMethod result = MakeUpMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMakeUpMethodToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyPackage getStudyPackage()
	{
		return (StudyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StudyPackage getPackage()
	{
		return StudyPackage.eINSTANCE;
	}

} //StudyFactoryImpl
