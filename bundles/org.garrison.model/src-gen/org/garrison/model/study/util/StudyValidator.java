/**
 */
package org.garrison.model.study.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.garrison.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage
 * @generated
 */
public class StudyValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final StudyValidator INSTANCE = new StudyValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.garrison.model.study";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Books Not Negative' of 'Group'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY_GROUP__BOOKS_NOT_NEGATIVE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Hours Not Negative' of 'Session'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY_SESSION__HOURS_NOT_NEGATIVE = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Attendees Not Absent' of 'Session'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY_SESSION__ATTENDEES_NOT_ABSENT = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Absences Of Absentees' of 'Session'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY_SESSION__ABSENCES_OF_ABSENTEES = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dates In Order' of 'Regime'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY_REGIME__DATES_IN_ORDER = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Only For Absentees' of 'Make Up Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAKE_UP_STUDY__ONLY_FOR_ABSENTEES = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Not Before Session' of 'Make Up Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAKE_UP_STUDY__NOT_BEFORE_SESSION = 7;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 7;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyValidator()
	{
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage()
	{
	  return StudyPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		switch (classifierID)
		{
			case StudyPackage.STUDY_LEDGER:
				return validateStudyLedger((StudyLedger)value, diagnostics, context);
			case StudyPackage.STUDY_GROUP:
				return validateStudyGroup((StudyGroup)value, diagnostics, context);
			case StudyPackage.STUDY_SESSION:
				return validateStudySession((StudySession)value, diagnostics, context);
			case StudyPackage.ABSENCE:
				return validateAbsence((Absence)value, diagnostics, context);
			case StudyPackage.EXCUSED_OCCURRENCE:
				return validateExcusedOccurrence((ExcusedOccurrence)value, diagnostics, context);
			case StudyPackage.STUDY_REGIME:
				return validateStudyRegime((StudyRegime)value, diagnostics, context);
			case StudyPackage.READING_ITEM:
				return validateReadingItem((ReadingItem)value, diagnostics, context);
			case StudyPackage.CHAPTER:
				return validateChapter((Chapter)value, diagnostics, context);
			case StudyPackage.READING_PROGRESS:
				return validateReadingProgress((ReadingProgress)value, diagnostics, context);
			case StudyPackage.REFLECTION:
				return validateReflection((Reflection)value, diagnostics, context);
			case StudyPackage.MAKE_UP_STUDY:
				return validateMakeUpStudy((MakeUpStudy)value, diagnostics, context);
			case StudyPackage.STUDY_KIND:
				return validateStudyKind((StudyKind)value, diagnostics, context);
			case StudyPackage.RECURRENCE:
				return validateRecurrence((Recurrence)value, diagnostics, context);
			case StudyPackage.READING_MODE:
				return validateReadingMode((ReadingMode)value, diagnostics, context);
			case StudyPackage.ABSENCE_REASON:
				return validateAbsenceReason((AbsenceReason)value, diagnostics, context);
			case StudyPackage.MAKE_UP_METHOD:
				return validateMakeUpMethod((MakeUpMethod)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyLedger(StudyLedger studyLedger, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(studyLedger, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyGroup(StudyGroup studyGroup, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(studyGroup, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(studyGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudyGroup_booksNotNegative(studyGroup, diagnostics, context);
		return result;
	}

	/**
	 * Validates the booksNotNegative constraint of '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyGroup_booksNotNegative(StudyGroup studyGroup, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return studyGroup.booksNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudySession(StudySession studySession, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(studySession, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudySession_hoursNotNegative(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudySession_attendeesNotAbsent(studySession, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudySession_absencesOfAbsentees(studySession, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hoursNotNegative constraint of '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudySession_hoursNotNegative(StudySession studySession, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return studySession.hoursNotNegative(diagnostics, context);
	}

	/**
	 * Validates the attendeesNotAbsent constraint of '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudySession_attendeesNotAbsent(StudySession studySession, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return studySession.attendeesNotAbsent(diagnostics, context);
	}

	/**
	 * Validates the absencesOfAbsentees constraint of '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudySession_absencesOfAbsentees(StudySession studySession, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return studySession.absencesOfAbsentees(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAbsence(Absence absence, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(absence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExcusedOccurrence(ExcusedOccurrence excusedOccurrence, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(excusedOccurrence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyRegime(StudyRegime studyRegime, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(studyRegime, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(studyRegime, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudyRegime_datesInOrder(studyRegime, diagnostics, context);
		return result;
	}

	/**
	 * Validates the datesInOrder constraint of '<em>Regime</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyRegime_datesInOrder(StudyRegime studyRegime, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return studyRegime.datesInOrder(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReadingItem(ReadingItem readingItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(readingItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChapter(Chapter chapter, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(chapter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReadingProgress(ReadingProgress readingProgress, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(readingProgress, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReflection(Reflection reflection, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(reflection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMakeUpStudy(MakeUpStudy makeUpStudy, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(makeUpStudy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validateMakeUpStudy_onlyForAbsentees(makeUpStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validateMakeUpStudy_notBeforeSession(makeUpStudy, diagnostics, context);
		return result;
	}

	/**
	 * Validates the onlyForAbsentees constraint of '<em>Make Up Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMakeUpStudy_onlyForAbsentees(MakeUpStudy makeUpStudy, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return makeUpStudy.onlyForAbsentees(diagnostics, context);
	}

	/**
	 * Validates the notBeforeSession constraint of '<em>Make Up Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMakeUpStudy_notBeforeSession(MakeUpStudy makeUpStudy, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return makeUpStudy.notBeforeSession(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyKind(StudyKind studyKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecurrence(Recurrence recurrence, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReadingMode(ReadingMode readingMode, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAbsenceReason(AbsenceReason absenceReason, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMakeUpMethod(MakeUpMethod makeUpMethod, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //StudyValidator
