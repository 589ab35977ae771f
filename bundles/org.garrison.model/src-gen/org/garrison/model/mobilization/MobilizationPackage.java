/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.garrison.model.core.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * National-defence mobilization (国防动员): militia organization, musters, armed cadres, standardization, conscription.
 * <!-- end-model-doc -->
 * @see org.garrison.model.mobilization.MobilizationFactory
 * @model kind="package"
 * @generated
 */
public interface MobilizationPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "mobilization";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://garrison.org/model/mobilization/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mobilization";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MobilizationPackage eINSTANCE = org.garrison.model.mobilization.impl.MobilizationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.MobilizationLedgerImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMobilizationLedger()
	 * @generated
	 */
	int MOBILIZATION_LEDGER = 0;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__DISTRICT = 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__UNITS = 1;

	/**
	 * The feature id for the '<em><b>Organization Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__ORGANIZATION_TASKS = 2;

	/**
	 * The feature id for the '<em><b>Musters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__MUSTERS = 3;

	/**
	 * The feature id for the '<em><b>Cadres</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__CADRES = 4;

	/**
	 * The feature id for the '<em><b>Standardization Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS = 5;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__EVALUATIONS = 6;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__CAMPAIGNS = 7;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER__INDICATORS = 8;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILIZATION_LEDGER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl <em>Militia Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.MilitiaUnitImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaUnit()
	 * @generated
	 */
	int MILITIA_UNIT = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__TYPE = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__ROLE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__ORG_UNIT = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__SPECIALTY = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Commander</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__COMMANDER = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sub Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__SUB_UNITS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Parent Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__PARENT_UNIT = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__MEMBERS = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__MEMBER_COUNT = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Core Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT__CORE_MEMBER_COUNT = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Militia Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Militia Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_UNIT_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl <em>Militia Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.MilitiaMemberImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaMember()
	 * @generated
	 */
	int MILITIA_MEMBER = 2;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__PERSON = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__UNIT = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CATEGORY = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Join Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__JOIN_DATE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Leave Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__LEAVE_DATE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__POSITION = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cadre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__CADRE = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Full Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__FULL_TIME = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__SPECIALTY = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Military Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__MILITARY_SPECIALTY = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Veteran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__VETERAN = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Veteran Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__VETERAN_BRANCH = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Veteran Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__VETERAN_RANK = CorePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Veteran Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__VETERAN_SPECIALTY = CorePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Trained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER__TRAINED = CorePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Militia Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Active On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER___ACTIVE_ON__LOCALDATE = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Age Within Limits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER___AGE_WITHIN_LIMITS__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Leave After Join</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER___LEAVE_AFTER_JOIN__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Militia Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILITIA_MEMBER_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl <em>Organization Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.OrganizationTaskImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getOrganizationTask()
	 * @generated
	 */
	int ORGANIZATION_TASK = 3;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__YEAR = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__ORG_UNIT = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__TARGET = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK__COMPLETED = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organization Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Counts Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Completed Matches Roster</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK___COMPLETED_MATCHES_ROSTER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Organization Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_TASK_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.MusterImpl <em>Muster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.MusterImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMuster()
	 * @generated
	 */
	int MUSTER = 4;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__LEVEL = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__UNITS = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__EXPECTED = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__PRESENT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__FINDINGS = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Roll Call</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__ROLL_CALL = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Absent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__ABSENT = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attendance Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER__ATTENDANCE_RATE = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Muster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Counts Consistent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER___COUNTS_CONSISTENT__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Roll Call Eligible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER___ROLL_CALL_ELIGIBLE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Muster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUSTER_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.RollCallEntryImpl <em>Roll Call Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.RollCallEntryImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRollCallEntry()
	 * @generated
	 */
	int ROLL_CALL_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLL_CALL_ENTRY__MEMBER = 0;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLL_CALL_ENTRY__PRESENT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLL_CALL_ENTRY__REASON = 2;

	/**
	 * The number of structural features of the '<em>Roll Call Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLL_CALL_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Roll Call Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLL_CALL_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.ArmedCadreImpl <em>Armed Cadre</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.ArmedCadreImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getArmedCadre()
	 * @generated
	 */
	int ARMED_CADRE = 6;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__PERSON = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__ORG_UNIT = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__STAGE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Nominated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__NOMINATED_ON = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Appointed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__APPOINTED_ON = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Duty Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__DUTY_FILED_ON = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Left On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__LEFT_ON = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__MEETINGS = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Meeting Attendance Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE__MEETING_ATTENDANCE_RATE = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Armed Cadre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Stage Dates In Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE___STAGE_DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Meetings After Appointment</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE___MEETINGS_AFTER_APPOINTMENT__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Armed Cadre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARMED_CADRE_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.CadreMeetingImpl <em>Cadre Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.CadreMeetingImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getCadreMeeting()
	 * @generated
	 */
	int CADRE_MEETING = 7;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_MEETING__MONTH = 0;

	/**
	 * The feature id for the '<em><b>Attended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_MEETING__ATTENDED = 1;

	/**
	 * The number of structural features of the '<em>Cadre Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_MEETING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Cadre Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_MEETING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.StandardizationItemImpl <em>Standardization Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.StandardizationItemImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getStandardizationItem()
	 * @generated
	 */
	int STANDARDIZATION_ITEM = 8;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__ORG_UNIT = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__TITLE = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__STATUS = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__DEADLINE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cleared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__CLEARED_ON = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM__NOTES = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Standardization Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Met Has Cleared Date</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM___MET_HAS_CLEARED_DATE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Standardization Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDIZATION_ITEM_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.EvaluationImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 9;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inspector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__INSPECTOR = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ORG_UNIT = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__GRADE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__NOTES = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl <em>Conscription Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.ConscriptionCampaignImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getConscriptionCampaign()
	 * @generated
	 */
	int CONSCRIPTION_CAMPAIGN = 10;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__YEAR = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quota</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__QUOTA = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Men Turning Eighteen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>City Ranking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__CITY_RANKING = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recruits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__RECRUITS = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Publicity Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Complaints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__COMPLAINTS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN__BENEFITS = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Conscription Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Count</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN___COUNT__RECRUITMEASURE = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Counts Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Conscription Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_CAMPAIGN_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.RecruitImpl <em>Recruit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.RecruitImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruit()
	 * @generated
	 */
	int RECRUIT = 11;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__PERSON = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__EDUCATION = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__STAGE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Registered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__REGISTERED_ON = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preliminary Check On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__PRELIMINARY_CHECK_ON = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Physical Exam On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__PHYSICAL_EXAM_ON = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Physical Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__PHYSICAL_PASSED = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Political Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__POLITICAL_REVIEW_ON = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Political Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__POLITICAL_PASSED = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Selected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__SELECTED_ON = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Enlisted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__ENLISTED_ON = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Returned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__RETURNED_ON = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Return Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__RETURN_REASON = CorePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Recruit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Stages In Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT___STAGES_IN_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Education Consistent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT___EDUCATION_CONSISTENT__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Recruit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.PublicityEventImpl <em>Publicity Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.PublicityEventImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getPublicityEvent()
	 * @generated
	 */
	int PUBLICITY_EVENT = 12;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_EVENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_EVENT__PLACE = 1;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_EVENT__AUDIENCE = 2;

	/**
	 * The number of structural features of the '<em>Publicity Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_EVENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Publicity Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.IntegrityComplaintImpl <em>Integrity Complaint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.IntegrityComplaintImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getIntegrityComplaint()
	 * @generated
	 */
	int INTEGRITY_COMPLAINT = 13;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_COMPLAINT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_COMPLAINT__SUMMARY = 1;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_COMPLAINT__RESOLVED = 2;

	/**
	 * The number of structural features of the '<em>Integrity Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_COMPLAINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Integrity Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_COMPLAINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl <em>Conscription Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getConscriptionIndicator()
	 * @generated
	 */
	int CONSCRIPTION_INDICATOR = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__NAME_EN = 1;

	/**
	 * The feature id for the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__NUMERATOR = 2;

	/**
	 * The feature id for the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__DENOMINATOR = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR__DIRECTION = 5;

	/**
	 * The number of structural features of the '<em>Conscription Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Value For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR___VALUE_FOR__CONSCRIPTIONCAMPAIGN = 0;

	/**
	 * The operation id for the '<em>Met By</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR___MET_BY__CONSCRIPTIONCAMPAIGN = 1;

	/**
	 * The number of operations of the '<em>Conscription Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSCRIPTION_INDICATOR_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.UnitType <em>Unit Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.UnitType
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getUnitType()
	 * @generated
	 */
	int UNIT_TYPE = 15;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.UnitRole <em>Unit Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.UnitRole
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getUnitRole()
	 * @generated
	 */
	int UNIT_ROLE = 16;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.MilitiaCategory <em>Militia Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.MilitiaCategory
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaCategory()
	 * @generated
	 */
	int MILITIA_CATEGORY = 17;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.InspectionLevel <em>Inspection Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.InspectionLevel
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getInspectionLevel()
	 * @generated
	 */
	int INSPECTION_LEVEL = 18;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.CadreStage <em>Cadre Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.CadreStage
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getCadreStage()
	 * @generated
	 */
	int CADRE_STAGE = 19;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.ItemStatus <em>Item Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.ItemStatus
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getItemStatus()
	 * @generated
	 */
	int ITEM_STATUS = 20;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.RecruitStage <em>Recruit Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.RecruitStage
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitStage()
	 * @generated
	 */
	int RECRUIT_STAGE = 21;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.RecruitEducation <em>Recruit Education</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.RecruitEducation
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitEducation()
	 * @generated
	 */
	int RECRUIT_EDUCATION = 22;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.RecruitMeasure <em>Recruit Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitMeasure()
	 * @generated
	 */
	int RECRUIT_MEASURE = 23;

	/**
	 * The meta object id for the '{@link org.garrison.model.mobilization.TargetDirection <em>Target Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.mobilization.TargetDirection
	 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getTargetDirection()
	 * @generated
	 */
	int TARGET_DIRECTION = 24;


	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.MobilizationLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger
	 * @generated
	 */
	EClass getMobilizationLedger();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.MobilizationLedger#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getDistrict()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_District();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getUnits()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getOrganizationTasks <em>Organization Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organization Tasks</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getOrganizationTasks()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_OrganizationTasks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getMusters <em>Musters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Musters</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getMusters()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Musters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getCadres <em>Cadres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cadres</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getCadres()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Cadres();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getStandardizationItems <em>Standardization Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standardization Items</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getStandardizationItems()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_StandardizationItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getEvaluations()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Evaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getCampaigns()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Campaigns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MobilizationLedger#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.garrison.model.mobilization.MobilizationLedger#getIndicators()
	 * @see #getMobilizationLedger()
	 * @generated
	 */
	EReference getMobilizationLedger_Indicators();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.MilitiaUnit <em>Militia Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Militia Unit</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit
	 * @generated
	 */
	EClass getMilitiaUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getName()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getType()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getRole()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_Role();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.MilitiaUnit#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getOrgUnit()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EReference getMilitiaUnit_OrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getSpecialty <em>Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialty</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getSpecialty()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_Specialty();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.MilitiaUnit#getCommander <em>Commander</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Commander</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getCommander()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EReference getMilitiaUnit_Commander();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MilitiaUnit#getSubUnits <em>Sub Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Units</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getSubUnits()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EReference getMilitiaUnit_SubUnits();

	/**
	 * Returns the meta object for the container reference '{@link org.garrison.model.mobilization.MilitiaUnit#getParentUnit <em>Parent Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent Unit</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getParentUnit()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EReference getMilitiaUnit_ParentUnit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.MilitiaUnit#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getMembers()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EReference getMilitiaUnit_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getMemberCount <em>Member Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Member Count</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getMemberCount()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_MemberCount();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaUnit#getCoreMemberCount <em>Core Member Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core Member Count</em>'.
	 * @see org.garrison.model.mobilization.MilitiaUnit#getCoreMemberCount()
	 * @see #getMilitiaUnit()
	 * @generated
	 */
	EAttribute getMilitiaUnit_CoreMemberCount();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.MilitiaMember <em>Militia Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Militia Member</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember
	 * @generated
	 */
	EClass getMilitiaMember();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.MilitiaMember#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getPerson()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EReference getMilitiaMember_Person();

	/**
	 * Returns the meta object for the container reference '{@link org.garrison.model.mobilization.MilitiaMember#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Unit</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getUnit()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EReference getMilitiaMember_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getCategory()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getJoinDate <em>Join Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Join Date</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getJoinDate()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_JoinDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getLeaveDate <em>Leave Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leave Date</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getLeaveDate()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_LeaveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getPosition()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#isCadre <em>Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cadre</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#isCadre()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Cadre();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#isFullTime <em>Full Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Time</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#isFullTime()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_FullTime();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getSpecialty <em>Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialty</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getSpecialty()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Specialty();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getMilitarySpecialty <em>Military Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Military Specialty</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getMilitarySpecialty()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_MilitarySpecialty();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#isVeteran <em>Veteran</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veteran</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#isVeteran()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Veteran();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranBranch <em>Veteran Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veteran Branch</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getVeteranBranch()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_VeteranBranch();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranRank <em>Veteran Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veteran Rank</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getVeteranRank()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_VeteranRank();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranSpecialty <em>Veteran Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veteran Specialty</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#getVeteranSpecialty()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_VeteranSpecialty();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.MilitiaMember#isTrained <em>Trained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trained</em>'.
	 * @see org.garrison.model.mobilization.MilitiaMember#isTrained()
	 * @see #getMilitiaMember()
	 * @generated
	 */
	EAttribute getMilitiaMember_Trained();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.MilitiaMember#activeOn(java.time.LocalDate) <em>Active On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Active On</em>' operation.
	 * @see org.garrison.model.mobilization.MilitiaMember#activeOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMilitiaMember__ActiveOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.MilitiaMember#ageWithinLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Age Within Limits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age Within Limits</em>' operation.
	 * @see org.garrison.model.mobilization.MilitiaMember#ageWithinLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMilitiaMember__AgeWithinLimits__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.MilitiaMember#leaveAfterJoin(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Leave After Join</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Leave After Join</em>' operation.
	 * @see org.garrison.model.mobilization.MilitiaMember#leaveAfterJoin(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMilitiaMember__LeaveAfterJoin__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.OrganizationTask <em>Organization Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization Task</em>'.
	 * @see org.garrison.model.mobilization.OrganizationTask
	 * @generated
	 */
	EClass getOrganizationTask();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.OrganizationTask#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.garrison.model.mobilization.OrganizationTask#getYear()
	 * @see #getOrganizationTask()
	 * @generated
	 */
	EAttribute getOrganizationTask_Year();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.OrganizationTask#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.mobilization.OrganizationTask#getOrgUnit()
	 * @see #getOrganizationTask()
	 * @generated
	 */
	EReference getOrganizationTask_OrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.OrganizationTask#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.garrison.model.mobilization.OrganizationTask#getTarget()
	 * @see #getOrganizationTask()
	 * @generated
	 */
	EAttribute getOrganizationTask_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.OrganizationTask#getCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see org.garrison.model.mobilization.OrganizationTask#getCompleted()
	 * @see #getOrganizationTask()
	 * @generated
	 */
	EAttribute getOrganizationTask_Completed();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.OrganizationTask#countsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Counts Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Counts Not Negative</em>' operation.
	 * @see org.garrison.model.mobilization.OrganizationTask#countsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOrganizationTask__CountsNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.OrganizationTask#completedMatchesRoster(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Completed Matches Roster</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Completed Matches Roster</em>' operation.
	 * @see org.garrison.model.mobilization.OrganizationTask#completedMatchesRoster(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOrganizationTask__CompletedMatchesRoster__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.Muster <em>Muster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Muster</em>'.
	 * @see org.garrison.model.mobilization.Muster
	 * @generated
	 */
	EClass getMuster();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.mobilization.Muster#getDate()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.garrison.model.mobilization.Muster#getLevel()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.mobilization.Muster#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Units</em>'.
	 * @see org.garrison.model.mobilization.Muster#getUnits()
	 * @see #getMuster()
	 * @generated
	 */
	EReference getMuster_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.garrison.model.mobilization.Muster#getExpected()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see org.garrison.model.mobilization.Muster#getPresent()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Present();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.garrison.model.mobilization.Muster#getFindings()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.Muster#getRollCall <em>Roll Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roll Call</em>'.
	 * @see org.garrison.model.mobilization.Muster#getRollCall()
	 * @see #getMuster()
	 * @generated
	 */
	EReference getMuster_RollCall();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getAbsent <em>Absent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Absent</em>'.
	 * @see org.garrison.model.mobilization.Muster#getAbsent()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_Absent();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Muster#getAttendanceRate <em>Attendance Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance Rate</em>'.
	 * @see org.garrison.model.mobilization.Muster#getAttendanceRate()
	 * @see #getMuster()
	 * @generated
	 */
	EAttribute getMuster_AttendanceRate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.Muster#countsConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Counts Consistent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Counts Consistent</em>' operation.
	 * @see org.garrison.model.mobilization.Muster#countsConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMuster__CountsConsistent__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.Muster#rollCallEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Roll Call Eligible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Roll Call Eligible</em>' operation.
	 * @see org.garrison.model.mobilization.Muster#rollCallEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMuster__RollCallEligible__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.RollCallEntry <em>Roll Call Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roll Call Entry</em>'.
	 * @see org.garrison.model.mobilization.RollCallEntry
	 * @generated
	 */
	EClass getRollCallEntry();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.RollCallEntry#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.garrison.model.mobilization.RollCallEntry#getMember()
	 * @see #getRollCallEntry()
	 * @generated
	 */
	EReference getRollCallEntry_Member();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.RollCallEntry#isPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see org.garrison.model.mobilization.RollCallEntry#isPresent()
	 * @see #getRollCallEntry()
	 * @generated
	 */
	EAttribute getRollCallEntry_Present();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.RollCallEntry#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.garrison.model.mobilization.RollCallEntry#getReason()
	 * @see #getRollCallEntry()
	 * @generated
	 */
	EAttribute getRollCallEntry_Reason();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.ArmedCadre <em>Armed Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Armed Cadre</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre
	 * @generated
	 */
	EClass getArmedCadre();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.ArmedCadre#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getPerson()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EReference getArmedCadre_Person();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.ArmedCadre#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getOrgUnit()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EReference getArmedCadre_OrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getStage()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getNominatedOn <em>Nominated On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nominated On</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getNominatedOn()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_NominatedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getAppointedOn <em>Appointed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Appointed On</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getAppointedOn()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_AppointedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getDutyFiledOn <em>Duty Filed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duty Filed On</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getDutyFiledOn()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_DutyFiledOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getLeftOn <em>Left On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Left On</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getLeftOn()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_LeftOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.ArmedCadre#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getMeetings()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EReference getArmedCadre_Meetings();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ArmedCadre#getMeetingAttendanceRate <em>Meeting Attendance Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Attendance Rate</em>'.
	 * @see org.garrison.model.mobilization.ArmedCadre#getMeetingAttendanceRate()
	 * @see #getArmedCadre()
	 * @generated
	 */
	EAttribute getArmedCadre_MeetingAttendanceRate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ArmedCadre#stageDatesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Stage Dates In Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Stage Dates In Order</em>' operation.
	 * @see org.garrison.model.mobilization.ArmedCadre#stageDatesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getArmedCadre__StageDatesInOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ArmedCadre#meetingsAfterAppointment(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Meetings After Appointment</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Meetings After Appointment</em>' operation.
	 * @see org.garrison.model.mobilization.ArmedCadre#meetingsAfterAppointment(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getArmedCadre__MeetingsAfterAppointment__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.CadreMeeting <em>Cadre Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cadre Meeting</em>'.
	 * @see org.garrison.model.mobilization.CadreMeeting
	 * @generated
	 */
	EClass getCadreMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.CadreMeeting#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.garrison.model.mobilization.CadreMeeting#getMonth()
	 * @see #getCadreMeeting()
	 * @generated
	 */
	EAttribute getCadreMeeting_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.CadreMeeting#isAttended <em>Attended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attended</em>'.
	 * @see org.garrison.model.mobilization.CadreMeeting#isAttended()
	 * @see #getCadreMeeting()
	 * @generated
	 */
	EAttribute getCadreMeeting_Attended();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.StandardizationItem <em>Standardization Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standardization Item</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem
	 * @generated
	 */
	EClass getStandardizationItem();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.StandardizationItem#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getOrgUnit()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EReference getStandardizationItem_OrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.StandardizationItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getTitle()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EAttribute getStandardizationItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.StandardizationItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getStatus()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EAttribute getStandardizationItem_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.StandardizationItem#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getDeadline()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EAttribute getStandardizationItem_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.StandardizationItem#getClearedOn <em>Cleared On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cleared On</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getClearedOn()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EAttribute getStandardizationItem_ClearedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.StandardizationItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.garrison.model.mobilization.StandardizationItem#getNotes()
	 * @see #getStandardizationItem()
	 * @generated
	 */
	EAttribute getStandardizationItem_Notes();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.StandardizationItem#metHasClearedDate(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Met Has Cleared Date</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Met Has Cleared Date</em>' operation.
	 * @see org.garrison.model.mobilization.StandardizationItem#metHasClearedDate(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStandardizationItem__MetHasClearedDate__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.garrison.model.mobilization.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Evaluation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.mobilization.Evaluation#getDate()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Evaluation#getInspector <em>Inspector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspector</em>'.
	 * @see org.garrison.model.mobilization.Evaluation#getInspector()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Inspector();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.Evaluation#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.mobilization.Evaluation#getOrgUnit()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_OrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Evaluation#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.garrison.model.mobilization.Evaluation#getGrade()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Evaluation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.garrison.model.mobilization.Evaluation#getNotes()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Notes();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.ConscriptionCampaign <em>Conscription Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conscription Campaign</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign
	 * @generated
	 */
	EClass getConscriptionCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionCampaign#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getYear()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EAttribute getConscriptionCampaign_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionCampaign#getQuota <em>Quota</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quota</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getQuota()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EAttribute getConscriptionCampaign_Quota();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionCampaign#getMenTurningEighteen <em>Men Turning Eighteen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Men Turning Eighteen</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getMenTurningEighteen()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EAttribute getConscriptionCampaign_MenTurningEighteen();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionCampaign#getCityRanking <em>City Ranking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City Ranking</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getCityRanking()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EAttribute getConscriptionCampaign_CityRanking();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.ConscriptionCampaign#getRecruits <em>Recruits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recruits</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getRecruits()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EReference getConscriptionCampaign_Recruits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.ConscriptionCampaign#getPublicityEvents <em>Publicity Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Publicity Events</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getPublicityEvents()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EReference getConscriptionCampaign_PublicityEvents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.mobilization.ConscriptionCampaign#getComplaints <em>Complaints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Complaints</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getComplaints()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EReference getConscriptionCampaign_Complaints();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionCampaign#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefits</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#getBenefits()
	 * @see #getConscriptionCampaign()
	 * @generated
	 */
	EAttribute getConscriptionCampaign_Benefits();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ConscriptionCampaign#count(org.garrison.model.mobilization.RecruitMeasure) <em>Count</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Count</em>' operation.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#count(org.garrison.model.mobilization.RecruitMeasure)
	 * @generated
	 */
	EOperation getConscriptionCampaign__Count__RecruitMeasure();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ConscriptionCampaign#countsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Counts Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Counts Not Negative</em>' operation.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign#countsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConscriptionCampaign__CountsNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.Recruit <em>Recruit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recruit</em>'.
	 * @see org.garrison.model.mobilization.Recruit
	 * @generated
	 */
	EClass getRecruit();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.mobilization.Recruit#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getPerson()
	 * @see #getRecruit()
	 * @generated
	 */
	EReference getRecruit_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getEducation <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Education</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getEducation()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Education();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getStage()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getRegisteredOn <em>Registered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getRegisteredOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_RegisteredOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getPreliminaryCheckOn <em>Preliminary Check On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preliminary Check On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getPreliminaryCheckOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_PreliminaryCheckOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getPhysicalExamOn <em>Physical Exam On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Exam On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getPhysicalExamOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_PhysicalExamOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#isPhysicalPassed <em>Physical Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Passed</em>'.
	 * @see org.garrison.model.mobilization.Recruit#isPhysicalPassed()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_PhysicalPassed();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getPoliticalReviewOn <em>Political Review On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Political Review On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getPoliticalReviewOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_PoliticalReviewOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#isPoliticalPassed <em>Political Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Political Passed</em>'.
	 * @see org.garrison.model.mobilization.Recruit#isPoliticalPassed()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_PoliticalPassed();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getSelectedOn <em>Selected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selected On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getSelectedOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_SelectedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getEnlistedOn <em>Enlisted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enlisted On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getEnlistedOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_EnlistedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getReturnedOn <em>Returned On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned On</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getReturnedOn()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_ReturnedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.Recruit#getReturnReason <em>Return Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Reason</em>'.
	 * @see org.garrison.model.mobilization.Recruit#getReturnReason()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_ReturnReason();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.Recruit#stagesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Stages In Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Stages In Order</em>' operation.
	 * @see org.garrison.model.mobilization.Recruit#stagesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRecruit__StagesInOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.Recruit#educationConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Education Consistent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Education Consistent</em>' operation.
	 * @see org.garrison.model.mobilization.Recruit#educationConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRecruit__EducationConsistent__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.PublicityEvent <em>Publicity Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Publicity Event</em>'.
	 * @see org.garrison.model.mobilization.PublicityEvent
	 * @generated
	 */
	EClass getPublicityEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.PublicityEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.mobilization.PublicityEvent#getDate()
	 * @see #getPublicityEvent()
	 * @generated
	 */
	EAttribute getPublicityEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.PublicityEvent#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.garrison.model.mobilization.PublicityEvent#getPlace()
	 * @see #getPublicityEvent()
	 * @generated
	 */
	EAttribute getPublicityEvent_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.PublicityEvent#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.garrison.model.mobilization.PublicityEvent#getAudience()
	 * @see #getPublicityEvent()
	 * @generated
	 */
	EAttribute getPublicityEvent_Audience();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.IntegrityComplaint <em>Integrity Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integrity Complaint</em>'.
	 * @see org.garrison.model.mobilization.IntegrityComplaint
	 * @generated
	 */
	EClass getIntegrityComplaint();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.IntegrityComplaint#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.mobilization.IntegrityComplaint#getDate()
	 * @see #getIntegrityComplaint()
	 * @generated
	 */
	EAttribute getIntegrityComplaint_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.IntegrityComplaint#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.garrison.model.mobilization.IntegrityComplaint#getSummary()
	 * @see #getIntegrityComplaint()
	 * @generated
	 */
	EAttribute getIntegrityComplaint_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.IntegrityComplaint#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.garrison.model.mobilization.IntegrityComplaint#isResolved()
	 * @see #getIntegrityComplaint()
	 * @generated
	 */
	EAttribute getIntegrityComplaint_Resolved();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.mobilization.ConscriptionIndicator <em>Conscription Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conscription Indicator</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator
	 * @generated
	 */
	EClass getConscriptionIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getName()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getNameEn()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getNumerator <em>Numerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getNumerator()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_Numerator();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getDenominator <em>Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getDenominator()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_Denominator();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getTarget()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.mobilization.ConscriptionIndicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#getDirection()
	 * @see #getConscriptionIndicator()
	 * @generated
	 */
	EAttribute getConscriptionIndicator_Direction();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ConscriptionIndicator#valueFor(org.garrison.model.mobilization.ConscriptionCampaign) <em>Value For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value For</em>' operation.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#valueFor(org.garrison.model.mobilization.ConscriptionCampaign)
	 * @generated
	 */
	EOperation getConscriptionIndicator__ValueFor__ConscriptionCampaign();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.mobilization.ConscriptionIndicator#metBy(org.garrison.model.mobilization.ConscriptionCampaign) <em>Met By</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Met By</em>' operation.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator#metBy(org.garrison.model.mobilization.ConscriptionCampaign)
	 * @generated
	 */
	EOperation getConscriptionIndicator__MetBy__ConscriptionCampaign();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.UnitType <em>Unit Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Type</em>'.
	 * @see org.garrison.model.mobilization.UnitType
	 * @generated
	 */
	EEnum getUnitType();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.UnitRole <em>Unit Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Role</em>'.
	 * @see org.garrison.model.mobilization.UnitRole
	 * @generated
	 */
	EEnum getUnitRole();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.MilitiaCategory <em>Militia Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Militia Category</em>'.
	 * @see org.garrison.model.mobilization.MilitiaCategory
	 * @generated
	 */
	EEnum getMilitiaCategory();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.InspectionLevel <em>Inspection Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Inspection Level</em>'.
	 * @see org.garrison.model.mobilization.InspectionLevel
	 * @generated
	 */
	EEnum getInspectionLevel();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.CadreStage <em>Cadre Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cadre Stage</em>'.
	 * @see org.garrison.model.mobilization.CadreStage
	 * @generated
	 */
	EEnum getCadreStage();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.ItemStatus <em>Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Status</em>'.
	 * @see org.garrison.model.mobilization.ItemStatus
	 * @generated
	 */
	EEnum getItemStatus();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.RecruitStage <em>Recruit Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recruit Stage</em>'.
	 * @see org.garrison.model.mobilization.RecruitStage
	 * @generated
	 */
	EEnum getRecruitStage();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.RecruitEducation <em>Recruit Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recruit Education</em>'.
	 * @see org.garrison.model.mobilization.RecruitEducation
	 * @generated
	 */
	EEnum getRecruitEducation();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.RecruitMeasure <em>Recruit Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recruit Measure</em>'.
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @generated
	 */
	EEnum getRecruitMeasure();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.mobilization.TargetDirection <em>Target Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Direction</em>'.
	 * @see org.garrison.model.mobilization.TargetDirection
	 * @generated
	 */
	EEnum getTargetDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MobilizationFactory getMobilizationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.MobilizationLedgerImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMobilizationLedger()
		 * @generated
		 */
		EClass MOBILIZATION_LEDGER = eINSTANCE.getMobilizationLedger();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__DISTRICT = eINSTANCE.getMobilizationLedger_District();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__UNITS = eINSTANCE.getMobilizationLedger_Units();

		/**
		 * The meta object literal for the '<em><b>Organization Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__ORGANIZATION_TASKS = eINSTANCE.getMobilizationLedger_OrganizationTasks();

		/**
		 * The meta object literal for the '<em><b>Musters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__MUSTERS = eINSTANCE.getMobilizationLedger_Musters();

		/**
		 * The meta object literal for the '<em><b>Cadres</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__CADRES = eINSTANCE.getMobilizationLedger_Cadres();

		/**
		 * The meta object literal for the '<em><b>Standardization Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS = eINSTANCE.getMobilizationLedger_StandardizationItems();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__EVALUATIONS = eINSTANCE.getMobilizationLedger_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__CAMPAIGNS = eINSTANCE.getMobilizationLedger_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOBILIZATION_LEDGER__INDICATORS = eINSTANCE.getMobilizationLedger_Indicators();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl <em>Militia Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.MilitiaUnitImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaUnit()
		 * @generated
		 */
		EClass MILITIA_UNIT = eINSTANCE.getMilitiaUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__NAME = eINSTANCE.getMilitiaUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__TYPE = eINSTANCE.getMilitiaUnit_Type();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__ROLE = eINSTANCE.getMilitiaUnit_Role();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_UNIT__ORG_UNIT = eINSTANCE.getMilitiaUnit_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__SPECIALTY = eINSTANCE.getMilitiaUnit_Specialty();

		/**
		 * The meta object literal for the '<em><b>Commander</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_UNIT__COMMANDER = eINSTANCE.getMilitiaUnit_Commander();

		/**
		 * The meta object literal for the '<em><b>Sub Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_UNIT__SUB_UNITS = eINSTANCE.getMilitiaUnit_SubUnits();

		/**
		 * The meta object literal for the '<em><b>Parent Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_UNIT__PARENT_UNIT = eINSTANCE.getMilitiaUnit_ParentUnit();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_UNIT__MEMBERS = eINSTANCE.getMilitiaUnit_Members();

		/**
		 * The meta object literal for the '<em><b>Member Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__MEMBER_COUNT = eINSTANCE.getMilitiaUnit_MemberCount();

		/**
		 * The meta object literal for the '<em><b>Core Member Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_UNIT__CORE_MEMBER_COUNT = eINSTANCE.getMilitiaUnit_CoreMemberCount();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl <em>Militia Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.MilitiaMemberImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaMember()
		 * @generated
		 */
		EClass MILITIA_MEMBER = eINSTANCE.getMilitiaMember();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_MEMBER__PERSON = eINSTANCE.getMilitiaMember_Person();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILITIA_MEMBER__UNIT = eINSTANCE.getMilitiaMember_Unit();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__CATEGORY = eINSTANCE.getMilitiaMember_Category();

		/**
		 * The meta object literal for the '<em><b>Join Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__JOIN_DATE = eINSTANCE.getMilitiaMember_JoinDate();

		/**
		 * The meta object literal for the '<em><b>Leave Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__LEAVE_DATE = eINSTANCE.getMilitiaMember_LeaveDate();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__POSITION = eINSTANCE.getMilitiaMember_Position();

		/**
		 * The meta object literal for the '<em><b>Cadre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__CADRE = eINSTANCE.getMilitiaMember_Cadre();

		/**
		 * The meta object literal for the '<em><b>Full Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__FULL_TIME = eINSTANCE.getMilitiaMember_FullTime();

		/**
		 * The meta object literal for the '<em><b>Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__SPECIALTY = eINSTANCE.getMilitiaMember_Specialty();

		/**
		 * The meta object literal for the '<em><b>Military Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__MILITARY_SPECIALTY = eINSTANCE.getMilitiaMember_MilitarySpecialty();

		/**
		 * The meta object literal for the '<em><b>Veteran</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__VETERAN = eINSTANCE.getMilitiaMember_Veteran();

		/**
		 * The meta object literal for the '<em><b>Veteran Branch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__VETERAN_BRANCH = eINSTANCE.getMilitiaMember_VeteranBranch();

		/**
		 * The meta object literal for the '<em><b>Veteran Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__VETERAN_RANK = eINSTANCE.getMilitiaMember_VeteranRank();

		/**
		 * The meta object literal for the '<em><b>Veteran Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__VETERAN_SPECIALTY = eINSTANCE.getMilitiaMember_VeteranSpecialty();

		/**
		 * The meta object literal for the '<em><b>Trained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILITIA_MEMBER__TRAINED = eINSTANCE.getMilitiaMember_Trained();

		/**
		 * The meta object literal for the '<em><b>Active On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MILITIA_MEMBER___ACTIVE_ON__LOCALDATE = eINSTANCE.getMilitiaMember__ActiveOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Age Within Limits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MILITIA_MEMBER___AGE_WITHIN_LIMITS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMilitiaMember__AgeWithinLimits__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Leave After Join</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MILITIA_MEMBER___LEAVE_AFTER_JOIN__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMilitiaMember__LeaveAfterJoin__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl <em>Organization Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.OrganizationTaskImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getOrganizationTask()
		 * @generated
		 */
		EClass ORGANIZATION_TASK = eINSTANCE.getOrganizationTask();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION_TASK__YEAR = eINSTANCE.getOrganizationTask_Year();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION_TASK__ORG_UNIT = eINSTANCE.getOrganizationTask_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION_TASK__TARGET = eINSTANCE.getOrganizationTask_Target();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION_TASK__COMPLETED = eINSTANCE.getOrganizationTask_Completed();

		/**
		 * The meta object literal for the '<em><b>Counts Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ORGANIZATION_TASK___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOrganizationTask__CountsNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Completed Matches Roster</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ORGANIZATION_TASK___COMPLETED_MATCHES_ROSTER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOrganizationTask__CompletedMatchesRoster__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.MusterImpl <em>Muster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.MusterImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMuster()
		 * @generated
		 */
		EClass MUSTER = eINSTANCE.getMuster();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__DATE = eINSTANCE.getMuster_Date();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__LEVEL = eINSTANCE.getMuster_Level();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUSTER__UNITS = eINSTANCE.getMuster_Units();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__EXPECTED = eINSTANCE.getMuster_Expected();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__PRESENT = eINSTANCE.getMuster_Present();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__FINDINGS = eINSTANCE.getMuster_Findings();

		/**
		 * The meta object literal for the '<em><b>Roll Call</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUSTER__ROLL_CALL = eINSTANCE.getMuster_RollCall();

		/**
		 * The meta object literal for the '<em><b>Absent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__ABSENT = eINSTANCE.getMuster_Absent();

		/**
		 * The meta object literal for the '<em><b>Attendance Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUSTER__ATTENDANCE_RATE = eINSTANCE.getMuster_AttendanceRate();

		/**
		 * The meta object literal for the '<em><b>Counts Consistent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MUSTER___COUNTS_CONSISTENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMuster__CountsConsistent__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Roll Call Eligible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MUSTER___ROLL_CALL_ELIGIBLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMuster__RollCallEligible__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.RollCallEntryImpl <em>Roll Call Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.RollCallEntryImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRollCallEntry()
		 * @generated
		 */
		EClass ROLL_CALL_ENTRY = eINSTANCE.getRollCallEntry();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLL_CALL_ENTRY__MEMBER = eINSTANCE.getRollCallEntry_Member();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLL_CALL_ENTRY__PRESENT = eINSTANCE.getRollCallEntry_Present();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLL_CALL_ENTRY__REASON = eINSTANCE.getRollCallEntry_Reason();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.ArmedCadreImpl <em>Armed Cadre</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.ArmedCadreImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getArmedCadre()
		 * @generated
		 */
		EClass ARMED_CADRE = eINSTANCE.getArmedCadre();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARMED_CADRE__PERSON = eINSTANCE.getArmedCadre_Person();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARMED_CADRE__ORG_UNIT = eINSTANCE.getArmedCadre_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__STAGE = eINSTANCE.getArmedCadre_Stage();

		/**
		 * The meta object literal for the '<em><b>Nominated On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__NOMINATED_ON = eINSTANCE.getArmedCadre_NominatedOn();

		/**
		 * The meta object literal for the '<em><b>Appointed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__APPOINTED_ON = eINSTANCE.getArmedCadre_AppointedOn();

		/**
		 * The meta object literal for the '<em><b>Duty Filed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__DUTY_FILED_ON = eINSTANCE.getArmedCadre_DutyFiledOn();

		/**
		 * The meta object literal for the '<em><b>Left On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__LEFT_ON = eINSTANCE.getArmedCadre_LeftOn();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARMED_CADRE__MEETINGS = eINSTANCE.getArmedCadre_Meetings();

		/**
		 * The meta object literal for the '<em><b>Meeting Attendance Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARMED_CADRE__MEETING_ATTENDANCE_RATE = eINSTANCE.getArmedCadre_MeetingAttendanceRate();

		/**
		 * The meta object literal for the '<em><b>Stage Dates In Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ARMED_CADRE___STAGE_DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getArmedCadre__StageDatesInOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Meetings After Appointment</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ARMED_CADRE___MEETINGS_AFTER_APPOINTMENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getArmedCadre__MeetingsAfterAppointment__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.CadreMeetingImpl <em>Cadre Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.CadreMeetingImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getCadreMeeting()
		 * @generated
		 */
		EClass CADRE_MEETING = eINSTANCE.getCadreMeeting();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CADRE_MEETING__MONTH = eINSTANCE.getCadreMeeting_Month();

		/**
		 * The meta object literal for the '<em><b>Attended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CADRE_MEETING__ATTENDED = eINSTANCE.getCadreMeeting_Attended();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.StandardizationItemImpl <em>Standardization Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.StandardizationItemImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getStandardizationItem()
		 * @generated
		 */
		EClass STANDARDIZATION_ITEM = eINSTANCE.getStandardizationItem();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARDIZATION_ITEM__ORG_UNIT = eINSTANCE.getStandardizationItem_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDIZATION_ITEM__TITLE = eINSTANCE.getStandardizationItem_Title();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDIZATION_ITEM__STATUS = eINSTANCE.getStandardizationItem_Status();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDIZATION_ITEM__DEADLINE = eINSTANCE.getStandardizationItem_Deadline();

		/**
		 * The meta object literal for the '<em><b>Cleared On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDIZATION_ITEM__CLEARED_ON = eINSTANCE.getStandardizationItem_ClearedOn();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDIZATION_ITEM__NOTES = eINSTANCE.getStandardizationItem_Notes();

		/**
		 * The meta object literal for the '<em><b>Met Has Cleared Date</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STANDARDIZATION_ITEM___MET_HAS_CLEARED_DATE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStandardizationItem__MetHasClearedDate__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.EvaluationImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__DATE = eINSTANCE.getEvaluation_Date();

		/**
		 * The meta object literal for the '<em><b>Inspector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__INSPECTOR = eINSTANCE.getEvaluation_Inspector();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ORG_UNIT = eINSTANCE.getEvaluation_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__GRADE = eINSTANCE.getEvaluation_Grade();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__NOTES = eINSTANCE.getEvaluation_Notes();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl <em>Conscription Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.ConscriptionCampaignImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getConscriptionCampaign()
		 * @generated
		 */
		EClass CONSCRIPTION_CAMPAIGN = eINSTANCE.getConscriptionCampaign();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_CAMPAIGN__YEAR = eINSTANCE.getConscriptionCampaign_Year();

		/**
		 * The meta object literal for the '<em><b>Quota</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_CAMPAIGN__QUOTA = eINSTANCE.getConscriptionCampaign_Quota();

		/**
		 * The meta object literal for the '<em><b>Men Turning Eighteen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN = eINSTANCE.getConscriptionCampaign_MenTurningEighteen();

		/**
		 * The meta object literal for the '<em><b>City Ranking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_CAMPAIGN__CITY_RANKING = eINSTANCE.getConscriptionCampaign_CityRanking();

		/**
		 * The meta object literal for the '<em><b>Recruits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSCRIPTION_CAMPAIGN__RECRUITS = eINSTANCE.getConscriptionCampaign_Recruits();

		/**
		 * The meta object literal for the '<em><b>Publicity Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS = eINSTANCE.getConscriptionCampaign_PublicityEvents();

		/**
		 * The meta object literal for the '<em><b>Complaints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSCRIPTION_CAMPAIGN__COMPLAINTS = eINSTANCE.getConscriptionCampaign_Complaints();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_CAMPAIGN__BENEFITS = eINSTANCE.getConscriptionCampaign_Benefits();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSCRIPTION_CAMPAIGN___COUNT__RECRUITMEASURE = eINSTANCE.getConscriptionCampaign__Count__RecruitMeasure();

		/**
		 * The meta object literal for the '<em><b>Counts Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSCRIPTION_CAMPAIGN___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConscriptionCampaign__CountsNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.RecruitImpl <em>Recruit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.RecruitImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruit()
		 * @generated
		 */
		EClass RECRUIT = eINSTANCE.getRecruit();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECRUIT__PERSON = eINSTANCE.getRecruit_Person();

		/**
		 * The meta object literal for the '<em><b>Education</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__EDUCATION = eINSTANCE.getRecruit_Education();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__STAGE = eINSTANCE.getRecruit_Stage();

		/**
		 * The meta object literal for the '<em><b>Registered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__REGISTERED_ON = eINSTANCE.getRecruit_RegisteredOn();

		/**
		 * The meta object literal for the '<em><b>Preliminary Check On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__PRELIMINARY_CHECK_ON = eINSTANCE.getRecruit_PreliminaryCheckOn();

		/**
		 * The meta object literal for the '<em><b>Physical Exam On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__PHYSICAL_EXAM_ON = eINSTANCE.getRecruit_PhysicalExamOn();

		/**
		 * The meta object literal for the '<em><b>Physical Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__PHYSICAL_PASSED = eINSTANCE.getRecruit_PhysicalPassed();

		/**
		 * The meta object literal for the '<em><b>Political Review On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__POLITICAL_REVIEW_ON = eINSTANCE.getRecruit_PoliticalReviewOn();

		/**
		 * The meta object literal for the '<em><b>Political Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__POLITICAL_PASSED = eINSTANCE.getRecruit_PoliticalPassed();

		/**
		 * The meta object literal for the '<em><b>Selected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__SELECTED_ON = eINSTANCE.getRecruit_SelectedOn();

		/**
		 * The meta object literal for the '<em><b>Enlisted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__ENLISTED_ON = eINSTANCE.getRecruit_EnlistedOn();

		/**
		 * The meta object literal for the '<em><b>Returned On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__RETURNED_ON = eINSTANCE.getRecruit_ReturnedOn();

		/**
		 * The meta object literal for the '<em><b>Return Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__RETURN_REASON = eINSTANCE.getRecruit_ReturnReason();

		/**
		 * The meta object literal for the '<em><b>Stages In Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RECRUIT___STAGES_IN_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRecruit__StagesInOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Education Consistent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RECRUIT___EDUCATION_CONSISTENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRecruit__EducationConsistent__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.PublicityEventImpl <em>Publicity Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.PublicityEventImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getPublicityEvent()
		 * @generated
		 */
		EClass PUBLICITY_EVENT = eINSTANCE.getPublicityEvent();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_EVENT__DATE = eINSTANCE.getPublicityEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_EVENT__PLACE = eINSTANCE.getPublicityEvent_Place();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_EVENT__AUDIENCE = eINSTANCE.getPublicityEvent_Audience();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.IntegrityComplaintImpl <em>Integrity Complaint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.IntegrityComplaintImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getIntegrityComplaint()
		 * @generated
		 */
		EClass INTEGRITY_COMPLAINT = eINSTANCE.getIntegrityComplaint();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_COMPLAINT__DATE = eINSTANCE.getIntegrityComplaint_Date();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_COMPLAINT__SUMMARY = eINSTANCE.getIntegrityComplaint_Summary();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_COMPLAINT__RESOLVED = eINSTANCE.getIntegrityComplaint_Resolved();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl <em>Conscription Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getConscriptionIndicator()
		 * @generated
		 */
		EClass CONSCRIPTION_INDICATOR = eINSTANCE.getConscriptionIndicator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__NAME = eINSTANCE.getConscriptionIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__NAME_EN = eINSTANCE.getConscriptionIndicator_NameEn();

		/**
		 * The meta object literal for the '<em><b>Numerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__NUMERATOR = eINSTANCE.getConscriptionIndicator_Numerator();

		/**
		 * The meta object literal for the '<em><b>Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__DENOMINATOR = eINSTANCE.getConscriptionIndicator_Denominator();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__TARGET = eINSTANCE.getConscriptionIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSCRIPTION_INDICATOR__DIRECTION = eINSTANCE.getConscriptionIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Value For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSCRIPTION_INDICATOR___VALUE_FOR__CONSCRIPTIONCAMPAIGN = eINSTANCE.getConscriptionIndicator__ValueFor__ConscriptionCampaign();

		/**
		 * The meta object literal for the '<em><b>Met By</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSCRIPTION_INDICATOR___MET_BY__CONSCRIPTIONCAMPAIGN = eINSTANCE.getConscriptionIndicator__MetBy__ConscriptionCampaign();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.UnitType <em>Unit Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.UnitType
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getUnitType()
		 * @generated
		 */
		EEnum UNIT_TYPE = eINSTANCE.getUnitType();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.UnitRole <em>Unit Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.UnitRole
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getUnitRole()
		 * @generated
		 */
		EEnum UNIT_ROLE = eINSTANCE.getUnitRole();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.MilitiaCategory <em>Militia Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.MilitiaCategory
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getMilitiaCategory()
		 * @generated
		 */
		EEnum MILITIA_CATEGORY = eINSTANCE.getMilitiaCategory();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.InspectionLevel <em>Inspection Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.InspectionLevel
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getInspectionLevel()
		 * @generated
		 */
		EEnum INSPECTION_LEVEL = eINSTANCE.getInspectionLevel();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.CadreStage <em>Cadre Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.CadreStage
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getCadreStage()
		 * @generated
		 */
		EEnum CADRE_STAGE = eINSTANCE.getCadreStage();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.ItemStatus <em>Item Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.ItemStatus
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getItemStatus()
		 * @generated
		 */
		EEnum ITEM_STATUS = eINSTANCE.getItemStatus();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.RecruitStage <em>Recruit Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.RecruitStage
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitStage()
		 * @generated
		 */
		EEnum RECRUIT_STAGE = eINSTANCE.getRecruitStage();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.RecruitEducation <em>Recruit Education</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.RecruitEducation
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitEducation()
		 * @generated
		 */
		EEnum RECRUIT_EDUCATION = eINSTANCE.getRecruitEducation();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.RecruitMeasure <em>Recruit Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.RecruitMeasure
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getRecruitMeasure()
		 * @generated
		 */
		EEnum RECRUIT_MEASURE = eINSTANCE.getRecruitMeasure();

		/**
		 * The meta object literal for the '{@link org.garrison.model.mobilization.TargetDirection <em>Target Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.mobilization.TargetDirection
		 * @see org.garrison.model.mobilization.impl.MobilizationPackageImpl#getTargetDirection()
		 * @generated
		 */
		EEnum TARGET_DIRECTION = eINSTANCE.getTargetDirection();

	}

} //MobilizationPackage
