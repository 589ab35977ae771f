/**
 */
package org.garrison.model.mobilization.impl;

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

import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.CadreStage;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.Evaluation;
import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.IntegrityComplaint;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.OrganizationTask;
import org.garrison.model.mobilization.PublicityEvent;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.model.mobilization.TargetDirection;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;

import org.garrison.model.mobilization.util.MobilizationValidator;

import org.garrison.model.security.SecurityPackage;

import org.garrison.model.security.impl.SecurityPackageImpl;

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
public class MobilizationPackageImpl extends EPackageImpl implements MobilizationPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mobilizationLedgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass militiaUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass militiaMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass musterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rollCallEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armedCadreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cadreMeetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardizationItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conscriptionCampaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recruitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass publicityEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrityComplaintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conscriptionIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum militiaCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inspectionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cadreStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recruitStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recruitEducationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recruitMeasureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetDirectionEEnum = null;

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
	 * @see org.garrison.model.mobilization.MobilizationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MobilizationPackageImpl()
	{
		super(eNS_URI, MobilizationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link MobilizationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MobilizationPackage init()
	{
		if (isInited) return (MobilizationPackage)EPackage.Registry.INSTANCE.getEPackage(MobilizationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMobilizationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MobilizationPackageImpl theMobilizationPackage = registeredMobilizationPackage instanceof MobilizationPackageImpl ? (MobilizationPackageImpl)registeredMobilizationPackage : new MobilizationPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);
		StudyPackageImpl theStudyPackage = (StudyPackageImpl)(registeredPackage instanceof StudyPackageImpl ? registeredPackage : StudyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);
		TrainingPackageImpl theTrainingPackage = (TrainingPackageImpl)(registeredPackage instanceof TrainingPackageImpl ? registeredPackage : TrainingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SecurityPackage.eNS_URI);
		SecurityPackageImpl theSecurityPackage = (SecurityPackageImpl)(registeredPackage instanceof SecurityPackageImpl ? registeredPackage : SecurityPackage.eINSTANCE);

		// Create package meta-data objects
		theMobilizationPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theStudyPackage.createPackageContents();
		theTrainingPackage.createPackageContents();
		theSecurityPackage.createPackageContents();

		// Initialize created meta-data
		theMobilizationPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theStudyPackage.initializePackageContents();
		theTrainingPackage.initializePackageContents();
		theSecurityPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theMobilizationPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return MobilizationValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theMobilizationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MobilizationPackage.eNS_URI, theMobilizationPackage);
		return theMobilizationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMobilizationLedger()
	{
		return mobilizationLedgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_District()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Units()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_OrganizationTasks()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Musters()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Cadres()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_StandardizationItems()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Evaluations()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Campaigns()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMobilizationLedger_Indicators()
	{
		return (EReference)mobilizationLedgerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMilitiaUnit()
	{
		return militiaUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_Name()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_Type()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_Role()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaUnit_OrgUnit()
	{
		return (EReference)militiaUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_Specialty()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaUnit_Commander()
	{
		return (EReference)militiaUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaUnit_SubUnits()
	{
		return (EReference)militiaUnitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaUnit_ParentUnit()
	{
		return (EReference)militiaUnitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaUnit_Members()
	{
		return (EReference)militiaUnitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_MemberCount()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaUnit_CoreMemberCount()
	{
		return (EAttribute)militiaUnitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMilitiaMember()
	{
		return militiaMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaMember_Person()
	{
		return (EReference)militiaMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilitiaMember_Unit()
	{
		return (EReference)militiaMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Category()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_JoinDate()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_LeaveDate()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Position()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Cadre()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_FullTime()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Specialty()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_MilitarySpecialty()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Veteran()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_VeteranBranch()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_VeteranRank()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_VeteranSpecialty()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilitiaMember_Trained()
	{
		return (EAttribute)militiaMemberEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMilitiaMember__ActiveOn__LocalDate()
	{
		return militiaMemberEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMilitiaMember__AgeWithinLimits__DiagnosticChain_Map()
	{
		return militiaMemberEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMilitiaMember__LeaveAfterJoin__DiagnosticChain_Map()
	{
		return militiaMemberEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganizationTask()
	{
		return organizationTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganizationTask_Year()
	{
		return (EAttribute)organizationTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganizationTask_OrgUnit()
	{
		return (EReference)organizationTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganizationTask_Target()
	{
		return (EAttribute)organizationTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganizationTask_Completed()
	{
		return (EAttribute)organizationTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOrganizationTask__CountsNotNegative__DiagnosticChain_Map()
	{
		return organizationTaskEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOrganizationTask__CompletedMatchesRoster__DiagnosticChain_Map()
	{
		return organizationTaskEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMuster()
	{
		return musterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Date()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Level()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMuster_Units()
	{
		return (EReference)musterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Expected()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Present()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Findings()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMuster_RollCall()
	{
		return (EReference)musterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_Absent()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMuster_AttendanceRate()
	{
		return (EAttribute)musterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMuster__CountsConsistent__DiagnosticChain_Map()
	{
		return musterEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMuster__RollCallEligible__DiagnosticChain_Map()
	{
		return musterEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRollCallEntry()
	{
		return rollCallEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRollCallEntry_Member()
	{
		return (EReference)rollCallEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRollCallEntry_Present()
	{
		return (EAttribute)rollCallEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRollCallEntry_Reason()
	{
		return (EAttribute)rollCallEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArmedCadre()
	{
		return armedCadreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArmedCadre_Person()
	{
		return (EReference)armedCadreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArmedCadre_OrgUnit()
	{
		return (EReference)armedCadreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_Stage()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_NominatedOn()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_AppointedOn()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_DutyFiledOn()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_LeftOn()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArmedCadre_Meetings()
	{
		return (EReference)armedCadreEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmedCadre_MeetingAttendanceRate()
	{
		return (EAttribute)armedCadreEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getArmedCadre__StageDatesInOrder__DiagnosticChain_Map()
	{
		return armedCadreEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getArmedCadre__MeetingsAfterAppointment__DiagnosticChain_Map()
	{
		return armedCadreEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCadreMeeting()
	{
		return cadreMeetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCadreMeeting_Month()
	{
		return (EAttribute)cadreMeetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCadreMeeting_Attended()
	{
		return (EAttribute)cadreMeetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardizationItem()
	{
		return standardizationItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardizationItem_OrgUnit()
	{
		return (EReference)standardizationItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardizationItem_Title()
	{
		return (EAttribute)standardizationItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardizationItem_Status()
	{
		return (EAttribute)standardizationItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardizationItem_Deadline()
	{
		return (EAttribute)standardizationItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardizationItem_ClearedOn()
	{
		return (EAttribute)standardizationItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardizationItem_Notes()
	{
		return (EAttribute)standardizationItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStandardizationItem__MetHasClearedDate__DiagnosticChain_Map()
	{
		return standardizationItemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation()
	{
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Date()
	{
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Inspector()
	{
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_OrgUnit()
	{
		return (EReference)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Grade()
	{
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Notes()
	{
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConscriptionCampaign()
	{
		return conscriptionCampaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionCampaign_Year()
	{
		return (EAttribute)conscriptionCampaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionCampaign_Quota()
	{
		return (EAttribute)conscriptionCampaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionCampaign_MenTurningEighteen()
	{
		return (EAttribute)conscriptionCampaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionCampaign_CityRanking()
	{
		return (EAttribute)conscriptionCampaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConscriptionCampaign_Recruits()
	{
		return (EReference)conscriptionCampaignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConscriptionCampaign_PublicityEvents()
	{
		return (EReference)conscriptionCampaignEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConscriptionCampaign_Complaints()
	{
		return (EReference)conscriptionCampaignEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionCampaign_Benefits()
	{
		return (EAttribute)conscriptionCampaignEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConscriptionCampaign__Count__RecruitMeasure()
	{
		return conscriptionCampaignEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConscriptionCampaign__CountsNotNegative__DiagnosticChain_Map()
	{
		return conscriptionCampaignEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecruit()
	{
		return recruitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecruit_Person()
	{
		return (EReference)recruitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Education()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Stage()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_RegisteredOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_PreliminaryCheckOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_PhysicalExamOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_PhysicalPassed()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_PoliticalReviewOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_PoliticalPassed()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_SelectedOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_EnlistedOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_ReturnedOn()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_ReturnReason()
	{
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRecruit__StagesInOrder__DiagnosticChain_Map()
	{
		return recruitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRecruit__EducationConsistent__DiagnosticChain_Map()
	{
		return recruitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPublicityEvent()
	{
		return publicityEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityEvent_Date()
	{
		return (EAttribute)publicityEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityEvent_Place()
	{
		return (EAttribute)publicityEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityEvent_Audience()
	{
		return (EAttribute)publicityEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegrityComplaint()
	{
		return integrityComplaintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityComplaint_Date()
	{
		return (EAttribute)integrityComplaintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityComplaint_Summary()
	{
		return (EAttribute)integrityComplaintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityComplaint_Resolved()
	{
		return (EAttribute)integrityComplaintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConscriptionIndicator()
	{
		return conscriptionIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_Name()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_NameEn()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_Numerator()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_Denominator()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_Target()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConscriptionIndicator_Direction()
	{
		return (EAttribute)conscriptionIndicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConscriptionIndicator__ValueFor__ConscriptionCampaign()
	{
		return conscriptionIndicatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConscriptionIndicator__MetBy__ConscriptionCampaign()
	{
		return conscriptionIndicatorEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnitType()
	{
		return unitTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnitRole()
	{
		return unitRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMilitiaCategory()
	{
		return militiaCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInspectionLevel()
	{
		return inspectionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCadreStage()
	{
		return cadreStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemStatus()
	{
		return itemStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecruitStage()
	{
		return recruitStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecruitEducation()
	{
		return recruitEducationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecruitMeasure()
	{
		return recruitMeasureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetDirection()
	{
		return targetDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MobilizationFactory getMobilizationFactory()
	{
		return (MobilizationFactory)getEFactoryInstance();
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
		mobilizationLedgerEClass = createEClass(MOBILIZATION_LEDGER);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__DISTRICT);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__UNITS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__ORGANIZATION_TASKS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__MUSTERS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__CADRES);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__EVALUATIONS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__CAMPAIGNS);
		createEReference(mobilizationLedgerEClass, MOBILIZATION_LEDGER__INDICATORS);

		militiaUnitEClass = createEClass(MILITIA_UNIT);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__NAME);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__TYPE);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__ROLE);
		createEReference(militiaUnitEClass, MILITIA_UNIT__ORG_UNIT);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__SPECIALTY);
		createEReference(militiaUnitEClass, MILITIA_UNIT__COMMANDER);
		createEReference(militiaUnitEClass, MILITIA_UNIT__SUB_UNITS);
		createEReference(militiaUnitEClass, MILITIA_UNIT__PARENT_UNIT);
		createEReference(militiaUnitEClass, MILITIA_UNIT__MEMBERS);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__MEMBER_COUNT);
		createEAttribute(militiaUnitEClass, MILITIA_UNIT__CORE_MEMBER_COUNT);

		militiaMemberEClass = createEClass(MILITIA_MEMBER);
		createEReference(militiaMemberEClass, MILITIA_MEMBER__PERSON);
		createEReference(militiaMemberEClass, MILITIA_MEMBER__UNIT);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__CATEGORY);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__JOIN_DATE);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__LEAVE_DATE);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__POSITION);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__CADRE);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__FULL_TIME);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__SPECIALTY);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__MILITARY_SPECIALTY);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__VETERAN);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__VETERAN_BRANCH);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__VETERAN_RANK);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__VETERAN_SPECIALTY);
		createEAttribute(militiaMemberEClass, MILITIA_MEMBER__TRAINED);
		createEOperation(militiaMemberEClass, MILITIA_MEMBER___ACTIVE_ON__LOCALDATE);
		createEOperation(militiaMemberEClass, MILITIA_MEMBER___AGE_WITHIN_LIMITS__DIAGNOSTICCHAIN_MAP);
		createEOperation(militiaMemberEClass, MILITIA_MEMBER___LEAVE_AFTER_JOIN__DIAGNOSTICCHAIN_MAP);

		organizationTaskEClass = createEClass(ORGANIZATION_TASK);
		createEAttribute(organizationTaskEClass, ORGANIZATION_TASK__YEAR);
		createEReference(organizationTaskEClass, ORGANIZATION_TASK__ORG_UNIT);
		createEAttribute(organizationTaskEClass, ORGANIZATION_TASK__TARGET);
		createEAttribute(organizationTaskEClass, ORGANIZATION_TASK__COMPLETED);
		createEOperation(organizationTaskEClass, ORGANIZATION_TASK___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(organizationTaskEClass, ORGANIZATION_TASK___COMPLETED_MATCHES_ROSTER__DIAGNOSTICCHAIN_MAP);

		musterEClass = createEClass(MUSTER);
		createEAttribute(musterEClass, MUSTER__DATE);
		createEAttribute(musterEClass, MUSTER__LEVEL);
		createEReference(musterEClass, MUSTER__UNITS);
		createEAttribute(musterEClass, MUSTER__EXPECTED);
		createEAttribute(musterEClass, MUSTER__PRESENT);
		createEAttribute(musterEClass, MUSTER__FINDINGS);
		createEReference(musterEClass, MUSTER__ROLL_CALL);
		createEAttribute(musterEClass, MUSTER__ABSENT);
		createEAttribute(musterEClass, MUSTER__ATTENDANCE_RATE);
		createEOperation(musterEClass, MUSTER___COUNTS_CONSISTENT__DIAGNOSTICCHAIN_MAP);
		createEOperation(musterEClass, MUSTER___ROLL_CALL_ELIGIBLE__DIAGNOSTICCHAIN_MAP);

		rollCallEntryEClass = createEClass(ROLL_CALL_ENTRY);
		createEReference(rollCallEntryEClass, ROLL_CALL_ENTRY__MEMBER);
		createEAttribute(rollCallEntryEClass, ROLL_CALL_ENTRY__PRESENT);
		createEAttribute(rollCallEntryEClass, ROLL_CALL_ENTRY__REASON);

		armedCadreEClass = createEClass(ARMED_CADRE);
		createEReference(armedCadreEClass, ARMED_CADRE__PERSON);
		createEReference(armedCadreEClass, ARMED_CADRE__ORG_UNIT);
		createEAttribute(armedCadreEClass, ARMED_CADRE__STAGE);
		createEAttribute(armedCadreEClass, ARMED_CADRE__NOMINATED_ON);
		createEAttribute(armedCadreEClass, ARMED_CADRE__APPOINTED_ON);
		createEAttribute(armedCadreEClass, ARMED_CADRE__DUTY_FILED_ON);
		createEAttribute(armedCadreEClass, ARMED_CADRE__LEFT_ON);
		createEReference(armedCadreEClass, ARMED_CADRE__MEETINGS);
		createEAttribute(armedCadreEClass, ARMED_CADRE__MEETING_ATTENDANCE_RATE);
		createEOperation(armedCadreEClass, ARMED_CADRE___STAGE_DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP);
		createEOperation(armedCadreEClass, ARMED_CADRE___MEETINGS_AFTER_APPOINTMENT__DIAGNOSTICCHAIN_MAP);

		cadreMeetingEClass = createEClass(CADRE_MEETING);
		createEAttribute(cadreMeetingEClass, CADRE_MEETING__MONTH);
		createEAttribute(cadreMeetingEClass, CADRE_MEETING__ATTENDED);

		standardizationItemEClass = createEClass(STANDARDIZATION_ITEM);
		createEReference(standardizationItemEClass, STANDARDIZATION_ITEM__ORG_UNIT);
		createEAttribute(standardizationItemEClass, STANDARDIZATION_ITEM__TITLE);
		createEAttribute(standardizationItemEClass, STANDARDIZATION_ITEM__STATUS);
		createEAttribute(standardizationItemEClass, STANDARDIZATION_ITEM__DEADLINE);
		createEAttribute(standardizationItemEClass, STANDARDIZATION_ITEM__CLEARED_ON);
		createEAttribute(standardizationItemEClass, STANDARDIZATION_ITEM__NOTES);
		createEOperation(standardizationItemEClass, STANDARDIZATION_ITEM___MET_HAS_CLEARED_DATE__DIAGNOSTICCHAIN_MAP);

		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__DATE);
		createEAttribute(evaluationEClass, EVALUATION__INSPECTOR);
		createEReference(evaluationEClass, EVALUATION__ORG_UNIT);
		createEAttribute(evaluationEClass, EVALUATION__GRADE);
		createEAttribute(evaluationEClass, EVALUATION__NOTES);

		conscriptionCampaignEClass = createEClass(CONSCRIPTION_CAMPAIGN);
		createEAttribute(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__YEAR);
		createEAttribute(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__QUOTA);
		createEAttribute(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN);
		createEAttribute(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__CITY_RANKING);
		createEReference(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__RECRUITS);
		createEReference(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS);
		createEReference(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__COMPLAINTS);
		createEAttribute(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN__BENEFITS);
		createEOperation(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN___COUNT__RECRUITMEASURE);
		createEOperation(conscriptionCampaignEClass, CONSCRIPTION_CAMPAIGN___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		recruitEClass = createEClass(RECRUIT);
		createEReference(recruitEClass, RECRUIT__PERSON);
		createEAttribute(recruitEClass, RECRUIT__EDUCATION);
		createEAttribute(recruitEClass, RECRUIT__STAGE);
		createEAttribute(recruitEClass, RECRUIT__REGISTERED_ON);
		createEAttribute(recruitEClass, RECRUIT__PRELIMINARY_CHECK_ON);
		createEAttribute(recruitEClass, RECRUIT__PHYSICAL_EXAM_ON);
		createEAttribute(recruitEClass, RECRUIT__PHYSICAL_PASSED);
		createEAttribute(recruitEClass, RECRUIT__POLITICAL_REVIEW_ON);
		createEAttribute(recruitEClass, RECRUIT__POLITICAL_PASSED);
		createEAttribute(recruitEClass, RECRUIT__SELECTED_ON);
		createEAttribute(recruitEClass, RECRUIT__ENLISTED_ON);
		createEAttribute(recruitEClass, RECRUIT__RETURNED_ON);
		createEAttribute(recruitEClass, RECRUIT__RETURN_REASON);
		createEOperation(recruitEClass, RECRUIT___STAGES_IN_ORDER__DIAGNOSTICCHAIN_MAP);
		createEOperation(recruitEClass, RECRUIT___EDUCATION_CONSISTENT__DIAGNOSTICCHAIN_MAP);

		publicityEventEClass = createEClass(PUBLICITY_EVENT);
		createEAttribute(publicityEventEClass, PUBLICITY_EVENT__DATE);
		createEAttribute(publicityEventEClass, PUBLICITY_EVENT__PLACE);
		createEAttribute(publicityEventEClass, PUBLICITY_EVENT__AUDIENCE);

		integrityComplaintEClass = createEClass(INTEGRITY_COMPLAINT);
		createEAttribute(integrityComplaintEClass, INTEGRITY_COMPLAINT__DATE);
		createEAttribute(integrityComplaintEClass, INTEGRITY_COMPLAINT__SUMMARY);
		createEAttribute(integrityComplaintEClass, INTEGRITY_COMPLAINT__RESOLVED);

		conscriptionIndicatorEClass = createEClass(CONSCRIPTION_INDICATOR);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__NAME);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__NAME_EN);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__NUMERATOR);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__DENOMINATOR);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__TARGET);
		createEAttribute(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR__DIRECTION);
		createEOperation(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR___VALUE_FOR__CONSCRIPTIONCAMPAIGN);
		createEOperation(conscriptionIndicatorEClass, CONSCRIPTION_INDICATOR___MET_BY__CONSCRIPTIONCAMPAIGN);

		// Create enums
		unitTypeEEnum = createEEnum(UNIT_TYPE);
		unitRoleEEnum = createEEnum(UNIT_ROLE);
		militiaCategoryEEnum = createEEnum(MILITIA_CATEGORY);
		inspectionLevelEEnum = createEEnum(INSPECTION_LEVEL);
		cadreStageEEnum = createEEnum(CADRE_STAGE);
		itemStatusEEnum = createEEnum(ITEM_STATUS);
		recruitStageEEnum = createEEnum(RECRUIT_STAGE);
		recruitEducationEEnum = createEEnum(RECRUIT_EDUCATION);
		recruitMeasureEEnum = createEEnum(RECRUIT_MEASURE);
		targetDirectionEEnum = createEEnum(TARGET_DIRECTION);
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
		militiaUnitEClass.getESuperTypes().add(theCorePackage.getRecord());
		militiaMemberEClass.getESuperTypes().add(theCorePackage.getRecord());
		organizationTaskEClass.getESuperTypes().add(theCorePackage.getRecord());
		musterEClass.getESuperTypes().add(theCorePackage.getRecord());
		armedCadreEClass.getESuperTypes().add(theCorePackage.getRecord());
		standardizationItemEClass.getESuperTypes().add(theCorePackage.getRecord());
		evaluationEClass.getESuperTypes().add(theCorePackage.getRecord());
		conscriptionCampaignEClass.getESuperTypes().add(theCorePackage.getRecord());
		recruitEClass.getESuperTypes().add(theCorePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(mobilizationLedgerEClass, MobilizationLedger.class, "MobilizationLedger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMobilizationLedger_District(), theCorePackage.getDistrict(), null, "district", null, 1, 1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Units(), this.getMilitiaUnit(), null, "units", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_OrganizationTasks(), this.getOrganizationTask(), null, "organizationTasks", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Musters(), this.getMuster(), null, "musters", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Cadres(), this.getArmedCadre(), null, "cadres", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_StandardizationItems(), this.getStandardizationItem(), null, "standardizationItems", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Evaluations(), this.getEvaluation(), null, "evaluations", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Campaigns(), this.getConscriptionCampaign(), null, "campaigns", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMobilizationLedger_Indicators(), this.getConscriptionIndicator(), null, "indicators", null, 0, -1, MobilizationLedger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(militiaUnitEClass, MilitiaUnit.class, "MilitiaUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMilitiaUnit_Name(), ecorePackage.getEString(), "name", null, 1, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaUnit_Type(), this.getUnitType(), "type", null, 1, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaUnit_Role(), this.getUnitRole(), "role", null, 1, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaUnit_OrgUnit(), theCorePackage.getOrgUnit(), null, "orgUnit", null, 1, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaUnit_Specialty(), ecorePackage.getEString(), "specialty", null, 0, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaUnit_Commander(), this.getMilitiaMember(), null, "commander", null, 0, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaUnit_SubUnits(), this.getMilitiaUnit(), this.getMilitiaUnit_ParentUnit(), "subUnits", null, 0, -1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaUnit_ParentUnit(), this.getMilitiaUnit(), this.getMilitiaUnit_SubUnits(), "parentUnit", null, 0, 1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaUnit_Members(), this.getMilitiaMember(), this.getMilitiaMember_Unit(), "members", null, 0, -1, MilitiaUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaUnit_MemberCount(), ecorePackage.getEInt(), "memberCount", null, 0, 1, MilitiaUnit.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaUnit_CoreMemberCount(), ecorePackage.getEInt(), "coreMemberCount", null, 0, 1, MilitiaUnit.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(militiaMemberEClass, MilitiaMember.class, "MilitiaMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMilitiaMember_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilitiaMember_Unit(), this.getMilitiaUnit(), this.getMilitiaUnit_Members(), "unit", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Category(), this.getMilitiaCategory(), "category", null, 1, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_JoinDate(), theCorePackage.getLocalDate(), "joinDate", null, 1, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_LeaveDate(), theCorePackage.getLocalDate(), "leaveDate", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Position(), ecorePackage.getEString(), "position", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Cadre(), ecorePackage.getEBoolean(), "cadre", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_FullTime(), ecorePackage.getEBoolean(), "fullTime", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Specialty(), ecorePackage.getEString(), "specialty", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_MilitarySpecialty(), ecorePackage.getEString(), "militarySpecialty", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Veteran(), ecorePackage.getEBoolean(), "veteran", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_VeteranBranch(), ecorePackage.getEString(), "veteranBranch", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_VeteranRank(), ecorePackage.getEString(), "veteranRank", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_VeteranSpecialty(), ecorePackage.getEString(), "veteranSpecialty", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilitiaMember_Trained(), ecorePackage.getEBoolean(), "trained", null, 0, 1, MilitiaMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getMilitiaMember__ActiveOn__LocalDate(), ecorePackage.getEBoolean(), "activeOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, theCorePackage.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMilitiaMember__AgeWithinLimits__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "ageWithinLimits", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMilitiaMember__LeaveAfterJoin__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "leaveAfterJoin", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(organizationTaskEClass, OrganizationTask.class, "OrganizationTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganizationTask_Year(), ecorePackage.getEInt(), "year", null, 1, 1, OrganizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganizationTask_OrgUnit(), theCorePackage.getOrgUnit(), null, "orgUnit", null, 0, 1, OrganizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganizationTask_Target(), ecorePackage.getEInt(), "target", null, 0, 1, OrganizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganizationTask_Completed(), ecorePackage.getEInt(), "completed", null, 0, 1, OrganizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getOrganizationTask__CountsNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "countsNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOrganizationTask__CompletedMatchesRoster__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "completedMatchesRoster", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(musterEClass, Muster.class, "Muster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMuster_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_Level(), this.getInspectionLevel(), "level", null, 1, 1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMuster_Units(), this.getMilitiaUnit(), null, "units", null, 0, -1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_Expected(), ecorePackage.getEInt(), "expected", null, 0, 1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_Present(), ecorePackage.getEInt(), "present", null, 0, 1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMuster_RollCall(), this.getRollCallEntry(), null, "rollCall", null, 0, -1, Muster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_Absent(), ecorePackage.getEInt(), "absent", null, 0, 1, Muster.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getMuster_AttendanceRate(), ecorePackage.getEDouble(), "attendanceRate", null, 0, 1, Muster.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMuster__CountsConsistent__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "countsConsistent", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMuster__RollCallEligible__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "rollCallEligible", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(rollCallEntryEClass, RollCallEntry.class, "RollCallEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRollCallEntry_Member(), this.getMilitiaMember(), null, "member", null, 1, 1, RollCallEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRollCallEntry_Present(), ecorePackage.getEBoolean(), "present", null, 0, 1, RollCallEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRollCallEntry_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, RollCallEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armedCadreEClass, ArmedCadre.class, "ArmedCadre", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArmedCadre_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArmedCadre_OrgUnit(), theCorePackage.getOrgUnit(), null, "orgUnit", null, 1, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_Stage(), this.getCadreStage(), "stage", null, 1, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_NominatedOn(), theCorePackage.getLocalDate(), "nominatedOn", null, 0, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_AppointedOn(), theCorePackage.getLocalDate(), "appointedOn", null, 0, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_DutyFiledOn(), theCorePackage.getLocalDate(), "dutyFiledOn", null, 0, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_LeftOn(), theCorePackage.getLocalDate(), "leftOn", null, 0, 1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArmedCadre_Meetings(), this.getCadreMeeting(), null, "meetings", null, 0, -1, ArmedCadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmedCadre_MeetingAttendanceRate(), ecorePackage.getEDouble(), "meetingAttendanceRate", null, 0, 1, ArmedCadre.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getArmedCadre__StageDatesInOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "stageDatesInOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getArmedCadre__MeetingsAfterAppointment__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "meetingsAfterAppointment", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(cadreMeetingEClass, CadreMeeting.class, "CadreMeeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCadreMeeting_Month(), theCorePackage.getLocalDate(), "month", null, 1, 1, CadreMeeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCadreMeeting_Attended(), ecorePackage.getEBoolean(), "attended", null, 0, 1, CadreMeeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardizationItemEClass, StandardizationItem.class, "StandardizationItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandardizationItem_OrgUnit(), theCorePackage.getOrgUnit(), null, "orgUnit", null, 1, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardizationItem_Title(), ecorePackage.getEString(), "title", null, 1, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardizationItem_Status(), this.getItemStatus(), "status", null, 1, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardizationItem_Deadline(), theCorePackage.getLocalDate(), "deadline", null, 0, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardizationItem_ClearedOn(), theCorePackage.getLocalDate(), "clearedOn", null, 0, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardizationItem_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, StandardizationItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getStandardizationItem__MetHasClearedDate__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "metHasClearedDate", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluation_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Inspector(), ecorePackage.getEString(), "inspector", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_OrgUnit(), theCorePackage.getOrgUnit(), null, "orgUnit", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Grade(), theCorePackage.getGrade(), "grade", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conscriptionCampaignEClass, ConscriptionCampaign.class, "ConscriptionCampaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConscriptionCampaign_Year(), ecorePackage.getEInt(), "year", null, 1, 1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionCampaign_Quota(), ecorePackage.getEInt(), "quota", null, 0, 1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionCampaign_MenTurningEighteen(), ecorePackage.getEInt(), "menTurningEighteen", null, 0, 1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionCampaign_CityRanking(), ecorePackage.getEInt(), "cityRanking", null, 0, 1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConscriptionCampaign_Recruits(), this.getRecruit(), null, "recruits", null, 0, -1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConscriptionCampaign_PublicityEvents(), this.getPublicityEvent(), null, "publicityEvents", null, 0, -1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConscriptionCampaign_Complaints(), this.getIntegrityComplaint(), null, "complaints", null, 0, -1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionCampaign_Benefits(), ecorePackage.getEString(), "benefits", null, 0, 1, ConscriptionCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getConscriptionCampaign__Count__RecruitMeasure(), ecorePackage.getEInt(), "count", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getRecruitMeasure(), "measure", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConscriptionCampaign__CountsNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "countsNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(recruitEClass, Recruit.class, "Recruit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRecruit_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_Education(), this.getRecruitEducation(), "education", null, 1, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_Stage(), this.getRecruitStage(), "stage", null, 1, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_RegisteredOn(), theCorePackage.getLocalDate(), "registeredOn", null, 1, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_PreliminaryCheckOn(), theCorePackage.getLocalDate(), "preliminaryCheckOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_PhysicalExamOn(), theCorePackage.getLocalDate(), "physicalExamOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_PhysicalPassed(), ecorePackage.getEBoolean(), "physicalPassed", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_PoliticalReviewOn(), theCorePackage.getLocalDate(), "politicalReviewOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_PoliticalPassed(), ecorePackage.getEBoolean(), "politicalPassed", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_SelectedOn(), theCorePackage.getLocalDate(), "selectedOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_EnlistedOn(), theCorePackage.getLocalDate(), "enlistedOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_ReturnedOn(), theCorePackage.getLocalDate(), "returnedOn", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecruit_ReturnReason(), ecorePackage.getEString(), "returnReason", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRecruit__StagesInOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "stagesInOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getRecruit__EducationConsistent__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "educationConsistent", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(publicityEventEClass, PublicityEvent.class, "PublicityEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPublicityEvent_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, PublicityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublicityEvent_Place(), ecorePackage.getEString(), "place", null, 1, 1, PublicityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublicityEvent_Audience(), ecorePackage.getEInt(), "audience", null, 0, 1, PublicityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrityComplaintEClass, IntegrityComplaint.class, "IntegrityComplaint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntegrityComplaint_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, IntegrityComplaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityComplaint_Summary(), ecorePackage.getEString(), "summary", null, 1, 1, IntegrityComplaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityComplaint_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, IntegrityComplaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conscriptionIndicatorEClass, ConscriptionIndicator.class, "ConscriptionIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConscriptionIndicator_Name(), ecorePackage.getEString(), "name", null, 1, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionIndicator_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionIndicator_Numerator(), this.getRecruitMeasure(), "numerator", null, 1, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionIndicator_Denominator(), this.getRecruitMeasure(), "denominator", null, 1, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionIndicator_Target(), ecorePackage.getEDouble(), "target", null, 0, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConscriptionIndicator_Direction(), this.getTargetDirection(), "direction", null, 1, 1, ConscriptionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getConscriptionIndicator__ValueFor__ConscriptionCampaign(), ecorePackage.getEDouble(), "valueFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getConscriptionCampaign(), "campaign", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConscriptionIndicator__MetBy__ConscriptionCampaign(), ecorePackage.getEBoolean(), "metBy", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getConscriptionCampaign(), "campaign", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(unitTypeEEnum, UnitType.class, "UnitType");
		addEEnumLiteral(unitTypeEEnum, UnitType.BATTALION);
		addEEnumLiteral(unitTypeEEnum, UnitType.COMPANY);
		addEEnumLiteral(unitTypeEEnum, UnitType.PLATOON);
		addEEnumLiteral(unitTypeEEnum, UnitType.SQUAD);

		initEEnum(unitRoleEEnum, UnitRole.class, "UnitRole");
		addEEnumLiteral(unitRoleEEnum, UnitRole.ORDINARY);
		addEEnumLiteral(unitRoleEEnum, UnitRole.EMERGENCY);
		addEEnumLiteral(unitRoleEEnum, UnitRole.SPECIALIST);

		initEEnum(militiaCategoryEEnum, MilitiaCategory.class, "MilitiaCategory");
		addEEnumLiteral(militiaCategoryEEnum, MilitiaCategory.CORE);
		addEEnumLiteral(militiaCategoryEEnum, MilitiaCategory.ORDINARY);

		initEEnum(inspectionLevelEEnum, InspectionLevel.class, "InspectionLevel");
		addEEnumLiteral(inspectionLevelEEnum, InspectionLevel.DISTRICT);
		addEEnumLiteral(inspectionLevelEEnum, InspectionLevel.CITY);
		addEEnumLiteral(inspectionLevelEEnum, InspectionLevel.PROVINCE);

		initEEnum(cadreStageEEnum, CadreStage.class, "CadreStage");
		addEEnumLiteral(cadreStageEEnum, CadreStage.NOMINATION_REVIEW);
		addEEnumLiteral(cadreStageEEnum, CadreStage.APPOINTED);
		addEEnumLiteral(cadreStageEEnum, CadreStage.DUTY_FILED);
		addEEnumLiteral(cadreStageEEnum, CadreStage.LEFT);

		initEEnum(itemStatusEEnum, ItemStatus.class, "ItemStatus");
		addEEnumLiteral(itemStatusEEnum, ItemStatus.OPEN);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.RECTIFYING);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.MET);

		initEEnum(recruitStageEEnum, RecruitStage.class, "RecruitStage");
		addEEnumLiteral(recruitStageEEnum, RecruitStage.REGISTERED);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.PRELIMINARY_CHECK);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.PHYSICAL_EXAM);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.POLITICAL_REVIEW);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.SELECTED);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.ENLISTED);
		addEEnumLiteral(recruitStageEEnum, RecruitStage.RETURNED);

		initEEnum(recruitEducationEEnum, RecruitEducation.class, "RecruitEducation");
		addEEnumLiteral(recruitEducationEEnum, RecruitEducation.IN_COLLEGE);
		addEEnumLiteral(recruitEducationEEnum, RecruitEducation.COLLEGE_GRADUATE);
		addEEnumLiteral(recruitEducationEEnum, RecruitEducation.SENIOR_HIGH);
		addEEnumLiteral(recruitEducationEEnum, RecruitEducation.OTHER);

		initEEnum(recruitMeasureEEnum, RecruitMeasure.class, "RecruitMeasure");
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.REGISTERED);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.MEN_TURNING_EIGHTEEN);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.SENT_TO_PHYSICAL_EXAM);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.QUOTA);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.PASSED_PHYSICAL_AND_POLITICAL);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.COLLEGE);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.ENLISTED);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.RETURNED);
		addEEnumLiteral(recruitMeasureEEnum, RecruitMeasure.REGISTERED_TURNING_EIGHTEEN);

		initEEnum(targetDirectionEEnum, TargetDirection.class, "TargetDirection");
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.AT_LEAST);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.AT_MOST);

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
			   "documentation", "National-defence mobilization (\u56fd\u9632\u52a8\u5458): militia organization, musters, armed cadres, standardization, conscription."
		   });
		addAnnotation
		  (getMilitiaUnit_MemberCount(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, null);"
		   });
		addAnnotation
		  (getMilitiaUnit_CoreMemberCount(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, org.garrison.model.mobilization.MilitiaCategory.CORE);"
		   });
		addAnnotation
		  (getMilitiaMember__ActiveOn__LocalDate(),
		   source,
		   new String[]
		   {
			   "body", "return !getJoinDate().isAfter(date) && (getLeaveDate() == null || getLeaveDate().isAfter(date));"
		   });
		addAnnotation
		  (getMilitiaMember__AgeWithinLimits__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.ageWithinLimits(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMilitiaMember__LeaveAfterJoin__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.leaveAfterJoin(this, diagnostics, context);"
		   });
		addAnnotation
		  (getOrganizationTask__CountsNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getOrganizationTask__CompletedMatchesRoster__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.completedMatchesRoster(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMuster__CountsConsistent__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.countsConsistent(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMuster__RollCallEligible__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.rollCallEligible(this, diagnostics, context);"
		   });
		addAnnotation
		  (getMuster_Absent(),
		   source,
		   new String[]
		   {
			   "get", "return Math.max(0, getExpected() - getPresent());"
		   });
		addAnnotation
		  (getMuster_AttendanceRate(),
		   source,
		   new String[]
		   {
			   "get", "return getExpected() == 0 ? 0.0 : (double) getPresent() / getExpected();"
		   });
		addAnnotation
		  (getArmedCadre__StageDatesInOrder__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.stageDatesInOrder(this, diagnostics, context);"
		   });
		addAnnotation
		  (getArmedCadre__MeetingsAfterAppointment__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.meetingsAfterAppointment(this, diagnostics, context);"
		   });
		addAnnotation
		  (getArmedCadre_MeetingAttendanceRate(),
		   source,
		   new String[]
		   {
			   "get", "return org.garrison.internal.model.derived.MobilizationDerived.meetingAttendanceRate(this);"
		   });
		addAnnotation
		  (getStandardizationItem__MetHasClearedDate__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.metHasClearedDate(this, diagnostics, context);"
		   });
		addAnnotation
		  (getConscriptionCampaign__Count__RecruitMeasure(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.derived.ConscriptionDerived.count(this, measure);"
		   });
		addAnnotation
		  (getConscriptionCampaign__CountsNotNegative__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);"
		   });
		addAnnotation
		  (getRecruit__StagesInOrder__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.stagesInOrder(this, diagnostics, context);"
		   });
		addAnnotation
		  (getRecruit__EducationConsistent__DiagnosticChain_Map(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.validation.MobilizationConstraints.educationConsistent(this, diagnostics, context);"
		   });
		addAnnotation
		  (conscriptionIndicatorEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One of the conscription rates (\u4e94\u7387): numerator \u00f7 denominator against a target, as the province\'s rules set it."
		   });
		addAnnotation
		  (getConscriptionIndicator__ValueFor__ConscriptionCampaign(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.derived.ConscriptionDerived.value(this, campaign);"
		   });
		addAnnotation
		  (getConscriptionIndicator__MetBy__ConscriptionCampaign(),
		   source,
		   new String[]
		   {
			   "body", "return org.garrison.internal.model.derived.ConscriptionDerived.met(this, campaign);"
		   });
	}

} //MobilizationPackageImpl
