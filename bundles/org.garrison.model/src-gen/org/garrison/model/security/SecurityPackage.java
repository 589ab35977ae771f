/**
 */
package org.garrison.model.security;

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
 * Security and asset maintenance (安全管理): assets, maintenance, hazards, quarterly safety activities, drills, vehicles, linked units.
 * <!-- end-model-doc -->
 * @see org.garrison.model.security.SecurityFactory
 * @model kind="package"
 * @generated
 */
public interface SecurityPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "security";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://garrison.org/model/security/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "security";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SecurityPackage eINSTANCE = org.garrison.model.security.impl.SecurityPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.SecurityLedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.SecurityLedgerImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSecurityLedger()
	 * @generated
	 */
	int SECURITY_LEDGER = 0;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__DISTRICT = 0;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__ASSETS = 1;

	/**
	 * The feature id for the '<em><b>Category Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__CATEGORY_PLANS = 2;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__HAZARDS = 3;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__ACTIVITIES = 4;

	/**
	 * The feature id for the '<em><b>Drills</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__DRILLS = 5;

	/**
	 * The feature id for the '<em><b>Dispatches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__DISPATCHES = 6;

	/**
	 * The feature id for the '<em><b>Linked Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER__LINKED_UNITS = 7;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEDGER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.AssetImpl <em>Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.AssetImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAsset()
	 * @generated
	 */
	int ASSET = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CATEGORY = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CODE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__LOCATION = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Commissioned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__COMMISSIONED_ON = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__PLANS = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__STATUS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__RESPONSIBLE = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Inspection Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__INSPECTION_DUE = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Insurance Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__INSURANCE_DUE = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Vehicle Dates Only For Vehicles</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___VEHICLE_DATES_ONLY_FOR_VEHICLES__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.MaintenancePlanImpl <em>Maintenance Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.MaintenancePlanImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getMaintenancePlan()
	 * @generated
	 */
	int MAINTENANCE_PLAN = 2;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__ASSET = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__INTERVAL = 2;

	/**
	 * The feature id for the '<em><b>Interval Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__INTERVAL_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Checklist</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__CHECKLIST = 5;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__START_DATE = 6;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__RESPONSIBLE = 7;

	/**
	 * The number of structural features of the '<em>Maintenance Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Due After</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN___DUE_AFTER__LOCALDATE = 0;

	/**
	 * The operation id for the '<em>First Due For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN___FIRST_DUE_FOR__ASSET = 1;

	/**
	 * The operation id for the '<em>Covers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN___COVERS__ASSET = 2;

	/**
	 * The operation id for the '<em>Interval Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN___INTERVAL_POSITIVE__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The number of operations of the '<em>Maintenance Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.MaintenanceRecordImpl <em>Maintenance Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.MaintenanceRecordImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getMaintenanceRecord()
	 * @generated
	 */
	int MAINTENANCE_RECORD = 3;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__ASSET = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__PLAN = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__PERFORMED_BY = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__WORK = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__FINDINGS = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__COST = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD__RESULTS = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Maintenance Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Plan Of The Asset</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD___PLAN_OF_THE_ASSET__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Cost Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD___COST_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Maintenance Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_RECORD_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.HazardImpl <em>Hazard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.HazardImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazard()
	 * @generated
	 */
	int HAZARD = 4;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__DESCRIPTION = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__FOUND_ON = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SOURCE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SEVERITY = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__STATE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__OWNER = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__DEADLINE = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__MEASURES = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rectified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__RECTIFIED_ON = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Accepted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ACCEPTED_ON = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ASSET = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Check Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CHECK_ITEM = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Raised By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__RAISED_BY = CorePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Rectified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__RECTIFIED_BY = CorePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Accepted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ACCEPTED_BY = CorePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Overdue On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD___OVERDUE_ON__LOCALDATE = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Closed Only After Rectification</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD___CLOSED_ONLY_AFTER_RECTIFICATION__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.SafetyActivityImpl <em>Safety Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.SafetyActivityImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSafetyActivity()
	 * @generated
	 */
	int SAFETY_ACTIVITY = 5;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__KIND = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__TOPIC = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__PARTICIPANTS = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY__QUARTER = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Safety Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Safety Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFETY_ACTIVITY_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.DrillImpl <em>Drill</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.DrillImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getDrill()
	 * @generated
	 */
	int DRILL = 6;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__SCENARIO = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__PARTICIPANTS = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evaluation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__EVALUATION = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL__FINDINGS = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Drill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Drill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.VehicleDispatchImpl <em>Vehicle Dispatch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.VehicleDispatchImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getVehicleDispatch()
	 * @generated
	 */
	int VEHICLE_DISPATCH = 7;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Vehicle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__VEHICLE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__DATE = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__DRIVER = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__PURPOSE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mileage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH__MILEAGE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Vehicle Dispatch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Vehicle Dispatch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VEHICLE_DISPATCH_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.LinkedUnitImpl <em>Linked Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.LinkedUnitImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getLinkedUnit()
	 * @generated
	 */
	int LINKED_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__CONTACT = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__PHONE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Inspection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__LAST_INSPECTION = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Inspection Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__INSPECTION_MONTHS = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT__FINDINGS = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Linked Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Linked Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_UNIT_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.ChecklistItemImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 9;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__TEXT = 0;

	/**
	 * The number of structural features of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.impl.CheckResultImpl <em>Check Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.impl.CheckResultImpl
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getCheckResult()
	 * @generated
	 */
	int CHECK_RESULT = 10;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__OUTCOME = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__NOTE = 2;

	/**
	 * The feature id for the '<em><b>Photo</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__PHOTO = 3;

	/**
	 * The number of structural features of the '<em>Check Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Failure Explained</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT___FAILURE_EXPLAINED__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Check Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.AssetCategory <em>Asset Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.AssetCategory
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAssetCategory()
	 * @generated
	 */
	int ASSET_CATEGORY = 11;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.HazardSeverity <em>Hazard Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.HazardSeverity
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardSeverity()
	 * @generated
	 */
	int HAZARD_SEVERITY = 12;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.HazardState <em>Hazard State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.HazardState
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardState()
	 * @generated
	 */
	int HAZARD_STATE = 13;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.HazardSource <em>Hazard Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.HazardSource
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardSource()
	 * @generated
	 */
	int HAZARD_SOURCE = 14;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.SafetyActivityKind <em>Safety Activity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.SafetyActivityKind
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSafetyActivityKind()
	 * @generated
	 */
	int SAFETY_ACTIVITY_KIND = 15;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.AssetStatus <em>Asset Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.AssetStatus
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAssetStatus()
	 * @generated
	 */
	int ASSET_STATUS = 16;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.IntervalUnit <em>Interval Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.IntervalUnit
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getIntervalUnit()
	 * @generated
	 */
	int INTERVAL_UNIT = 17;

	/**
	 * The meta object id for the '{@link org.garrison.model.security.CheckOutcome <em>Check Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.security.CheckOutcome
	 * @see org.garrison.model.security.impl.SecurityPackageImpl#getCheckOutcome()
	 * @generated
	 */
	int CHECK_OUTCOME = 18;


	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.SecurityLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see org.garrison.model.security.SecurityLedger
	 * @generated
	 */
	EClass getSecurityLedger();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.SecurityLedger#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getDistrict()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_District();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getAssets()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_Assets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getCategoryPlans <em>Category Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Category Plans</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getCategoryPlans()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_CategoryPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hazards</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getHazards()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_Hazards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getActivities()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getDrills <em>Drills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drills</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getDrills()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_Drills();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getDispatches <em>Dispatches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dispatches</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getDispatches()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_Dispatches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.SecurityLedger#getLinkedUnits <em>Linked Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Linked Units</em>'.
	 * @see org.garrison.model.security.SecurityLedger#getLinkedUnits()
	 * @see #getSecurityLedger()
	 * @generated
	 */
	EReference getSecurityLedger_LinkedUnits();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset</em>'.
	 * @see org.garrison.model.security.Asset
	 * @generated
	 */
	EClass getAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.security.Asset#getName()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.garrison.model.security.Asset#getCategory()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.garrison.model.security.Asset#getCode()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.garrison.model.security.Asset#getLocation()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getCommissionedOn <em>Commissioned On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commissioned On</em>'.
	 * @see org.garrison.model.security.Asset#getCommissionedOn()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_CommissionedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.Asset#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.garrison.model.security.Asset#getPlans()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Plans();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.garrison.model.security.Asset#getStatus()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Status();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Asset#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.garrison.model.security.Asset#getResponsible()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getInspectionDue <em>Inspection Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Due</em>'.
	 * @see org.garrison.model.security.Asset#getInspectionDue()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_InspectionDue();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Asset#getInsuranceDue <em>Insurance Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurance Due</em>'.
	 * @see org.garrison.model.security.Asset#getInsuranceDue()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_InsuranceDue();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.Asset#vehicleDatesOnlyForVehicles(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Vehicle Dates Only For Vehicles</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Vehicle Dates Only For Vehicles</em>' operation.
	 * @see org.garrison.model.security.Asset#vehicleDatesOnlyForVehicles(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAsset__VehicleDatesOnlyForVehicles__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.MaintenancePlan <em>Maintenance Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maintenance Plan</em>'.
	 * @see org.garrison.model.security.MaintenancePlan
	 * @generated
	 */
	EClass getMaintenancePlan();

	/**
	 * Returns the meta object for the container reference '{@link org.garrison.model.security.MaintenancePlan#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Asset</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getAsset()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EReference getMaintenancePlan_Asset();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenancePlan#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getDescription()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenancePlan#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getInterval()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_Interval();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenancePlan#getIntervalUnit <em>Interval Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Unit</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getIntervalUnit()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_IntervalUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenancePlan#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getCategory()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_Category();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.MaintenancePlan#getChecklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklist</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getChecklist()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EReference getMaintenancePlan_Checklist();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenancePlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getStartDate()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_StartDate();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.MaintenancePlan#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.garrison.model.security.MaintenancePlan#getResponsible()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EReference getMaintenancePlan_Responsible();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenancePlan#dueAfter(java.time.LocalDate) <em>Due After</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Due After</em>' operation.
	 * @see org.garrison.model.security.MaintenancePlan#dueAfter(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMaintenancePlan__DueAfter__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenancePlan#firstDueFor(org.garrison.model.security.Asset) <em>First Due For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>First Due For</em>' operation.
	 * @see org.garrison.model.security.MaintenancePlan#firstDueFor(org.garrison.model.security.Asset)
	 * @generated
	 */
	EOperation getMaintenancePlan__FirstDueFor__Asset();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenancePlan#covers(org.garrison.model.security.Asset) <em>Covers</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Covers</em>' operation.
	 * @see org.garrison.model.security.MaintenancePlan#covers(org.garrison.model.security.Asset)
	 * @generated
	 */
	EOperation getMaintenancePlan__Covers__Asset();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenancePlan#intervalPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Interval Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Interval Positive</em>' operation.
	 * @see org.garrison.model.security.MaintenancePlan#intervalPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMaintenancePlan__IntervalPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.MaintenanceRecord <em>Maintenance Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maintenance Record</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord
	 * @generated
	 */
	EClass getMaintenanceRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenanceRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getDate()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EAttribute getMaintenanceRecord_Date();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.MaintenanceRecord#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getAsset()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EReference getMaintenanceRecord_Asset();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.MaintenanceRecord#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getPlan()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EReference getMaintenanceRecord_Plan();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.MaintenanceRecord#getPerformedBy <em>Performed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Performed By</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getPerformedBy()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EReference getMaintenanceRecord_PerformedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenanceRecord#getWork <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getWork()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EAttribute getMaintenanceRecord_Work();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenanceRecord#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getFindings()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EAttribute getMaintenanceRecord_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.MaintenanceRecord#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getCost()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EAttribute getMaintenanceRecord_Cost();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.security.MaintenanceRecord#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.garrison.model.security.MaintenanceRecord#getResults()
	 * @see #getMaintenanceRecord()
	 * @generated
	 */
	EReference getMaintenanceRecord_Results();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenanceRecord#planOfTheAsset(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Plan Of The Asset</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Plan Of The Asset</em>' operation.
	 * @see org.garrison.model.security.MaintenanceRecord#planOfTheAsset(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMaintenanceRecord__PlanOfTheAsset__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.MaintenanceRecord#costNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Cost Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Cost Not Negative</em>' operation.
	 * @see org.garrison.model.security.MaintenanceRecord#costNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMaintenanceRecord__CostNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.Hazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard</em>'.
	 * @see org.garrison.model.security.Hazard
	 * @generated
	 */
	EClass getHazard();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.garrison.model.security.Hazard#getDescription()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getFoundOn <em>Found On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found On</em>'.
	 * @see org.garrison.model.security.Hazard#getFoundOn()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_FoundOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.garrison.model.security.Hazard#getSource()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.garrison.model.security.Hazard#getSeverity()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.garrison.model.security.Hazard#getState()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_State();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Hazard#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.garrison.model.security.Hazard#getOwner()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.garrison.model.security.Hazard#getDeadline()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measures</em>'.
	 * @see org.garrison.model.security.Hazard#getMeasures()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Measures();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getRectifiedOn <em>Rectified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rectified On</em>'.
	 * @see org.garrison.model.security.Hazard#getRectifiedOn()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_RectifiedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getAcceptedOn <em>Accepted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accepted On</em>'.
	 * @see org.garrison.model.security.Hazard#getAcceptedOn()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_AcceptedOn();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Hazard#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see org.garrison.model.security.Hazard#getAsset()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Asset();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Hazard#getCheckItem <em>Check Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check Item</em>'.
	 * @see org.garrison.model.security.Hazard#getCheckItem()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_CheckItem();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Hazard#getRaisedBy <em>Raised By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Raised By</em>'.
	 * @see org.garrison.model.security.Hazard#getRaisedBy()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_RaisedBy();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Hazard#getRectifiedBy <em>Rectified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rectified By</em>'.
	 * @see org.garrison.model.security.Hazard#getRectifiedBy()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_RectifiedBy();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.Hazard#getAcceptedBy <em>Accepted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Accepted By</em>'.
	 * @see org.garrison.model.security.Hazard#getAcceptedBy()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_AcceptedBy();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.Hazard#overdueOn(java.time.LocalDate) <em>Overdue On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Overdue On</em>' operation.
	 * @see org.garrison.model.security.Hazard#overdueOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getHazard__OverdueOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.Hazard#closedOnlyAfterRectification(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Closed Only After Rectification</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Closed Only After Rectification</em>' operation.
	 * @see org.garrison.model.security.Hazard#closedOnlyAfterRectification(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getHazard__ClosedOnlyAfterRectification__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.SafetyActivity <em>Safety Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Safety Activity</em>'.
	 * @see org.garrison.model.security.SafetyActivity
	 * @generated
	 */
	EClass getSafetyActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.SafetyActivity#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.security.SafetyActivity#getDate()
	 * @see #getSafetyActivity()
	 * @generated
	 */
	EAttribute getSafetyActivity_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.SafetyActivity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.security.SafetyActivity#getKind()
	 * @see #getSafetyActivity()
	 * @generated
	 */
	EAttribute getSafetyActivity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.SafetyActivity#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.garrison.model.security.SafetyActivity#getTopic()
	 * @see #getSafetyActivity()
	 * @generated
	 */
	EAttribute getSafetyActivity_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.SafetyActivity#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participants</em>'.
	 * @see org.garrison.model.security.SafetyActivity#getParticipants()
	 * @see #getSafetyActivity()
	 * @generated
	 */
	EAttribute getSafetyActivity_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.SafetyActivity#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see org.garrison.model.security.SafetyActivity#getQuarter()
	 * @see #getSafetyActivity()
	 * @generated
	 */
	EAttribute getSafetyActivity_Quarter();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.Drill <em>Drill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drill</em>'.
	 * @see org.garrison.model.security.Drill
	 * @generated
	 */
	EClass getDrill();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Drill#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.security.Drill#getDate()
	 * @see #getDrill()
	 * @generated
	 */
	EAttribute getDrill_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Drill#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see org.garrison.model.security.Drill#getScenario()
	 * @see #getDrill()
	 * @generated
	 */
	EAttribute getDrill_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Drill#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participants</em>'.
	 * @see org.garrison.model.security.Drill#getParticipants()
	 * @see #getDrill()
	 * @generated
	 */
	EAttribute getDrill_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Drill#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation</em>'.
	 * @see org.garrison.model.security.Drill#getEvaluation()
	 * @see #getDrill()
	 * @generated
	 */
	EAttribute getDrill_Evaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.Drill#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.garrison.model.security.Drill#getFindings()
	 * @see #getDrill()
	 * @generated
	 */
	EAttribute getDrill_Findings();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.VehicleDispatch <em>Vehicle Dispatch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vehicle Dispatch</em>'.
	 * @see org.garrison.model.security.VehicleDispatch
	 * @generated
	 */
	EClass getVehicleDispatch();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.VehicleDispatch#getVehicle <em>Vehicle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vehicle</em>'.
	 * @see org.garrison.model.security.VehicleDispatch#getVehicle()
	 * @see #getVehicleDispatch()
	 * @generated
	 */
	EReference getVehicleDispatch_Vehicle();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.VehicleDispatch#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.security.VehicleDispatch#getDate()
	 * @see #getVehicleDispatch()
	 * @generated
	 */
	EAttribute getVehicleDispatch_Date();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.VehicleDispatch#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.garrison.model.security.VehicleDispatch#getDriver()
	 * @see #getVehicleDispatch()
	 * @generated
	 */
	EReference getVehicleDispatch_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.VehicleDispatch#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.garrison.model.security.VehicleDispatch#getPurpose()
	 * @see #getVehicleDispatch()
	 * @generated
	 */
	EAttribute getVehicleDispatch_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.VehicleDispatch#getMileage <em>Mileage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mileage</em>'.
	 * @see org.garrison.model.security.VehicleDispatch#getMileage()
	 * @see #getVehicleDispatch()
	 * @generated
	 */
	EAttribute getVehicleDispatch_Mileage();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.LinkedUnit <em>Linked Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Linked Unit</em>'.
	 * @see org.garrison.model.security.LinkedUnit
	 * @generated
	 */
	EClass getLinkedUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getName()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getContact()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getPhone()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getLastInspection <em>Last Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Inspection</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getLastInspection()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_LastInspection();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getInspectionMonths <em>Inspection Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Months</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getInspectionMonths()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_InspectionMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.LinkedUnit#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.garrison.model.security.LinkedUnit#getFindings()
	 * @see #getLinkedUnit()
	 * @generated
	 */
	EAttribute getLinkedUnit_Findings();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item</em>'.
	 * @see org.garrison.model.security.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.ChecklistItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.garrison.model.security.ChecklistItem#getText()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Text();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.security.CheckResult <em>Check Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Check Result</em>'.
	 * @see org.garrison.model.security.CheckResult
	 * @generated
	 */
	EClass getCheckResult();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.CheckResult#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.garrison.model.security.CheckResult#getItem()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.CheckResult#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.garrison.model.security.CheckResult#getOutcome()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.security.CheckResult#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.garrison.model.security.CheckResult#getNote()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Note();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.security.CheckResult#getPhoto <em>Photo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Photo</em>'.
	 * @see org.garrison.model.security.CheckResult#getPhoto()
	 * @see #getCheckResult()
	 * @generated
	 */
	EReference getCheckResult_Photo();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.security.CheckResult#failureExplained(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Failure Explained</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Failure Explained</em>' operation.
	 * @see org.garrison.model.security.CheckResult#failureExplained(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCheckResult__FailureExplained__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.AssetCategory <em>Asset Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Category</em>'.
	 * @see org.garrison.model.security.AssetCategory
	 * @generated
	 */
	EEnum getAssetCategory();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.HazardSeverity <em>Hazard Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hazard Severity</em>'.
	 * @see org.garrison.model.security.HazardSeverity
	 * @generated
	 */
	EEnum getHazardSeverity();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.HazardState <em>Hazard State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hazard State</em>'.
	 * @see org.garrison.model.security.HazardState
	 * @generated
	 */
	EEnum getHazardState();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.HazardSource <em>Hazard Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hazard Source</em>'.
	 * @see org.garrison.model.security.HazardSource
	 * @generated
	 */
	EEnum getHazardSource();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.SafetyActivityKind <em>Safety Activity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Safety Activity Kind</em>'.
	 * @see org.garrison.model.security.SafetyActivityKind
	 * @generated
	 */
	EEnum getSafetyActivityKind();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.AssetStatus <em>Asset Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Status</em>'.
	 * @see org.garrison.model.security.AssetStatus
	 * @generated
	 */
	EEnum getAssetStatus();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.IntervalUnit <em>Interval Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interval Unit</em>'.
	 * @see org.garrison.model.security.IntervalUnit
	 * @generated
	 */
	EEnum getIntervalUnit();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.security.CheckOutcome <em>Check Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check Outcome</em>'.
	 * @see org.garrison.model.security.CheckOutcome
	 * @generated
	 */
	EEnum getCheckOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SecurityFactory getSecurityFactory();

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
		 * The meta object literal for the '{@link org.garrison.model.security.impl.SecurityLedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.SecurityLedgerImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSecurityLedger()
		 * @generated
		 */
		EClass SECURITY_LEDGER = eINSTANCE.getSecurityLedger();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__DISTRICT = eINSTANCE.getSecurityLedger_District();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__ASSETS = eINSTANCE.getSecurityLedger_Assets();

		/**
		 * The meta object literal for the '<em><b>Category Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__CATEGORY_PLANS = eINSTANCE.getSecurityLedger_CategoryPlans();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__HAZARDS = eINSTANCE.getSecurityLedger_Hazards();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__ACTIVITIES = eINSTANCE.getSecurityLedger_Activities();

		/**
		 * The meta object literal for the '<em><b>Drills</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__DRILLS = eINSTANCE.getSecurityLedger_Drills();

		/**
		 * The meta object literal for the '<em><b>Dispatches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__DISPATCHES = eINSTANCE.getSecurityLedger_Dispatches();

		/**
		 * The meta object literal for the '<em><b>Linked Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_LEDGER__LINKED_UNITS = eINSTANCE.getSecurityLedger_LinkedUnits();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.AssetImpl <em>Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.AssetImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAsset()
		 * @generated
		 */
		EClass ASSET = eINSTANCE.getAsset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__NAME = eINSTANCE.getAsset_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__CATEGORY = eINSTANCE.getAsset_Category();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__CODE = eINSTANCE.getAsset_Code();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__LOCATION = eINSTANCE.getAsset_Location();

		/**
		 * The meta object literal for the '<em><b>Commissioned On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__COMMISSIONED_ON = eINSTANCE.getAsset_CommissionedOn();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__PLANS = eINSTANCE.getAsset_Plans();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__STATUS = eINSTANCE.getAsset_Status();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__RESPONSIBLE = eINSTANCE.getAsset_Responsible();

		/**
		 * The meta object literal for the '<em><b>Inspection Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__INSPECTION_DUE = eINSTANCE.getAsset_InspectionDue();

		/**
		 * The meta object literal for the '<em><b>Insurance Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__INSURANCE_DUE = eINSTANCE.getAsset_InsuranceDue();

		/**
		 * The meta object literal for the '<em><b>Vehicle Dates Only For Vehicles</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___VEHICLE_DATES_ONLY_FOR_VEHICLES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAsset__VehicleDatesOnlyForVehicles__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.MaintenancePlanImpl <em>Maintenance Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.MaintenancePlanImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getMaintenancePlan()
		 * @generated
		 */
		EClass MAINTENANCE_PLAN = eINSTANCE.getMaintenancePlan();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_PLAN__ASSET = eINSTANCE.getMaintenancePlan_Asset();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__DESCRIPTION = eINSTANCE.getMaintenancePlan_Description();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__INTERVAL = eINSTANCE.getMaintenancePlan_Interval();

		/**
		 * The meta object literal for the '<em><b>Interval Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__INTERVAL_UNIT = eINSTANCE.getMaintenancePlan_IntervalUnit();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__CATEGORY = eINSTANCE.getMaintenancePlan_Category();

		/**
		 * The meta object literal for the '<em><b>Checklist</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_PLAN__CHECKLIST = eINSTANCE.getMaintenancePlan_Checklist();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__START_DATE = eINSTANCE.getMaintenancePlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_PLAN__RESPONSIBLE = eINSTANCE.getMaintenancePlan_Responsible();

		/**
		 * The meta object literal for the '<em><b>Due After</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_PLAN___DUE_AFTER__LOCALDATE = eINSTANCE.getMaintenancePlan__DueAfter__LocalDate();

		/**
		 * The meta object literal for the '<em><b>First Due For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_PLAN___FIRST_DUE_FOR__ASSET = eINSTANCE.getMaintenancePlan__FirstDueFor__Asset();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_PLAN___COVERS__ASSET = eINSTANCE.getMaintenancePlan__Covers__Asset();

		/**
		 * The meta object literal for the '<em><b>Interval Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_PLAN___INTERVAL_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMaintenancePlan__IntervalPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.MaintenanceRecordImpl <em>Maintenance Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.MaintenanceRecordImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getMaintenanceRecord()
		 * @generated
		 */
		EClass MAINTENANCE_RECORD = eINSTANCE.getMaintenanceRecord();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_RECORD__DATE = eINSTANCE.getMaintenanceRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_RECORD__ASSET = eINSTANCE.getMaintenanceRecord_Asset();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_RECORD__PLAN = eINSTANCE.getMaintenanceRecord_Plan();

		/**
		 * The meta object literal for the '<em><b>Performed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_RECORD__PERFORMED_BY = eINSTANCE.getMaintenanceRecord_PerformedBy();

		/**
		 * The meta object literal for the '<em><b>Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_RECORD__WORK = eINSTANCE.getMaintenanceRecord_Work();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_RECORD__FINDINGS = eINSTANCE.getMaintenanceRecord_Findings();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_RECORD__COST = eINSTANCE.getMaintenanceRecord_Cost();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_RECORD__RESULTS = eINSTANCE.getMaintenanceRecord_Results();

		/**
		 * The meta object literal for the '<em><b>Plan Of The Asset</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_RECORD___PLAN_OF_THE_ASSET__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMaintenanceRecord__PlanOfTheAsset__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Cost Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAINTENANCE_RECORD___COST_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMaintenanceRecord__CostNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.HazardImpl <em>Hazard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.HazardImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazard()
		 * @generated
		 */
		EClass HAZARD = eINSTANCE.getHazard();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__DESCRIPTION = eINSTANCE.getHazard_Description();

		/**
		 * The meta object literal for the '<em><b>Found On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__FOUND_ON = eINSTANCE.getHazard_FoundOn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__SOURCE = eINSTANCE.getHazard_Source();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__SEVERITY = eINSTANCE.getHazard_Severity();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__STATE = eINSTANCE.getHazard_State();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__OWNER = eINSTANCE.getHazard_Owner();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__DEADLINE = eINSTANCE.getHazard_Deadline();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__MEASURES = eINSTANCE.getHazard_Measures();

		/**
		 * The meta object literal for the '<em><b>Rectified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__RECTIFIED_ON = eINSTANCE.getHazard_RectifiedOn();

		/**
		 * The meta object literal for the '<em><b>Accepted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__ACCEPTED_ON = eINSTANCE.getHazard_AcceptedOn();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__ASSET = eINSTANCE.getHazard_Asset();

		/**
		 * The meta object literal for the '<em><b>Check Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__CHECK_ITEM = eINSTANCE.getHazard_CheckItem();

		/**
		 * The meta object literal for the '<em><b>Raised By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__RAISED_BY = eINSTANCE.getHazard_RaisedBy();

		/**
		 * The meta object literal for the '<em><b>Rectified By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__RECTIFIED_BY = eINSTANCE.getHazard_RectifiedBy();

		/**
		 * The meta object literal for the '<em><b>Accepted By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__ACCEPTED_BY = eINSTANCE.getHazard_AcceptedBy();

		/**
		 * The meta object literal for the '<em><b>Overdue On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HAZARD___OVERDUE_ON__LOCALDATE = eINSTANCE.getHazard__OverdueOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Closed Only After Rectification</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HAZARD___CLOSED_ONLY_AFTER_RECTIFICATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getHazard__ClosedOnlyAfterRectification__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.SafetyActivityImpl <em>Safety Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.SafetyActivityImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSafetyActivity()
		 * @generated
		 */
		EClass SAFETY_ACTIVITY = eINSTANCE.getSafetyActivity();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFETY_ACTIVITY__DATE = eINSTANCE.getSafetyActivity_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFETY_ACTIVITY__KIND = eINSTANCE.getSafetyActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFETY_ACTIVITY__TOPIC = eINSTANCE.getSafetyActivity_Topic();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFETY_ACTIVITY__PARTICIPANTS = eINSTANCE.getSafetyActivity_Participants();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFETY_ACTIVITY__QUARTER = eINSTANCE.getSafetyActivity_Quarter();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.DrillImpl <em>Drill</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.DrillImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getDrill()
		 * @generated
		 */
		EClass DRILL = eINSTANCE.getDrill();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL__DATE = eINSTANCE.getDrill_Date();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL__SCENARIO = eINSTANCE.getDrill_Scenario();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL__PARTICIPANTS = eINSTANCE.getDrill_Participants();

		/**
		 * The meta object literal for the '<em><b>Evaluation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL__EVALUATION = eINSTANCE.getDrill_Evaluation();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL__FINDINGS = eINSTANCE.getDrill_Findings();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.VehicleDispatchImpl <em>Vehicle Dispatch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.VehicleDispatchImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getVehicleDispatch()
		 * @generated
		 */
		EClass VEHICLE_DISPATCH = eINSTANCE.getVehicleDispatch();

		/**
		 * The meta object literal for the '<em><b>Vehicle</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VEHICLE_DISPATCH__VEHICLE = eINSTANCE.getVehicleDispatch_Vehicle();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VEHICLE_DISPATCH__DATE = eINSTANCE.getVehicleDispatch_Date();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VEHICLE_DISPATCH__DRIVER = eINSTANCE.getVehicleDispatch_Driver();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VEHICLE_DISPATCH__PURPOSE = eINSTANCE.getVehicleDispatch_Purpose();

		/**
		 * The meta object literal for the '<em><b>Mileage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VEHICLE_DISPATCH__MILEAGE = eINSTANCE.getVehicleDispatch_Mileage();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.LinkedUnitImpl <em>Linked Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.LinkedUnitImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getLinkedUnit()
		 * @generated
		 */
		EClass LINKED_UNIT = eINSTANCE.getLinkedUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__NAME = eINSTANCE.getLinkedUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__CONTACT = eINSTANCE.getLinkedUnit_Contact();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__PHONE = eINSTANCE.getLinkedUnit_Phone();

		/**
		 * The meta object literal for the '<em><b>Last Inspection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__LAST_INSPECTION = eINSTANCE.getLinkedUnit_LastInspection();

		/**
		 * The meta object literal for the '<em><b>Inspection Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__INSPECTION_MONTHS = eINSTANCE.getLinkedUnit_InspectionMonths();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_UNIT__FINDINGS = eINSTANCE.getLinkedUnit_Findings();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.ChecklistItemImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__TEXT = eINSTANCE.getChecklistItem_Text();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.impl.CheckResultImpl <em>Check Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.impl.CheckResultImpl
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getCheckResult()
		 * @generated
		 */
		EClass CHECK_RESULT = eINSTANCE.getCheckResult();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__ITEM = eINSTANCE.getCheckResult_Item();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__OUTCOME = eINSTANCE.getCheckResult_Outcome();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__NOTE = eINSTANCE.getCheckResult_Note();

		/**
		 * The meta object literal for the '<em><b>Photo</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK_RESULT__PHOTO = eINSTANCE.getCheckResult_Photo();

		/**
		 * The meta object literal for the '<em><b>Failure Explained</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CHECK_RESULT___FAILURE_EXPLAINED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCheckResult__FailureExplained__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.AssetCategory <em>Asset Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.AssetCategory
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAssetCategory()
		 * @generated
		 */
		EEnum ASSET_CATEGORY = eINSTANCE.getAssetCategory();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.HazardSeverity <em>Hazard Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.HazardSeverity
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardSeverity()
		 * @generated
		 */
		EEnum HAZARD_SEVERITY = eINSTANCE.getHazardSeverity();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.HazardState <em>Hazard State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.HazardState
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardState()
		 * @generated
		 */
		EEnum HAZARD_STATE = eINSTANCE.getHazardState();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.HazardSource <em>Hazard Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.HazardSource
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getHazardSource()
		 * @generated
		 */
		EEnum HAZARD_SOURCE = eINSTANCE.getHazardSource();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.SafetyActivityKind <em>Safety Activity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.SafetyActivityKind
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getSafetyActivityKind()
		 * @generated
		 */
		EEnum SAFETY_ACTIVITY_KIND = eINSTANCE.getSafetyActivityKind();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.AssetStatus <em>Asset Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.AssetStatus
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getAssetStatus()
		 * @generated
		 */
		EEnum ASSET_STATUS = eINSTANCE.getAssetStatus();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.IntervalUnit <em>Interval Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.IntervalUnit
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getIntervalUnit()
		 * @generated
		 */
		EEnum INTERVAL_UNIT = eINSTANCE.getIntervalUnit();

		/**
		 * The meta object literal for the '{@link org.garrison.model.security.CheckOutcome <em>Check Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.security.CheckOutcome
		 * @see org.garrison.model.security.impl.SecurityPackageImpl#getCheckOutcome()
		 * @generated
		 */
		EEnum CHECK_OUTCOME = eINSTANCE.getCheckOutcome();

	}

} //SecurityPackage
