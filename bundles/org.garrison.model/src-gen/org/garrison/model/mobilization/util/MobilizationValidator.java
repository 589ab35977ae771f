/**
 */
package org.garrison.model.mobilization.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.garrison.model.mobilization.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage
 * @generated
 */
public class MobilizationValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final MobilizationValidator INSTANCE = new MobilizationValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.garrison.model.mobilization";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Age Within Limits' of 'Militia Member'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MILITIA_MEMBER__AGE_WITHIN_LIMITS = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Leave After Join' of 'Militia Member'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MILITIA_MEMBER__LEAVE_AFTER_JOIN = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Counts Not Negative' of 'Organization Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ORGANIZATION_TASK__COUNTS_NOT_NEGATIVE = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Completed Matches Roster' of 'Organization Task'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ORGANIZATION_TASK__COMPLETED_MATCHES_ROSTER = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Counts Consistent' of 'Muster'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MUSTER__COUNTS_CONSISTENT = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Roll Call Eligible' of 'Muster'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MUSTER__ROLL_CALL_ELIGIBLE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Stage Dates In Order' of 'Armed Cadre'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ARMED_CADRE__STAGE_DATES_IN_ORDER = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Meetings After Appointment' of 'Armed Cadre'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ARMED_CADRE__MEETINGS_AFTER_APPOINTMENT = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Met Has Cleared Date' of 'Standardization Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STANDARDIZATION_ITEM__MET_HAS_CLEARED_DATE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Counts Not Negative' of 'Conscription Campaign'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONSCRIPTION_CAMPAIGN__COUNTS_NOT_NEGATIVE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Stages In Order' of 'Recruit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RECRUIT__STAGES_IN_ORDER = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Education Consistent' of 'Recruit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RECRUIT__EDUCATION_CONSISTENT = 12;

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
	public MobilizationValidator()
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
	  return MobilizationPackage.eINSTANCE;
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
			case MobilizationPackage.MOBILIZATION_LEDGER:
				return validateMobilizationLedger((MobilizationLedger)value, diagnostics, context);
			case MobilizationPackage.MILITIA_UNIT:
				return validateMilitiaUnit((MilitiaUnit)value, diagnostics, context);
			case MobilizationPackage.MILITIA_MEMBER:
				return validateMilitiaMember((MilitiaMember)value, diagnostics, context);
			case MobilizationPackage.ORGANIZATION_TASK:
				return validateOrganizationTask((OrganizationTask)value, diagnostics, context);
			case MobilizationPackage.MUSTER:
				return validateMuster((Muster)value, diagnostics, context);
			case MobilizationPackage.ROLL_CALL_ENTRY:
				return validateRollCallEntry((RollCallEntry)value, diagnostics, context);
			case MobilizationPackage.ARMED_CADRE:
				return validateArmedCadre((ArmedCadre)value, diagnostics, context);
			case MobilizationPackage.CADRE_MEETING:
				return validateCadreMeeting((CadreMeeting)value, diagnostics, context);
			case MobilizationPackage.STANDARDIZATION_ITEM:
				return validateStandardizationItem((StandardizationItem)value, diagnostics, context);
			case MobilizationPackage.EVALUATION:
				return validateEvaluation((Evaluation)value, diagnostics, context);
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN:
				return validateConscriptionCampaign((ConscriptionCampaign)value, diagnostics, context);
			case MobilizationPackage.RECRUIT:
				return validateRecruit((Recruit)value, diagnostics, context);
			case MobilizationPackage.PUBLICITY_EVENT:
				return validatePublicityEvent((PublicityEvent)value, diagnostics, context);
			case MobilizationPackage.INTEGRITY_COMPLAINT:
				return validateIntegrityComplaint((IntegrityComplaint)value, diagnostics, context);
			case MobilizationPackage.CONSCRIPTION_INDICATOR:
				return validateConscriptionIndicator((ConscriptionIndicator)value, diagnostics, context);
			case MobilizationPackage.UNIT_TYPE:
				return validateUnitType((UnitType)value, diagnostics, context);
			case MobilizationPackage.UNIT_ROLE:
				return validateUnitRole((UnitRole)value, diagnostics, context);
			case MobilizationPackage.MILITIA_CATEGORY:
				return validateMilitiaCategory((MilitiaCategory)value, diagnostics, context);
			case MobilizationPackage.INSPECTION_LEVEL:
				return validateInspectionLevel((InspectionLevel)value, diagnostics, context);
			case MobilizationPackage.CADRE_STAGE:
				return validateCadreStage((CadreStage)value, diagnostics, context);
			case MobilizationPackage.ITEM_STATUS:
				return validateItemStatus((ItemStatus)value, diagnostics, context);
			case MobilizationPackage.RECRUIT_STAGE:
				return validateRecruitStage((RecruitStage)value, diagnostics, context);
			case MobilizationPackage.RECRUIT_EDUCATION:
				return validateRecruitEducation((RecruitEducation)value, diagnostics, context);
			case MobilizationPackage.RECRUIT_MEASURE:
				return validateRecruitMeasure((RecruitMeasure)value, diagnostics, context);
			case MobilizationPackage.TARGET_DIRECTION:
				return validateTargetDirection((TargetDirection)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMobilizationLedger(MobilizationLedger mobilizationLedger, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(mobilizationLedger, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMilitiaUnit(MilitiaUnit militiaUnit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(militiaUnit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMilitiaMember(MilitiaMember militiaMember, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(militiaMember, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validateMilitiaMember_ageWithinLimits(militiaMember, diagnostics, context);
		if (result || diagnostics != null) result &= validateMilitiaMember_leaveAfterJoin(militiaMember, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ageWithinLimits constraint of '<em>Militia Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMilitiaMember_ageWithinLimits(MilitiaMember militiaMember, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return militiaMember.ageWithinLimits(diagnostics, context);
	}

	/**
	 * Validates the leaveAfterJoin constraint of '<em>Militia Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMilitiaMember_leaveAfterJoin(MilitiaMember militiaMember, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return militiaMember.leaveAfterJoin(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganizationTask(OrganizationTask organizationTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(organizationTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateOrganizationTask_countsNotNegative(organizationTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateOrganizationTask_completedMatchesRoster(organizationTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the countsNotNegative constraint of '<em>Organization Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganizationTask_countsNotNegative(OrganizationTask organizationTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return organizationTask.countsNotNegative(diagnostics, context);
	}

	/**
	 * Validates the completedMatchesRoster constraint of '<em>Organization Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganizationTask_completedMatchesRoster(OrganizationTask organizationTask, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return organizationTask.completedMatchesRoster(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMuster(Muster muster, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(muster, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validateMuster_countsConsistent(muster, diagnostics, context);
		if (result || diagnostics != null) result &= validateMuster_rollCallEligible(muster, diagnostics, context);
		return result;
	}

	/**
	 * Validates the countsConsistent constraint of '<em>Muster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMuster_countsConsistent(Muster muster, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return muster.countsConsistent(diagnostics, context);
	}

	/**
	 * Validates the rollCallEligible constraint of '<em>Muster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMuster_rollCallEligible(Muster muster, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return muster.rollCallEligible(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRollCallEntry(RollCallEntry rollCallEntry, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(rollCallEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArmedCadre(ArmedCadre armedCadre, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(armedCadre, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validateArmedCadre_stageDatesInOrder(armedCadre, diagnostics, context);
		if (result || diagnostics != null) result &= validateArmedCadre_meetingsAfterAppointment(armedCadre, diagnostics, context);
		return result;
	}

	/**
	 * Validates the stageDatesInOrder constraint of '<em>Armed Cadre</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArmedCadre_stageDatesInOrder(ArmedCadre armedCadre, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return armedCadre.stageDatesInOrder(diagnostics, context);
	}

	/**
	 * Validates the meetingsAfterAppointment constraint of '<em>Armed Cadre</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArmedCadre_meetingsAfterAppointment(ArmedCadre armedCadre, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return armedCadre.meetingsAfterAppointment(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCadreMeeting(CadreMeeting cadreMeeting, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(cadreMeeting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardizationItem(StandardizationItem standardizationItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(standardizationItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(standardizationItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateStandardizationItem_metHasClearedDate(standardizationItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the metHasClearedDate constraint of '<em>Standardization Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardizationItem_metHasClearedDate(StandardizationItem standardizationItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return standardizationItem.metHasClearedDate(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(evaluation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConscriptionCampaign(ConscriptionCampaign conscriptionCampaign, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(conscriptionCampaign, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(conscriptionCampaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateConscriptionCampaign_countsNotNegative(conscriptionCampaign, diagnostics, context);
		return result;
	}

	/**
	 * Validates the countsNotNegative constraint of '<em>Conscription Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConscriptionCampaign_countsNotNegative(ConscriptionCampaign conscriptionCampaign, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return conscriptionCampaign.countsNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruit(Recruit recruit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(recruit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validateRecruit_stagesInOrder(recruit, diagnostics, context);
		if (result || diagnostics != null) result &= validateRecruit_educationConsistent(recruit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the stagesInOrder constraint of '<em>Recruit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruit_stagesInOrder(Recruit recruit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return recruit.stagesInOrder(diagnostics, context);
	}

	/**
	 * Validates the educationConsistent constraint of '<em>Recruit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruit_educationConsistent(Recruit recruit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return recruit.educationConsistent(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicityEvent(PublicityEvent publicityEvent, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(publicityEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegrityComplaint(IntegrityComplaint integrityComplaint, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(integrityComplaint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConscriptionIndicator(ConscriptionIndicator conscriptionIndicator, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(conscriptionIndicator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnitType(UnitType unitType, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnitRole(UnitRole unitRole, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMilitiaCategory(MilitiaCategory militiaCategory, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInspectionLevel(InspectionLevel inspectionLevel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCadreStage(CadreStage cadreStage, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemStatus(ItemStatus itemStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruitStage(RecruitStage recruitStage, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruitEducation(RecruitEducation recruitEducation, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecruitMeasure(RecruitMeasure recruitMeasure, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetDirection(TargetDirection targetDirection, DiagnosticChain diagnostics, Map<Object, Object> context)
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

} //MobilizationValidator
