/**
 */
package org.garrison.model.core;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Records shared by every area: the district, its organization tree, persons, attachments, audit information.
 * <!-- end-model-doc -->
 * @see org.garrison.model.core.CoreFactory
 * @model kind="package"
 * @generated
 */
public interface CorePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "core";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://garrison.org/model/core/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "core";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorePackage eINSTANCE = org.garrison.model.core.impl.CorePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.garrison.model.core.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.impl.RecordImpl
	 * @see org.garrison.model.core.impl.CorePackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 0;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_BY = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CHANGED_BY = 2;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CHANGED_AT = 3;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ATTACHMENTS = 4;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.impl.AttachmentImpl
	 * @see org.garrison.model.core.impl.CorePackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CONTENT = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.impl.DistrictImpl <em>District</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.impl.DistrictImpl
	 * @see org.garrison.model.core.impl.CorePackageImpl#getDistrict()
	 * @generated
	 */
	int DISTRICT = 2;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CHANGED_BY = RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CHANGED_AT = RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__ATTACHMENTS = RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CODE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__NAME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__UNITS = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__PERSONS = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>District</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Identity Numbers Unique</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT___IDENTITY_NUMBERS_UNIQUE__DIAGNOSTICCHAIN_MAP = RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>District</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.impl.OrgUnitImpl <em>Org Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.impl.OrgUnitImpl
	 * @see org.garrison.model.core.impl.CorePackageImpl#getOrgUnit()
	 * @generated
	 */
	int ORG_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CHANGED_BY = RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CHANGED_AT = RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__ATTACHMENTS = RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CODE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__NAME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__LEVEL = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CHILDREN = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__PARENT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Town</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__TOWN = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.impl.PersonImpl
	 * @see org.garrison.model.core.impl.CorePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 4;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CHANGED_BY = RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CHANGED_AT = RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ATTACHMENTS = RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__IDENTITY_NUMBER = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SEX = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__BIRTH_DATE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ethnicity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ETHNICITY = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Household Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HOUSEHOLD_REGISTRATION = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Political Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__POLITICAL_STATUS = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EDUCATION = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMPLOYER = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Civilian Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CIVILIAN_SPECIALTY = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ADDRESS = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORG_UNIT = RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = RECORD_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Age On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON___AGE_ON__LOCALDATE = RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Identity Number Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON___IDENTITY_NUMBER_VALID__DIAGNOSTICCHAIN_MAP = RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.OrgUnitLevel <em>Org Unit Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.OrgUnitLevel
	 * @see org.garrison.model.core.impl.CorePackageImpl#getOrgUnitLevel()
	 * @generated
	 */
	int ORG_UNIT_LEVEL = 5;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.Sex
	 * @see org.garrison.model.core.impl.CorePackageImpl#getSex()
	 * @generated
	 */
	int SEX = 6;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.PoliticalStatus <em>Political Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.PoliticalStatus
	 * @see org.garrison.model.core.impl.CorePackageImpl#getPoliticalStatus()
	 * @generated
	 */
	int POLITICAL_STATUS = 7;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.Education <em>Education</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.Education
	 * @see org.garrison.model.core.impl.CorePackageImpl#getEducation()
	 * @generated
	 */
	int EDUCATION = 8;

	/**
	 * The meta object id for the '{@link org.garrison.model.core.Grade <em>Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.core.Grade
	 * @see org.garrison.model.core.impl.CorePackageImpl#getGrade()
	 * @generated
	 */
	int GRADE = 9;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.garrison.model.core.impl.CorePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 10;


	/**
	 * Returns the meta object for class '{@link org.garrison.model.core.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see org.garrison.model.core.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Record#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.garrison.model.core.Record#getCreatedBy()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Record#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.garrison.model.core.Record#getCreatedAt()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Record#getChangedBy <em>Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed By</em>'.
	 * @see org.garrison.model.core.Record#getChangedBy()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ChangedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Record#getChangedAt <em>Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed At</em>'.
	 * @see org.garrison.model.core.Record#getChangedAt()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ChangedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.core.Record#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.garrison.model.core.Record#getAttachments()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_Attachments();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.core.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.garrison.model.core.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Attachment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.core.Attachment#getName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.garrison.model.core.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Attachment#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.garrison.model.core.Attachment#getContent()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Attachment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.garrison.model.core.Attachment#getDescription()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Description();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.core.District <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>District</em>'.
	 * @see org.garrison.model.core.District
	 * @generated
	 */
	EClass getDistrict();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.District#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.garrison.model.core.District#getCode()
	 * @see #getDistrict()
	 * @generated
	 */
	EAttribute getDistrict_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.District#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.core.District#getName()
	 * @see #getDistrict()
	 * @generated
	 */
	EAttribute getDistrict_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.core.District#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.garrison.model.core.District#getUnits()
	 * @see #getDistrict()
	 * @generated
	 */
	EReference getDistrict_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.core.District#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Persons</em>'.
	 * @see org.garrison.model.core.District#getPersons()
	 * @see #getDistrict()
	 * @generated
	 */
	EReference getDistrict_Persons();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.core.District#identityNumbersUnique(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Identity Numbers Unique</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Identity Numbers Unique</em>' operation.
	 * @see org.garrison.model.core.District#identityNumbersUnique(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getDistrict__IdentityNumbersUnique__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.core.OrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Org Unit</em>'.
	 * @see org.garrison.model.core.OrgUnit
	 * @generated
	 */
	EClass getOrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.OrgUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.garrison.model.core.OrgUnit#getCode()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.OrgUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.core.OrgUnit#getName()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.OrgUnit#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.garrison.model.core.OrgUnit#getLevel()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Level();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.core.OrgUnit#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.garrison.model.core.OrgUnit#getChildren()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EReference getOrgUnit_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.garrison.model.core.OrgUnit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.garrison.model.core.OrgUnit#getParent()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EReference getOrgUnit_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.core.OrgUnit#getTown <em>Town</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Town</em>'.
	 * @see org.garrison.model.core.OrgUnit#getTown()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EReference getOrgUnit_Town();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.core.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.garrison.model.core.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.core.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getIdentityNumber <em>Identity Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity Number</em>'.
	 * @see org.garrison.model.core.Person#getIdentityNumber()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_IdentityNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.garrison.model.core.Person#getSex()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.garrison.model.core.Person#getBirthDate()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getEthnicity <em>Ethnicity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ethnicity</em>'.
	 * @see org.garrison.model.core.Person#getEthnicity()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Ethnicity();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getHouseholdRegistration <em>Household Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Household Registration</em>'.
	 * @see org.garrison.model.core.Person#getHouseholdRegistration()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_HouseholdRegistration();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getPoliticalStatus <em>Political Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Political Status</em>'.
	 * @see org.garrison.model.core.Person#getPoliticalStatus()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_PoliticalStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getEducation <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Education</em>'.
	 * @see org.garrison.model.core.Person#getEducation()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Education();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer</em>'.
	 * @see org.garrison.model.core.Person#getEmployer()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getCivilianSpecialty <em>Civilian Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Civilian Specialty</em>'.
	 * @see org.garrison.model.core.Person#getCivilianSpecialty()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_CivilianSpecialty();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.garrison.model.core.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.core.Person#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.garrison.model.core.Person#getAddress()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Address();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.core.Person#getOrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Org Unit</em>'.
	 * @see org.garrison.model.core.Person#getOrgUnit()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_OrgUnit();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.core.Person#ageOn(java.time.LocalDate) <em>Age On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age On</em>' operation.
	 * @see org.garrison.model.core.Person#ageOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getPerson__AgeOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.core.Person#identityNumberValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Identity Number Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Identity Number Valid</em>' operation.
	 * @see org.garrison.model.core.Person#identityNumberValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPerson__IdentityNumberValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.core.OrgUnitLevel <em>Org Unit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Org Unit Level</em>'.
	 * @see org.garrison.model.core.OrgUnitLevel
	 * @generated
	 */
	EEnum getOrgUnitLevel();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.core.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.garrison.model.core.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.core.PoliticalStatus <em>Political Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Political Status</em>'.
	 * @see org.garrison.model.core.PoliticalStatus
	 * @generated
	 */
	EEnum getPoliticalStatus();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.core.Education <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Education</em>'.
	 * @see org.garrison.model.core.Education
	 * @generated
	 */
	EEnum getEducation();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.core.Grade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grade</em>'.
	 * @see org.garrison.model.core.Grade
	 * @generated
	 */
	EEnum getGrade();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoreFactory getCoreFactory();

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
		 * The meta object literal for the '{@link org.garrison.model.core.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.impl.RecordImpl
		 * @see org.garrison.model.core.impl.CorePackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_BY = eINSTANCE.getRecord_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_AT = eINSTANCE.getRecord_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Changed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CHANGED_BY = eINSTANCE.getRecord_ChangedBy();

		/**
		 * The meta object literal for the '<em><b>Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CHANGED_AT = eINSTANCE.getRecord_ChangedAt();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__ATTACHMENTS = eINSTANCE.getRecord_Attachments();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.impl.AttachmentImpl
		 * @see org.garrison.model.core.impl.CorePackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__NAME = eINSTANCE.getAttachment_Name();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CONTENT = eINSTANCE.getAttachment_Content();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__DESCRIPTION = eINSTANCE.getAttachment_Description();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.impl.DistrictImpl <em>District</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.impl.DistrictImpl
		 * @see org.garrison.model.core.impl.CorePackageImpl#getDistrict()
		 * @generated
		 */
		EClass DISTRICT = eINSTANCE.getDistrict();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRICT__CODE = eINSTANCE.getDistrict_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRICT__NAME = eINSTANCE.getDistrict_Name();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTRICT__UNITS = eINSTANCE.getDistrict_Units();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTRICT__PERSONS = eINSTANCE.getDistrict_Persons();

		/**
		 * The meta object literal for the '<em><b>Identity Numbers Unique</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DISTRICT___IDENTITY_NUMBERS_UNIQUE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getDistrict__IdentityNumbersUnique__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.impl.OrgUnitImpl <em>Org Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.impl.OrgUnitImpl
		 * @see org.garrison.model.core.impl.CorePackageImpl#getOrgUnit()
		 * @generated
		 */
		EClass ORG_UNIT = eINSTANCE.getOrgUnit();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__CODE = eINSTANCE.getOrgUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__NAME = eINSTANCE.getOrgUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__LEVEL = eINSTANCE.getOrgUnit_Level();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORG_UNIT__CHILDREN = eINSTANCE.getOrgUnit_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORG_UNIT__PARENT = eINSTANCE.getOrgUnit_Parent();

		/**
		 * The meta object literal for the '<em><b>Town</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORG_UNIT__TOWN = eINSTANCE.getOrgUnit_Town();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.impl.PersonImpl
		 * @see org.garrison.model.core.impl.CorePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Identity Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__IDENTITY_NUMBER = eINSTANCE.getPerson_IdentityNumber();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SEX = eINSTANCE.getPerson_Sex();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__BIRTH_DATE = eINSTANCE.getPerson_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Ethnicity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ETHNICITY = eINSTANCE.getPerson_Ethnicity();

		/**
		 * The meta object literal for the '<em><b>Household Registration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__HOUSEHOLD_REGISTRATION = eINSTANCE.getPerson_HouseholdRegistration();

		/**
		 * The meta object literal for the '<em><b>Political Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__POLITICAL_STATUS = eINSTANCE.getPerson_PoliticalStatus();

		/**
		 * The meta object literal for the '<em><b>Education</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EDUCATION = eINSTANCE.getPerson_Education();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMPLOYER = eINSTANCE.getPerson_Employer();

		/**
		 * The meta object literal for the '<em><b>Civilian Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__CIVILIAN_SPECIALTY = eINSTANCE.getPerson_CivilianSpecialty();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ADDRESS = eINSTANCE.getPerson_Address();

		/**
		 * The meta object literal for the '<em><b>Org Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__ORG_UNIT = eINSTANCE.getPerson_OrgUnit();

		/**
		 * The meta object literal for the '<em><b>Age On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSON___AGE_ON__LOCALDATE = eINSTANCE.getPerson__AgeOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Identity Number Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSON___IDENTITY_NUMBER_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPerson__IdentityNumberValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.OrgUnitLevel <em>Org Unit Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.OrgUnitLevel
		 * @see org.garrison.model.core.impl.CorePackageImpl#getOrgUnitLevel()
		 * @generated
		 */
		EEnum ORG_UNIT_LEVEL = eINSTANCE.getOrgUnitLevel();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.Sex
		 * @see org.garrison.model.core.impl.CorePackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.PoliticalStatus <em>Political Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.PoliticalStatus
		 * @see org.garrison.model.core.impl.CorePackageImpl#getPoliticalStatus()
		 * @generated
		 */
		EEnum POLITICAL_STATUS = eINSTANCE.getPoliticalStatus();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.Education <em>Education</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.Education
		 * @see org.garrison.model.core.impl.CorePackageImpl#getEducation()
		 * @generated
		 */
		EEnum EDUCATION = eINSTANCE.getEducation();

		/**
		 * The meta object literal for the '{@link org.garrison.model.core.Grade <em>Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.core.Grade
		 * @see org.garrison.model.core.impl.CorePackageImpl#getGrade()
		 * @generated
		 */
		EEnum GRADE = eINSTANCE.getGrade();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.garrison.model.core.impl.CorePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CorePackage
