/**
 */
package org.garrison.model.security.impl;

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

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.security.VehicleDispatch;

import org.garrison.model.security.util.SecurityValidator;

import org.garrison.model.study.StudyPackage;

import org.garrison.model.study.impl.StudyPackageImpl;

import org.garrison.model.training.TrainingPackage;

import org.garrison.model.training.impl.TrainingPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SecurityPackageImpl extends EPackageImpl implements SecurityPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securityLedgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maintenancePlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maintenanceRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hazardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass safetyActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass drillEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vehicleDispatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkedUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checkResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hazardSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hazardStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hazardSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum safetyActivityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intervalUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkOutcomeEEnum = null;

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
	 * @see org.garrison.model.security.SecurityPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SecurityPackageImpl()
	{
		super(eNS_URI, SecurityFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SecurityPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SecurityPackage init()
	{
		if (isInited) return (SecurityPackage)EPackage.Registry.INSTANCE.getEPackage(SecurityPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSecurityPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SecurityPackageImpl theSecurityPackage = registeredSecurityPackage instanceof SecurityPackageImpl ? (SecurityPackageImpl)registeredSecurityPackage : new SecurityPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);
		StudyPackageImpl theStudyPackage = (StudyPackageImpl)(registeredPackage instanceof StudyPackageImpl ? registeredPackage : StudyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);
		TrainingPackageImpl theTrainingPackage = (TrainingPackageImpl)(registeredPackage instanceof TrainingPackageImpl ? registeredPackage : TrainingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MobilizationPackage.eNS_URI);
		MobilizationPackageImpl theMobilizationPackage = (MobilizationPackageImpl)(registeredPackage instanceof MobilizationPackageImpl ? registeredPackage : MobilizationPackage.eINSTANCE);

		// Create package meta-data objects
		theSecurityPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theStudyPackage.createPackageContents();
		theTrainingPackage.createPackageContents();
		theMobilizationPackage.createPackageContents();

		// Initialize created meta-data
		theSecurityPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theStudyPackage.initializePackageContents();
		theTrainingPackage.initializePackageContents();
		theMobilizationPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSecurityPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return SecurityValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSecurityPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SecurityPackage.eNS_URI, theSecurityPackage);
		return theSecurityPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecurityLedger()
	{
		return securityLedgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_District()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_Assets()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_CategoryPlans()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_Hazards()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_Activities()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_Drills()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_Dispatches()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityLedger_LinkedUnits()
	{
		return (EReference)securityLedgerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAsset()
	{
		return assetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Name()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Category()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Code()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Location()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_CommissionedOn()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_Plans()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Status()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_Responsible()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_InspectionDue()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_InsuranceDue()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__VehicleDatesOnlyForVehicles__DiagnosticChain_Map()
	{
		return assetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaintenancePlan()
	{
		return maintenancePlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenancePlan_Asset()
	{
		return (EReference)maintenancePlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_Description()
	{
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_Interval()
	{
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_IntervalUnit()
	{
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_Category()
	{
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenancePlan_Checklist()
	{
		return (EReference)maintenancePlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_StartDate()
	{
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenancePlan_Responsible()
	{
		return (EReference)maintenancePlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenancePlan__DueAfter__LocalDate()
	{
		return maintenancePlanEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenancePlan__FirstDueFor__Asset()
	{
		return maintenancePlanEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenancePlan__Covers__Asset()
	{
		return maintenancePlanEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenancePlan__IntervalPositive__DiagnosticChain_Map()
	{
		return maintenancePlanEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaintenanceRecord()
	{
		return maintenanceRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRecord_Date()
	{
		return (EAttribute)maintenanceRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenanceRecord_Asset()
	{
		return (EReference)maintenanceRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenanceRecord_Plan()
	{
		return (EReference)maintenanceRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenanceRecord_PerformedBy()
	{
		return (EReference)maintenanceRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRecord_Work()
	{
		return (EAttribute)maintenanceRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRecord_Findings()
	{
		return (EAttribute)maintenanceRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRecord_Cost()
	{
		return (EAttribute)maintenanceRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenanceRecord_Results()
	{
		return (EReference)maintenanceRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenanceRecord__PlanOfTheAsset__DiagnosticChain_Map()
	{
		return maintenanceRecordEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMaintenanceRecord__CostNotNegative__DiagnosticChain_Map()
	{
		return maintenanceRecordEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHazard()
	{
		return hazardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_Description()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_FoundOn()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_Source()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_Severity()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_State()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazard_Owner()
	{
		return (EReference)hazardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_Deadline()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_Measures()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_RectifiedOn()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_AcceptedOn()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazard_Asset()
	{
		return (EReference)hazardEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazard_CheckItem()
	{
		return (EAttribute)hazardEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazard_RaisedBy()
	{
		return (EReference)hazardEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazard_RectifiedBy()
	{
		return (EReference)hazardEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazard_AcceptedBy()
	{
		return (EReference)hazardEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHazard__OverdueOn__LocalDate()
	{
		return hazardEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHazard__ClosedOnlyAfterRectification__DiagnosticChain_Map()
	{
		return hazardEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSafetyActivity()
	{
		return safetyActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafetyActivity_Date()
	{
		return (EAttribute)safetyActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafetyActivity_Kind()
	{
		return (EAttribute)safetyActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafetyActivity_Topic()
	{
		return (EAttribute)safetyActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafetyActivity_Participants()
	{
		return (EAttribute)safetyActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafetyActivity_Quarter()
	{
		return (EAttribute)safetyActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDrill()
	{
		return drillEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrill_Date()
	{
		return (EAttribute)drillEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrill_Scenario()
	{
		return (EAttribute)drillEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrill_Participants()
	{
		return (EAttribute)drillEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrill_Evaluation()
	{
		return (EAttribute)drillEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrill_Findings()
	{
		return (EAttribute)drillEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVehicleDispatch()
	{
		return vehicleDispatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVehicleDispatch_Vehicle()
	{
		return (EReference)vehicleDispatchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVehicleDispatch_Date()
	{
		return (EAttribute)vehicleDispatchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVehicleDispatch_Driver()
	{
		return (EReference)vehicleDispatchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVehicleDispatch_Purpose()
	{
		return (EAttribute)vehicleDispatchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVehicleDispatch_Mileage()
	{
		return (EAttribute)vehicleDispatchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinkedUnit()
	{
		return linkedUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_Name()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_Contact()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_Phone()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_LastInspection()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_InspectionMonths()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedUnit_Findings()
	{
		return (EAttribute)linkedUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistItem()
	{
		return checklistItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Text()
	{
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheckResult()
	{
		return checkResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Item()
	{
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Outcome()
	{
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Note()
	{
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCheckResult_Photo()
	{
		return (EReference)checkResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCheckResult__FailureExplained__DiagnosticChain_Map()
	{
		return checkResultEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetCategory()
	{
		return assetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHazardSeverity()
	{
		return hazardSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHazardState()
	{
		return hazardStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHazardSource()
	{
		return hazardSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSafetyActivityKind()
	{
		return safetyActivityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetStatus()
	{
		return assetStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntervalUnit()
	{
		return intervalUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheckOutcome()
	{
		return checkOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityFactory getSecurityFactory()
	{
		return (SecurityFactory)getEFactoryInstance();
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
		securityLedgerEClass = createEClass(SECURITY_LEDGER);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__DISTRICT);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__ASSETS);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__CATEGORY_PLANS);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__HAZARDS);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__ACTIVITIES);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__DRILLS);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__DISPATCHES);
		createEReference(securityLedgerEClass, SECURITY_LEDGER__LINKED_UNITS);

		assetEClass = createEClass(ASSET);
		createEAttribute(assetEClass, ASSET__NAME);
		createEAttribute(assetEClass, ASSET__CATEGORY);
		createEAttribute(assetEClass, ASSET__CODE);
		createEAttribute(assetEClass, ASSET__LOCATION);
		createEAttribute(assetEClass, ASSET__COMMISSIONED_ON);
		createEReference(assetEClass, ASSET__PLANS);
		createEAttribute(assetEClass, ASSET__STATUS);
		createEReference(assetEClass, ASSET__RESPONSIBLE);
		createEAttribute(assetEClass, ASSET__INSPECTION_DUE);
		createEAttribute(assetEClass, ASSET__INSURANCE_DUE);
		createEOperation(assetEClass, ASSET___VEHICLE_DATES_ONLY_FOR_VEHICLES__DIAGNOSTICCHAIN_MAP);

		maintenancePlanEClass = createEClass(MAINTENANCE_PLAN);
		createEReference(maintenancePlanEClass, MAINTENANCE_PLAN__ASSET);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__DESCRIPTION);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__INTERVAL);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__INTERVAL_UNIT);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__CATEGORY);
		createEReference(maintenancePlanEClass, MAINTENANCE_PLAN__CHECKLIST);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__START_DATE);
		createEReference(maintenancePlanEClass, MAINTENANCE_PLAN__RESPONSIBLE);
		createEOperation(maintenancePlanEClass, MAINTENANCE_PLAN___DUE_AFTER__LOCALDATE);
		createEOperation(maintenancePlanEClass, MAINTENANCE_PLAN___FIRST_DUE_FOR__ASSET);
		createEOperation(maintenancePlanEClass, MAINTENANCE_PLAN___COVERS__ASSET);
		createEOperation(maintenancePlanEClass, MAINTENANCE_PLAN___INTERVAL_POSITIVE__DIAGNOSTICCHAIN_MAP);

		maintenanceRecordEClass = createEClass(MAINTENANCE_RECORD);
		createEAttribute(maintenanceRecordEClass, MAINTENANCE_RECORD__DATE);
		createEReference(maintenanceRecordEClass, MAINTENANCE_RECORD__ASSET);
		createEReference(maintenanceRecordEClass, MAINTENANCE_RECORD__PLAN);
		createEReference(maintenanceRecordEClass, MAINTENANCE_RECORD__PERFORMED_BY);
		createEAttribute(maintenanceRecordEClass, MAINTENANCE_RECORD__WORK);
		createEAttribute(maintenanceRecordEClass, MAINTENANCE_RECORD__FINDINGS);
		createEAttribute(maintenanceRecordEClass, MAINTENANCE_RECORD__COST);
		createEReference(maintenanceRecordEClass, MAINTENANCE_RECORD__RESULTS);
		createEOperation(maintenanceRecordEClass, MAINTENANCE_RECORD___PLAN_OF_THE_ASSET__DIAGNOSTICCHAIN_MAP);
		createEOperation(maintenanceRecordEClass, MAINTENANCE_RECORD___COST_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		hazardEClass = createEClass(HAZARD);
		createEAttribute(hazardEClass, HAZARD__DESCRIPTION);
		createEAttribute(hazardEClass, HAZARD__FOUND_ON);
		createEAttribute(hazardEClass, HAZARD__SOURCE);
		createEAttribute(hazardEClass, HAZARD__SEVERITY);
		createEAttribute(hazardEClass, HAZARD__STATE);
		createEReference(hazardEClass, HAZARD__OWNER);
		createEAttribute(hazardEClass, HAZARD__DEADLINE);
		createEAttribute(hazardEClass, HAZARD__MEASURES);
		createEAttribute(hazardEClass, HAZARD__RECTIFIED_ON);
		createEAttribute(hazardEClass, HAZARD__ACCEPTED_ON);
		createEReference(hazardEClass, HAZARD__ASSET);
		createEAttribute(hazardEClass, HAZARD__CHECK_ITEM);
		createEReference(hazardEClass, HAZARD__RAISED_BY);
		createEReference(hazardEClass, HAZARD__RECTIFIED_BY);
		createEReference(hazardEClass, HAZARD__ACCEPTED_BY);
		createEOperation(hazardEClass, HAZARD___OVERDUE_ON__LOCALDATE);
		createEOperation(hazardEClass, HAZARD___CLOSED_ONLY_AFTER_RECTIFICATION__DIAGNOSTICCHAIN_MAP);

		safetyActivityEClass = createEClass(SAFETY_ACTIVITY);
		createEAttribute(safetyActivityEClass, SAFETY_ACTIVITY__DATE);
		createEAttribute(safetyActivityEClass, SAFETY_ACTIVITY__KIND);
		createEAttribute(safetyActivityEClass, SAFETY_ACTIVITY__TOPIC);
		createEAttribute(safetyActivityEClass, SAFETY_ACTIVITY__PARTICIPANTS);
		createEAttribute(safetyActivityEClass, SAFETY_ACTIVITY__QUARTER);

		drillEClass = createEClass(DRILL);
		createEAttribute(drillEClass, DRILL__DATE);
		createEAttribute(drillEClass, DRILL__SCENARIO);
		createEAttribute(drillEClass, DRILL__PARTICIPANTS);
		createEAttribute(drillEClass, DRILL__EVALUATION);
		createEAttribute(drillEClass, DRILL__FINDINGS);

		vehicleDispatchEClass = createEClass(VEHICLE_DISPATCH);
		createEReference(vehicleDispatchEClass, VEHICLE_DISPATCH__VEHICLE);
		createEAttribute(vehicleDispatchEClass, VEHICLE_DISPATCH__DATE);
		createEReference(vehicleDispatchEClass, VEHICLE_DISPATCH__DRIVER);
		createEAttribute(vehicleDispatchEClass, VEHICLE_DISPATCH__PURPOSE);
		createEAttribute(vehicleDispatchEClass, VEHICLE_DISPATCH__MILEAGE);

		linkedUnitEClass = createEClass(LINKED_UNIT);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__NAME);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__CONTACT);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__PHONE);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__LAST_INSPECTION);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__INSPECTION_MONTHS);
		createEAttribute(linkedUnitEClass, LINKED_UNIT__FINDINGS);

		checklistItemEClass = createEClass(CHECKLIST_ITEM);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__TEXT);

		checkResultEClass = createEClass(CHECK_RESULT);
		createEAttribute(checkResultEClass, CHECK_RESULT__ITEM);
		createEAttribute(checkResultEClass, CHECK_RESULT__OUTCOME);
		createEAttribute(checkResultEClass, CHECK_RESULT__NOTE);
		createEReference(checkResultEClass, CHECK_RESULT__PHOTO);
		createEOperation(checkResultEClass, CHECK_RESULT___FAILURE_EXPLAINED__DIAGNOSTICCHAIN_MAP);

		// Create enums
		assetCategoryEEnum = createEEnum(ASSET_CATEGORY);
		hazardSeverityEEnum = createEEnum(HAZARD_SEVERITY);
		hazardStateEEnum = createEEnum(HAZARD_STATE);
		hazardSourceEEnum = createEEnum(HAZARD_SOURCE);
		safetyActivityKindEEnum = createEEnum(SAFETY_ACTIVITY_KIND);
		assetStatusEEnum = createEEnum(ASSET_STATUS);
		intervalUnitEEnum = createEEnum(INTERVAL_UNIT);
		checkOutcomeEEnum = createEEnum(CHECK_OUTCOME);
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
		assetEClass.getESuperTypes().add(theCorePackage.getRecord());
		maintenanceRecordEClass.getESuperTypes().add(theCorePackage.getRecord());
		hazardEClass.getESuperTypes().add(theCorePackage.getRecord());
		safetyActivityEClass.getESuperTypes().add(theCorePackage.getRecord());
		drillEClass.getESuperTypes().add(theCorePackage.getRecord());
		vehicleDispatchEClass.getESuperTypes().add(theCorePackage.getRecord());
		linkedUnitEClass.getESuperTypes().add(theCorePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(securityLedgerEClass, SecurityLedger.class, "SecurityLedger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSecurityLedger_District(), theCorePackage.getDistrict(), null, "district", null, 1, 1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_Assets(), this.getAsset(), null, "assets", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_CategoryPlans(), this.getMaintenancePlan(), null, "categoryPlans", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_Hazards(), this.getHazard(), null, "hazards", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_Activities(), this.getSafetyActivity(), null, "activities", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_Drills(), this.getDrill(), null, "drills", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_Dispatches(), this.getVehicleDispatch(), null, "dispatches", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityLedger_LinkedUnits(), this.getLinkedUnit(), null, "linkedUnits", null, 0, -1, SecurityLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assetEClass, Asset.class, "Asset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAsset_Name(), ecorePackage.getEString(), "name", null, 1, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Category(), this.getAssetCategory(), "category", null, 1, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Code(), ecorePackage.getEString(), "code", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Location(), ecorePackage.getEString(), "location", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_CommissionedOn(), theCorePackage.getLocalDate(), "commissionedOn", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_Plans(), this.getMaintenancePlan(), this.getMaintenancePlan_Asset(), "plans", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Status(), this.getAssetStatus(), "status", null, 1, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_Responsible(), theCorePackage.getPerson(), null, "responsible", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_InspectionDue(), theCorePackage.getLocalDate(), "inspectionDue", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_InsuranceDue(), theCorePackage.getLocalDate(), "insuranceDue", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getAsset__VehicleDatesOnlyForVehicles__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "vehicleDatesOnlyForVehicles", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(maintenancePlanEClass, MaintenancePlan.class, "MaintenancePlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMaintenancePlan_Asset(), this.getAsset(), this.getAsset_Plans(), "asset", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_Description(), ecorePackage.getEString(), "description", null, 1, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_Interval(), ecorePackage.getEInt(), "interval", "1", 1, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_IntervalUnit(), this.getIntervalUnit(), "intervalUnit", null, 1, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_Category(), this.getAssetCategory(), "category", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenancePlan_Checklist(), this.getChecklistItem(), null, "checklist", null, 0, -1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 1, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenancePlan_Responsible(), theCorePackage.getPerson(), null, "responsible", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMaintenancePlan__DueAfter__LocalDate(), theCorePackage.getLocalDate(), "dueAfter", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, theCorePackage.getLocalDate(), "day", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMaintenancePlan__FirstDueFor__Asset(), theCorePackage.getLocalDate(), "firstDueFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getAsset(), "asset", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMaintenancePlan__Covers__Asset(), ecorePackage.getEBoolean(), "covers", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getAsset(), "asset", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMaintenancePlan__IntervalPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "intervalPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(maintenanceRecordEClass, MaintenanceRecord.class, "MaintenanceRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaintenanceRecord_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenanceRecord_Asset(), this.getAsset(), null, "asset", null, 1, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenanceRecord_Plan(), this.getMaintenancePlan(), null, "plan", null, 0, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenanceRecord_PerformedBy(), theCorePackage.getPerson(), null, "performedBy", null, 0, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenanceRecord_Work(), ecorePackage.getEString(), "work", null, 1, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenanceRecord_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenanceRecord_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaintenanceRecord_Results(), this.getCheckResult(), null, "results", null, 0, -1, MaintenanceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMaintenanceRecord__PlanOfTheAsset__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "planOfTheAsset", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMaintenanceRecord__CostNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "costNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(hazardEClass, Hazard.class, "Hazard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHazard_Description(), ecorePackage.getEString(), "description", null, 1, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_FoundOn(), theCorePackage.getLocalDate(), "foundOn", null, 1, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_Source(), this.getHazardSource(), "source", null, 1, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_Severity(), this.getHazardSeverity(), "severity", null, 1, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_State(), this.getHazardState(), "state", null, 1, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazard_Owner(), theCorePackage.getPerson(), null, "owner", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_Deadline(), theCorePackage.getLocalDate(), "deadline", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_Measures(), ecorePackage.getEString(), "measures", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_RectifiedOn(), theCorePackage.getLocalDate(), "rectifiedOn", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_AcceptedOn(), theCorePackage.getLocalDate(), "acceptedOn", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazard_Asset(), this.getAsset(), null, "asset", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazard_CheckItem(), ecorePackage.getEString(), "checkItem", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazard_RaisedBy(), theCorePackage.getRecord(), null, "raisedBy", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazard_RectifiedBy(), theCorePackage.getPerson(), null, "rectifiedBy", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazard_AcceptedBy(), theCorePackage.getPerson(), null, "acceptedBy", null, 0, 1, Hazard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getHazard__OverdueOn__LocalDate(), ecorePackage.getEBoolean(), "overdueOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, theCorePackage.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getHazard__ClosedOnlyAfterRectification__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "closedOnlyAfterRectification", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(safetyActivityEClass, SafetyActivity.class, "SafetyActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSafetyActivity_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, SafetyActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSafetyActivity_Kind(), this.getSafetyActivityKind(), "kind", null, 1, 1, SafetyActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSafetyActivity_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, SafetyActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSafetyActivity_Participants(), ecorePackage.getEInt(), "participants", null, 0, 1, SafetyActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSafetyActivity_Quarter(), ecorePackage.getEInt(), "quarter", null, 0, 1, SafetyActivity.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(drillEClass, Drill.class, "Drill", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDrill_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Drill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrill_Scenario(), ecorePackage.getEString(), "scenario", null, 1, 1, Drill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrill_Participants(), ecorePackage.getEInt(), "participants", null, 0, 1, Drill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrill_Evaluation(), ecorePackage.getEString(), "evaluation", null, 0, 1, Drill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrill_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, Drill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vehicleDispatchEClass, VehicleDispatch.class, "VehicleDispatch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVehicleDispatch_Vehicle(), this.getAsset(), null, "vehicle", null, 1, 1, VehicleDispatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVehicleDispatch_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, VehicleDispatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVehicleDispatch_Driver(), theCorePackage.getPerson(), null, "driver", null, 0, 1, VehicleDispatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVehicleDispatch_Purpose(), ecorePackage.getEString(), "purpose", null, 1, 1, VehicleDispatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVehicleDispatch_Mileage(), ecorePackage.getEDouble(), "mileage", null, 0, 1, VehicleDispatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkedUnitEClass, LinkedUnit.class, "LinkedUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLinkedUnit_Name(), ecorePackage.getEString(), "name", null, 1, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedUnit_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedUnit_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedUnit_LastInspection(), theCorePackage.getLocalDate(), "lastInspection", null, 0, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedUnit_InspectionMonths(), ecorePackage.getEInt(), "inspectionMonths", "6", 1, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedUnit_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, LinkedUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistItemEClass, ChecklistItem.class, "ChecklistItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistItem_Text(), ecorePackage.getEString(), "text", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checkResultEClass, CheckResult.class, "CheckResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCheckResult_Item(), ecorePackage.getEString(), "item", null, 1, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckResult_Outcome(), this.getCheckOutcome(), "outcome", null, 1, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckResult_Note(), ecorePackage.getEString(), "note", null, 0, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCheckResult_Photo(), theCorePackage.getAttachment(), null, "photo", null, 0, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCheckResult__FailureExplained__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "failureExplained", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(assetCategoryEEnum, AssetCategory.class, "AssetCategory");
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.PHONE_LOCKER);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.SIGNAL_JAMMER);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.WATER_POWER_NETWORK);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.LIGHTNING_PROTECTION);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.COMMUNICATION_LINE);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.FIRE_EQUIPMENT);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.VEHICLE);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.CAMERA);
		addEEnumLiteral(assetCategoryEEnum, AssetCategory.OTHER);

		initEEnum(hazardSeverityEEnum, HazardSeverity.class, "HazardSeverity");
		addEEnumLiteral(hazardSeverityEEnum, HazardSeverity.MINOR);
		addEEnumLiteral(hazardSeverityEEnum, HazardSeverity.MAJOR);
		addEEnumLiteral(hazardSeverityEEnum, HazardSeverity.SERIOUS);

		initEEnum(hazardStateEEnum, HazardState.class, "HazardState");
		addEEnumLiteral(hazardStateEEnum, HazardState.PENDING);
		addEEnumLiteral(hazardStateEEnum, HazardState.RECTIFYING);
		addEEnumLiteral(hazardStateEEnum, HazardState.RECTIFIED);
		addEEnumLiteral(hazardStateEEnum, HazardState.ACCEPTED);

		initEEnum(hazardSourceEEnum, HazardSource.class, "HazardSource");
		addEEnumLiteral(hazardSourceEEnum, HazardSource.SELF_CHECK);
		addEEnumLiteral(hazardSourceEEnum, HazardSource.INSPECTION);

		initEEnum(safetyActivityKindEEnum, SafetyActivityKind.class, "SafetyActivityKind");
		addEEnumLiteral(safetyActivityKindEEnum, SafetyActivityKind.EDUCATION);
		addEEnumLiteral(safetyActivityKindEEnum, SafetyActivityKind.SITUATION_ANALYSIS);
		addEEnumLiteral(safetyActivityKindEEnum, SafetyActivityKind.INSPECTION);
		addEEnumLiteral(safetyActivityKindEEnum, SafetyActivityKind.DRILL_TRAINING);

		initEEnum(assetStatusEEnum, AssetStatus.class, "AssetStatus");
		addEEnumLiteral(assetStatusEEnum, AssetStatus.IN_USE);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.UNDER_REPAIR);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.OUT_OF_SERVICE);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.SCRAPPED);

		initEEnum(intervalUnitEEnum, IntervalUnit.class, "IntervalUnit");
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.DAY);
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.MONTH);
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.QUARTER);
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.YEAR);

		initEEnum(checkOutcomeEEnum, CheckOutcome.class, "CheckOutcome");
		addEEnumLiteral(checkOutcomeEEnum, CheckOutcome.PASS);
		addEEnumLiteral(checkOutcomeEEnum, CheckOutcome.FAIL);
		addEEnumLiteral(checkOutcomeEEnum, CheckOutcome.NOT_APPLICABLE);

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
			   "documentation", "Security and asset maintenance (\u5b89\u5168\u7ba1\u7406): assets, maintenance, hazards, quarterly safety activities, drills, vehicles, linked units."
		   });
		addAnnotation
		  (getAsset__VehicleDatesOnlyForVehicles__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.vehicleDatesOnlyForVehicles(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMaintenancePlan__DueAfter__LocalDate(),
		   source,
		   new String[]
		   {
			   "documentation", "The day the plan is due again after it was carried out on the day: the interval in its unit later.",
			   "body", "return org.garrison.internal.model.derived.SecurityDerived.dueAfter(this, day);"
		   });
		addAnnotation
		  (getMaintenancePlan__FirstDueFor__Asset(),
		   source,
		   new String[]
		   {
			   "documentation", "The first day the plan is due for the asset: its start, or the asset\'s commissioning when that is later.",
			   "body", "return org.garrison.internal.model.derived.SecurityDerived.firstDueFor(this, asset);"
		   });
		addAnnotation
		  (getMaintenancePlan__Covers__Asset(),
		   source,
		   new String[]
		   {
			   "documentation", "Whether the plan is the asset\'s own or the plan of the asset\'s category.",
			   "body", "return org.garrison.internal.model.derived.SecurityDerived.covers(this, asset);"
		   });
		addAnnotation
		  (getMaintenancePlan__IntervalPositive__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.intervalPositive(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMaintenanceRecord__PlanOfTheAsset__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.planOfTheAsset(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMaintenanceRecord__CostNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.costNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getHazard__OverdueOn__LocalDate(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.derived.SecurityDerived.overdue(this, date);"
		   });
		addAnnotation
		  (getHazard__ClosedOnlyAfterRectification__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.closedOnlyAfterRectification(this, diagnostics, context);"
		   });
		addAnnotation
		  (getSafetyActivity_Quarter(),
		   source,
		   new String[]
		   {
			   "get", "return getDate() == null ? 0 : (getDate().getMonthValue() - 1) / 3 + 1;"
		   });
		addAnnotation
		  (getCheckResult__FailureExplained__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.SecurityConstraints.failureExplained(this, diagnostics, context);"
		   });
	}

} //SecurityPackageImpl
