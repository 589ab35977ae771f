/**
 */
package org.garrison.model.security.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.garrison.model.security.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SecurityFactoryImpl extends EFactoryImpl implements SecurityFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SecurityFactory init()
	{
		try
		{
			SecurityFactory theSecurityFactory = (SecurityFactory)EPackage.Registry.INSTANCE.getEFactory(SecurityPackage.eNS_URI);
			if (theSecurityFactory != null)
			{
				return theSecurityFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SecurityFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityFactoryImpl()
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
			case SecurityPackage.SECURITY_LEDGER: return createSecurityLedger();
			case SecurityPackage.ASSET: return createAsset();
			case SecurityPackage.MAINTENANCE_PLAN: return createMaintenancePlan();
			case SecurityPackage.MAINTENANCE_RECORD: return createMaintenanceRecord();
			case SecurityPackage.HAZARD: return createHazard();
			case SecurityPackage.SAFETY_ACTIVITY: return createSafetyActivity();
			case SecurityPackage.DRILL: return createDrill();
			case SecurityPackage.VEHICLE_DISPATCH: return createVehicleDispatch();
			case SecurityPackage.LINKED_UNIT: return createLinkedUnit();
			case SecurityPackage.CHECKLIST_ITEM: return createChecklistItem();
			case SecurityPackage.CHECK_RESULT: return createCheckResult();
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
			case SecurityPackage.ASSET_CATEGORY:
				return createAssetCategoryFromString(eDataType, initialValue);
			case SecurityPackage.HAZARD_SEVERITY:
				return createHazardSeverityFromString(eDataType, initialValue);
			case SecurityPackage.HAZARD_STATE:
				return createHazardStateFromString(eDataType, initialValue);
			case SecurityPackage.HAZARD_SOURCE:
				return createHazardSourceFromString(eDataType, initialValue);
			case SecurityPackage.SAFETY_ACTIVITY_KIND:
				return createSafetyActivityKindFromString(eDataType, initialValue);
			case SecurityPackage.ASSET_STATUS:
				return createAssetStatusFromString(eDataType, initialValue);
			case SecurityPackage.INTERVAL_UNIT:
				return createIntervalUnitFromString(eDataType, initialValue);
			case SecurityPackage.CHECK_OUTCOME:
				return createCheckOutcomeFromString(eDataType, initialValue);
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
			case SecurityPackage.ASSET_CATEGORY:
				return convertAssetCategoryToString(eDataType, instanceValue);
			case SecurityPackage.HAZARD_SEVERITY:
				return convertHazardSeverityToString(eDataType, instanceValue);
			case SecurityPackage.HAZARD_STATE:
				return convertHazardStateToString(eDataType, instanceValue);
			case SecurityPackage.HAZARD_SOURCE:
				return convertHazardSourceToString(eDataType, instanceValue);
			case SecurityPackage.SAFETY_ACTIVITY_KIND:
				return convertSafetyActivityKindToString(eDataType, instanceValue);
			case SecurityPackage.ASSET_STATUS:
				return convertAssetStatusToString(eDataType, instanceValue);
			case SecurityPackage.INTERVAL_UNIT:
				return convertIntervalUnitToString(eDataType, instanceValue);
			case SecurityPackage.CHECK_OUTCOME:
				return convertCheckOutcomeToString(eDataType, instanceValue);
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
	public SecurityLedger createSecurityLedger()
	{
		SecurityLedgerImpl securityLedger = new SecurityLedgerImpl();
		return securityLedger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset createAsset()
	{
		AssetImpl asset = new AssetImpl();
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaintenancePlan createMaintenancePlan()
	{
		MaintenancePlanImpl maintenancePlan = new MaintenancePlanImpl();
		return maintenancePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaintenanceRecord createMaintenanceRecord()
	{
		MaintenanceRecordImpl maintenanceRecord = new MaintenanceRecordImpl();
		return maintenanceRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hazard createHazard()
	{
		HazardImpl hazard = new HazardImpl();
		return hazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SafetyActivity createSafetyActivity()
	{
		SafetyActivityImpl safetyActivity = new SafetyActivityImpl();
		return safetyActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Drill createDrill()
	{
		DrillImpl drill = new DrillImpl();
		return drill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VehicleDispatch createVehicleDispatch()
	{
		VehicleDispatchImpl vehicleDispatch = new VehicleDispatchImpl();
		return vehicleDispatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkedUnit createLinkedUnit()
	{
		LinkedUnitImpl linkedUnit = new LinkedUnitImpl();
		return linkedUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItem createChecklistItem()
	{
		ChecklistItemImpl checklistItem = new ChecklistItemImpl();
		return checklistItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckResult createCheckResult()
	{
		CheckResultImpl checkResult = new CheckResultImpl();
		return checkResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetCategory createAssetCategoryFromString(EDataType eDataType, String initialValue)
	{
		AssetCategory result = AssetCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetCategoryToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardSeverity createHazardSeverityFromString(EDataType eDataType, String initialValue)
	{
		HazardSeverity result = HazardSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardSeverityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardState createHazardStateFromString(EDataType eDataType, String initialValue)
	{
		HazardState result = HazardState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardStateToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardSource createHazardSourceFromString(EDataType eDataType, String initialValue)
	{
		HazardSource result = HazardSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardSourceToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SafetyActivityKind createSafetyActivityKindFromString(EDataType eDataType, String initialValue)
	{
		SafetyActivityKind result = SafetyActivityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSafetyActivityKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetStatus createAssetStatusFromString(EDataType eDataType, String initialValue)
	{
		AssetStatus result = AssetStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntervalUnit createIntervalUnitFromString(EDataType eDataType, String initialValue)
	{
		IntervalUnit result = IntervalUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntervalUnitToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CheckOutcome createCheckOutcomeFromString(EDataType eDataType, String initialValue)
	{
		CheckOutcome result = CheckOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCheckOutcomeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityPackage getSecurityPackage()
	{
		return (SecurityPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SecurityPackage getPackage()
	{
		return SecurityPackage.eINSTANCE;
	}

} //SecurityFactoryImpl
