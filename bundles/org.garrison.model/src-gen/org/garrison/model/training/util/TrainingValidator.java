/**
 */
package org.garrison.model.training.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.garrison.model.training.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.training.TrainingPackage
 * @generated
 */
public class TrainingValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TrainingValidator INSTANCE = new TrainingValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.garrison.model.training";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Hours Not Negative' of 'Plan Subject'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SUBJECT__HOURS_NOT_NEGATIVE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dates In Order' of 'Batch'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRAINING_BATCH__DATES_IN_ORDER = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Assessed Are Trainees' of 'Batch'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRAINING_BATCH__ASSESSED_ARE_TRAINEES = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Trainees Eligible' of 'Batch'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRAINING_BATCH__TRAINEES_ELIGIBLE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Score In Range' of 'Assessment'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ASSESSMENT__SCORE_IN_RANGE = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Selected Qualified' of 'Instructor Selection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int INSTRUCTOR_SELECTION__SELECTED_QUALIFIED = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Entrants Eligible' of 'Competition'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION__ENTRANTS_ELIGIBLE = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Placing Not Negative' of 'Competition Entry'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_ENTRY__PLACING_NOT_NEGATIVE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dates In Order' of 'Emergency Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EMERGENCY_TASK__DATES_IN_ORDER = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dispatched Not Negative' of 'Emergency Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EMERGENCY_TASK__DISPATCHED_NOT_NEGATIVE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Participants Eligible' of 'Emergency Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EMERGENCY_TASK__PARTICIPANTS_ELIGIBLE = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dispatched Matches Participants' of 'Emergency Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EMERGENCY_TASK__DISPATCHED_MATCHES_PARTICIPANTS = 12;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 12;

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
	public TrainingValidator()
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
	  return TrainingPackage.eINSTANCE;
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
			case TrainingPackage.TRAINING_LEDGER:
				return validateTrainingLedger((TrainingLedger)value, diagnostics, context);
			case TrainingPackage.TRAINING_PLAN:
				return validateTrainingPlan((TrainingPlan)value, diagnostics, context);
			case TrainingPackage.PLAN_SUBJECT:
				return validatePlanSubject((PlanSubject)value, diagnostics, context);
			case TrainingPackage.TRAINING_BATCH:
				return validateTrainingBatch((TrainingBatch)value, diagnostics, context);
			case TrainingPackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case TrainingPackage.INSTRUCTOR:
				return validateInstructor((Instructor)value, diagnostics, context);
			case TrainingPackage.INSTRUCTOR_SELECTION:
				return validateInstructorSelection((InstructorSelection)value, diagnostics, context);
			case TrainingPackage.COMPETITION:
				return validateCompetition((Competition)value, diagnostics, context);
			case TrainingPackage.COMPETITION_ENTRY:
				return validateCompetitionEntry((CompetitionEntry)value, diagnostics, context);
			case TrainingPackage.EMERGENCY_TASK:
				return validateEmergencyTask((EmergencyTask)value, diagnostics, context);
			case TrainingPackage.TRAINING_KIND:
				return validateTrainingKind((TrainingKind)value, diagnostics, context);
			case TrainingPackage.INSTRUCTOR_LEVEL:
				return validateInstructorLevel((InstructorLevel)value, diagnostics, context);
			case TrainingPackage.COMPETITION_LEVEL:
				return validateCompetitionLevel((CompetitionLevel)value, diagnostics, context);
			case TrainingPackage.EMERGENCY_TASK_KIND:
				return validateEmergencyTaskKind((EmergencyTaskKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingLedger(TrainingLedger trainingLedger, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(trainingLedger, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingPlan(TrainingPlan trainingPlan, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(trainingPlan, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSubject(PlanSubject planSubject, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(planSubject, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(planSubject, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSubject_hoursNotNegative(planSubject, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hoursNotNegative constraint of '<em>Plan Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSubject_hoursNotNegative(PlanSubject planSubject, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return planSubject.hoursNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingBatch(TrainingBatch trainingBatch, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(trainingBatch, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingBatch_datesInOrder(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingBatch_assessedAreTrainees(trainingBatch, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingBatch_traineesEligible(trainingBatch, diagnostics, context);
		return result;
	}

	/**
	 * Validates the datesInOrder constraint of '<em>Batch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingBatch_datesInOrder(TrainingBatch trainingBatch, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return trainingBatch.datesInOrder(diagnostics, context);
	}

	/**
	 * Validates the assessedAreTrainees constraint of '<em>Batch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingBatch_assessedAreTrainees(TrainingBatch trainingBatch, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return trainingBatch.assessedAreTrainees(diagnostics, context);
	}

	/**
	 * Validates the traineesEligible constraint of '<em>Batch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingBatch_traineesEligible(TrainingBatch trainingBatch, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return trainingBatch.traineesEligible(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(assessment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssessment_scoreInRange(assessment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the scoreInRange constraint of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment_scoreInRange(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return assessment.scoreInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructor(Instructor instructor, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(instructor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructorSelection(InstructorSelection instructorSelection, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(instructorSelection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(instructorSelection, diagnostics, context);
		if (result || diagnostics != null) result &= validateInstructorSelection_selectedQualified(instructorSelection, diagnostics, context);
		return result;
	}

	/**
	 * Validates the selectedQualified constraint of '<em>Instructor Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructorSelection_selectedQualified(InstructorSelection instructorSelection, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return instructorSelection.selectedQualified(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetition(Competition competition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(competition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(competition, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetition_entrantsEligible(competition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the entrantsEligible constraint of '<em>Competition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetition_entrantsEligible(Competition competition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return competition.entrantsEligible(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionEntry(CompetitionEntry competitionEntry, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(competitionEntry, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(competitionEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionEntry_placingNotNegative(competitionEntry, diagnostics, context);
		return result;
	}

	/**
	 * Validates the placingNotNegative constraint of '<em>Competition Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionEntry_placingNotNegative(CompetitionEntry competitionEntry, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return competitionEntry.placingNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTask(EmergencyTask emergencyTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(emergencyTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmergencyTask_datesInOrder(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmergencyTask_dispatchedNotNegative(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmergencyTask_participantsEligible(emergencyTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmergencyTask_dispatchedMatchesParticipants(emergencyTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the datesInOrder constraint of '<em>Emergency Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTask_datesInOrder(EmergencyTask emergencyTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return emergencyTask.datesInOrder(diagnostics, context);
	}

	/**
	 * Validates the dispatchedNotNegative constraint of '<em>Emergency Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTask_dispatchedNotNegative(EmergencyTask emergencyTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return emergencyTask.dispatchedNotNegative(diagnostics, context);
	}

	/**
	 * Validates the participantsEligible constraint of '<em>Emergency Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTask_participantsEligible(EmergencyTask emergencyTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return emergencyTask.participantsEligible(diagnostics, context);
	}

	/**
	 * Validates the dispatchedMatchesParticipants constraint of '<em>Emergency Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTask_dispatchedMatchesParticipants(EmergencyTask emergencyTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return emergencyTask.dispatchedMatchesParticipants(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingKind(TrainingKind trainingKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructorLevel(InstructorLevel instructorLevel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionLevel(CompetitionLevel competitionLevel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmergencyTaskKind(EmergencyTaskKind emergencyTaskKind, DiagnosticChain diagnostics, Map<Object, Object> context)
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

} //TrainingValidator
