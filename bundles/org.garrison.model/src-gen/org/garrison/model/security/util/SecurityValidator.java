/**
 */
package org.garrison.model.security.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.garrison.model.security.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.security.SecurityPackage
 * @generated
 */
public class SecurityValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SecurityValidator INSTANCE = new SecurityValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.garrison.model.security";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Vehicle Dates Only For Vehicles' of 'Asset'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ASSET__VEHICLE_DATES_ONLY_FOR_VEHICLES = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Interval Positive' of 'Maintenance Plan'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAINTENANCE_PLAN__INTERVAL_POSITIVE = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Plan Of The Asset' of 'Maintenance Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAINTENANCE_RECORD__PLAN_OF_THE_ASSET = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Cost Not Negative' of 'Maintenance Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAINTENANCE_RECORD__COST_NOT_NEGATIVE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Closed Only After Rectification' of 'Hazard'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int HAZARD__CLOSED_ONLY_AFTER_RECTIFICATION = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Failure Explained' of 'Check Result'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CHECK_RESULT__FAILURE_EXPLAINED = 6;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 6;

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
	public SecurityValidator()
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
	  return SecurityPackage.eINSTANCE;
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
			case SecurityPackage.SECURITY_LEDGER:
				return validateSecurityLedger((SecurityLedger)value, diagnostics, context);
			case SecurityPackage.ASSET:
				return validateAsset((Asset)value, diagnostics, context);
			case SecurityPackage.MAINTENANCE_PLAN:
				return validateMaintenancePlan((MaintenancePlan)value, diagnostics, context);
			case SecurityPackage.MAINTENANCE_RECORD:
				return validateMaintenanceRecord((MaintenanceRecord)value, diagnostics, context);
			case SecurityPackage.HAZARD:
				return validateHazard((Hazard)value, diagnostics, context);
			case SecurityPackage.SAFETY_ACTIVITY:
				return validateSafetyActivity((SafetyActivity)value, diagnostics, context);
			case SecurityPackage.DRILL:
				return validateDrill((Drill)value, diagnostics, context);
			case SecurityPackage.VEHICLE_DISPATCH:
				return validateVehicleDispatch((VehicleDispatch)value, diagnostics, context);
			case SecurityPackage.LINKED_UNIT:
				return validateLinkedUnit((LinkedUnit)value, diagnostics, context);
			case SecurityPackage.CHECKLIST_ITEM:
				return validateChecklistItem((ChecklistItem)value, diagnostics, context);
			case SecurityPackage.CHECK_RESULT:
				return validateCheckResult((CheckResult)value, diagnostics, context);
			case SecurityPackage.ASSET_CATEGORY:
				return validateAssetCategory((AssetCategory)value, diagnostics, context);
			case SecurityPackage.HAZARD_SEVERITY:
				return validateHazardSeverity((HazardSeverity)value, diagnostics, context);
			case SecurityPackage.HAZARD_STATE:
				return validateHazardState((HazardState)value, diagnostics, context);
			case SecurityPackage.HAZARD_SOURCE:
				return validateHazardSource((HazardSource)value, diagnostics, context);
			case SecurityPackage.SAFETY_ACTIVITY_KIND:
				return validateSafetyActivityKind((SafetyActivityKind)value, diagnostics, context);
			case SecurityPackage.ASSET_STATUS:
				return validateAssetStatus((AssetStatus)value, diagnostics, context);
			case SecurityPackage.INTERVAL_UNIT:
				return validateIntervalUnit((IntervalUnit)value, diagnostics, context);
			case SecurityPackage.CHECK_OUTCOME:
				return validateCheckOutcome((CheckOutcome)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityLedger(SecurityLedger securityLedger, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(securityLedger, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAsset(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(asset, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validateAsset_vehicleDatesOnlyForVehicles(asset, diagnostics, context);
		return result;
	}

	/**
	 * Validates the vehicleDatesOnlyForVehicles constraint of '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAsset_vehicleDatesOnlyForVehicles(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return asset.vehicleDatesOnlyForVehicles(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenancePlan(MaintenancePlan maintenancePlan, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(maintenancePlan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(maintenancePlan, diagnostics, context);
		if (result || diagnostics != null) result &= validateMaintenancePlan_intervalPositive(maintenancePlan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the intervalPositive constraint of '<em>Maintenance Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenancePlan_intervalPositive(MaintenancePlan maintenancePlan, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return maintenancePlan.intervalPositive(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenanceRecord(MaintenanceRecord maintenanceRecord, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(maintenanceRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateMaintenanceRecord_planOfTheAsset(maintenanceRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateMaintenanceRecord_costNotNegative(maintenanceRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the planOfTheAsset constraint of '<em>Maintenance Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenanceRecord_planOfTheAsset(MaintenanceRecord maintenanceRecord, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return maintenanceRecord.planOfTheAsset(diagnostics, context);
	}

	/**
	 * Validates the costNotNegative constraint of '<em>Maintenance Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenanceRecord_costNotNegative(MaintenanceRecord maintenanceRecord, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return maintenanceRecord.costNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHazard(Hazard hazard, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(hazard, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(hazard, diagnostics, context);
		if (result || diagnostics != null) result &= validateHazard_closedOnlyAfterRectification(hazard, diagnostics, context);
		return result;
	}

	/**
	 * Validates the closedOnlyAfterRectification constraint of '<em>Hazard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHazard_closedOnlyAfterRectification(Hazard hazard, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return hazard.closedOnlyAfterRectification(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSafetyActivity(SafetyActivity safetyActivity, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(safetyActivity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDrill(Drill drill, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(drill, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVehicleDispatch(VehicleDispatch vehicleDispatch, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(vehicleDispatch, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLinkedUnit(LinkedUnit linkedUnit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(linkedUnit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChecklistItem(ChecklistItem checklistItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(checklistItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCheckResult(CheckResult checkResult, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(checkResult, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(checkResult, diagnostics, context);
		if (result || diagnostics != null) result &= validateCheckResult_failureExplained(checkResult, diagnostics, context);
		return result;
	}

	/**
	 * Validates the failureExplained constraint of '<em>Check Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCheckResult_failureExplained(CheckResult checkResult, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return checkResult.failureExplained(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetCategory(AssetCategory assetCategory, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHazardSeverity(HazardSeverity hazardSeverity, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHazardState(HazardState hazardState, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHazardSource(HazardSource hazardSource, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSafetyActivityKind(SafetyActivityKind safetyActivityKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetStatus(AssetStatus assetStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntervalUnit(IntervalUnit intervalUnit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCheckOutcome(CheckOutcome checkOutcome, DiagnosticChain diagnostics, Map<Object, Object> context)
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

} //SecurityValidator
