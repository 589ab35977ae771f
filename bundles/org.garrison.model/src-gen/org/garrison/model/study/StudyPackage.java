/**
 */
package org.garrison.model.study;

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
 * Political study (政治理论学习): sessions, study regimes, the reading list and who read what.
 * <!-- end-model-doc -->
 * @see org.garrison.model.study.StudyFactory
 * @model kind="package"
 * @generated
 */
public interface StudyPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "study";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://garrison.org/model/study/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "study";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudyPackage eINSTANCE = org.garrison.model.study.impl.StudyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.StudyLedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.StudyLedgerImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyLedger()
	 * @generated
	 */
	int STUDY_LEDGER = 0;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__DISTRICT = 0;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__SESSIONS = 1;

	/**
	 * The feature id for the '<em><b>Regimes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__REGIMES = 2;

	/**
	 * The feature id for the '<em><b>Reading Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__READING_ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__PROGRESS = 4;

	/**
	 * The feature id for the '<em><b>Reflections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__REFLECTIONS = 5;

	/**
	 * The feature id for the '<em><b>Make Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__MAKE_UPS = 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER__GROUPS = 7;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_LEDGER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.StudyGroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.StudyGroupImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyGroup()
	 * @generated
	 */
	int STUDY_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__KINDS = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__MEMBERS = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Books Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP__BOOKS_PER_YEAR = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Books Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP___BOOKS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_GROUP_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.StudySessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.StudySessionImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudySession()
	 * @generated
	 */
	int STUDY_SESSION = 2;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__KIND = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__TOPIC = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Presenter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__PRESENTER = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__ATTENDEES = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Absentees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__ABSENTEES = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__HOURS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__PLACE = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__NOTES = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Regime</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__REGIME = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Reading Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__READING_ITEM = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Chapters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__CHAPTERS = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__GROUP = CorePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Absences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__ABSENCES = CorePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Attendance Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION__ATTENDANCE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Hours Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Attendees Not Absent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION___ATTENDEES_NOT_ABSENT__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Absences Of Absentees</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION___ABSENCES_OF_ABSENTEES__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_SESSION_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.AbsenceImpl <em>Absence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.AbsenceImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getAbsence()
	 * @generated
	 */
	int ABSENCE = 3;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__REASON = 1;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__REMARK = 2;

	/**
	 * The number of structural features of the '<em>Absence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Absence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.ExcusedOccurrenceImpl <em>Excused Occurrence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.ExcusedOccurrenceImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getExcusedOccurrence()
	 * @generated
	 */
	int EXCUSED_OCCURRENCE = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCUSED_OCCURRENCE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCUSED_OCCURRENCE__REASON = 1;

	/**
	 * The number of structural features of the '<em>Excused Occurrence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCUSED_OCCURRENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Excused Occurrence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCUSED_OCCURRENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.StudyRegimeImpl <em>Regime</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.StudyRegimeImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyRegime()
	 * @generated
	 */
	int STUDY_REGIME = 5;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__KIND = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__RECURRENCE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__START_DATE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__END_DATE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__GROUP = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Excused</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME__EXCUSED = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Regime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Dates In Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Regime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_REGIME_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.ReadingItemImpl <em>Reading Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.ReadingItemImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingItem()
	 * @generated
	 */
	int READING_ITEM = 6;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__TITLE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__AUTHOR = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__MODE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__YEAR = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Chapters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM__CHAPTERS = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reading Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Reading Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_ITEM_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.ChapterImpl <em>Chapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.ChapterImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getChapter()
	 * @generated
	 */
	int CHAPTER = 7;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE = 1;

	/**
	 * The number of structural features of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.ReadingProgressImpl <em>Reading Progress</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.ReadingProgressImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingProgress()
	 * @generated
	 */
	int READING_PROGRESS = 8;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Reader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__READER = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__ITEM = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Chapters Done</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__CHAPTERS_DONE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS__COMPLETE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Reading Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Reading Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READING_PROGRESS_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.ReflectionImpl <em>Reflection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.ReflectionImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getReflection()
	 * @generated
	 */
	int REFLECTION = 9;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__AUTHOR = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__DATE = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__TITLE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__TEXT = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__SESSION = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__ITEM = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Reflection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Reflection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.impl.MakeUpStudyImpl <em>Make Up Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.impl.MakeUpStudyImpl
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getMakeUpStudy()
	 * @generated
	 */
	int MAKE_UP_STUDY = 10;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__PERSON = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__SESSION = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__DATE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__METHOD = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY__NOTES = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Make Up Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Only For Absentees</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY___ONLY_FOR_ABSENTEES__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Not Before Session</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY___NOT_BEFORE_SESSION__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Make Up Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAKE_UP_STUDY_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.StudyKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.StudyKind
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyKind()
	 * @generated
	 */
	int STUDY_KIND = 11;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.Recurrence <em>Recurrence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.Recurrence
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getRecurrence()
	 * @generated
	 */
	int RECURRENCE = 12;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.ReadingMode <em>Reading Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.ReadingMode
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingMode()
	 * @generated
	 */
	int READING_MODE = 13;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.AbsenceReason <em>Absence Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.AbsenceReason
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getAbsenceReason()
	 * @generated
	 */
	int ABSENCE_REASON = 14;

	/**
	 * The meta object id for the '{@link org.garrison.model.study.MakeUpMethod <em>Make Up Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.study.MakeUpMethod
	 * @see org.garrison.model.study.impl.StudyPackageImpl#getMakeUpMethod()
	 * @generated
	 */
	int MAKE_UP_METHOD = 15;


	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.StudyLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see org.garrison.model.study.StudyLedger
	 * @generated
	 */
	EClass getStudyLedger();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudyLedger#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.garrison.model.study.StudyLedger#getDistrict()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_District();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.garrison.model.study.StudyLedger#getSessions()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getRegimes <em>Regimes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regimes</em>'.
	 * @see org.garrison.model.study.StudyLedger#getRegimes()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_Regimes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getReadingItems <em>Reading Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reading Items</em>'.
	 * @see org.garrison.model.study.StudyLedger#getReadingItems()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_ReadingItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress</em>'.
	 * @see org.garrison.model.study.StudyLedger#getProgress()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_Progress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getReflections <em>Reflections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reflections</em>'.
	 * @see org.garrison.model.study.StudyLedger#getReflections()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_Reflections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getMakeUps <em>Make Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Make Ups</em>'.
	 * @see org.garrison.model.study.StudyLedger#getMakeUps()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_MakeUps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyLedger#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.garrison.model.study.StudyLedger#getGroups()
	 * @see #getStudyLedger()
	 * @generated
	 */
	EReference getStudyLedger_Groups();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.StudyGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.garrison.model.study.StudyGroup
	 * @generated
	 */
	EClass getStudyGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.study.StudyGroup#getName()
	 * @see #getStudyGroup()
	 * @generated
	 */
	EAttribute getStudyGroup_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.garrison.model.study.StudyGroup#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.garrison.model.study.StudyGroup#getKinds()
	 * @see #getStudyGroup()
	 * @generated
	 */
	EAttribute getStudyGroup_Kinds();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.study.StudyGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.garrison.model.study.StudyGroup#getMembers()
	 * @see #getStudyGroup()
	 * @generated
	 */
	EReference getStudyGroup_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyGroup#getBooksPerYear <em>Books Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Books Per Year</em>'.
	 * @see org.garrison.model.study.StudyGroup#getBooksPerYear()
	 * @see #getStudyGroup()
	 * @generated
	 */
	EAttribute getStudyGroup_BooksPerYear();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.StudyGroup#booksNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Books Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Books Not Negative</em>' operation.
	 * @see org.garrison.model.study.StudyGroup#booksNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudyGroup__BooksNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.StudySession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.garrison.model.study.StudySession
	 * @generated
	 */
	EClass getStudySession();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.study.StudySession#getDate()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.study.StudySession#getKind()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.garrison.model.study.StudySession#getTopic()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Topic();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudySession#getPresenter <em>Presenter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Presenter</em>'.
	 * @see org.garrison.model.study.StudySession#getPresenter()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Presenter();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.study.StudySession#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.garrison.model.study.StudySession#getAttendees()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Attendees();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.study.StudySession#getAbsentees <em>Absentees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Absentees</em>'.
	 * @see org.garrison.model.study.StudySession#getAbsentees()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Absentees();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.garrison.model.study.StudySession#getHours()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.garrison.model.study.StudySession#getPlace()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.garrison.model.study.StudySession#getNotes()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudySession#getRegime <em>Regime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regime</em>'.
	 * @see org.garrison.model.study.StudySession#getRegime()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Regime();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudySession#getReadingItem <em>Reading Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reading Item</em>'.
	 * @see org.garrison.model.study.StudySession#getReadingItem()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_ReadingItem();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.study.StudySession#getChapters <em>Chapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Chapters</em>'.
	 * @see org.garrison.model.study.StudySession#getChapters()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Chapters();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudySession#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.garrison.model.study.StudySession#getGroup()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Group();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudySession#getAbsences <em>Absences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Absences</em>'.
	 * @see org.garrison.model.study.StudySession#getAbsences()
	 * @see #getStudySession()
	 * @generated
	 */
	EReference getStudySession_Absences();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudySession#getAttendanceCount <em>Attendance Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance Count</em>'.
	 * @see org.garrison.model.study.StudySession#getAttendanceCount()
	 * @see #getStudySession()
	 * @generated
	 */
	EAttribute getStudySession_AttendanceCount();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.StudySession#hoursNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Hours Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Hours Not Negative</em>' operation.
	 * @see org.garrison.model.study.StudySession#hoursNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudySession__HoursNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.StudySession#attendeesNotAbsent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Attendees Not Absent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Attendees Not Absent</em>' operation.
	 * @see org.garrison.model.study.StudySession#attendeesNotAbsent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudySession__AttendeesNotAbsent__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.StudySession#absencesOfAbsentees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Absences Of Absentees</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Absences Of Absentees</em>' operation.
	 * @see org.garrison.model.study.StudySession#absencesOfAbsentees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudySession__AbsencesOfAbsentees__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.Absence <em>Absence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Absence</em>'.
	 * @see org.garrison.model.study.Absence
	 * @generated
	 */
	EClass getAbsence();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.Absence#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.study.Absence#getPerson()
	 * @see #getAbsence()
	 * @generated
	 */
	EReference getAbsence_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Absence#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.garrison.model.study.Absence#getReason()
	 * @see #getAbsence()
	 * @generated
	 */
	EAttribute getAbsence_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Absence#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.garrison.model.study.Absence#getRemark()
	 * @see #getAbsence()
	 * @generated
	 */
	EAttribute getAbsence_Remark();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.ExcusedOccurrence <em>Excused Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Excused Occurrence</em>'.
	 * @see org.garrison.model.study.ExcusedOccurrence
	 * @generated
	 */
	EClass getExcusedOccurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ExcusedOccurrence#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.study.ExcusedOccurrence#getDate()
	 * @see #getExcusedOccurrence()
	 * @generated
	 */
	EAttribute getExcusedOccurrence_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ExcusedOccurrence#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.garrison.model.study.ExcusedOccurrence#getReason()
	 * @see #getExcusedOccurrence()
	 * @generated
	 */
	EAttribute getExcusedOccurrence_Reason();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.StudyRegime <em>Regime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regime</em>'.
	 * @see org.garrison.model.study.StudyRegime
	 * @generated
	 */
	EClass getStudyRegime();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyRegime#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.study.StudyRegime#getName()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EAttribute getStudyRegime_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyRegime#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.study.StudyRegime#getKind()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EAttribute getStudyRegime_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyRegime#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see org.garrison.model.study.StudyRegime#getRecurrence()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EAttribute getStudyRegime_Recurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyRegime#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.garrison.model.study.StudyRegime#getStartDate()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EAttribute getStudyRegime_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.StudyRegime#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.garrison.model.study.StudyRegime#getEndDate()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EAttribute getStudyRegime_EndDate();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.StudyRegime#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.garrison.model.study.StudyRegime#getGroup()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EReference getStudyRegime_Group();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.StudyRegime#getExcused <em>Excused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Excused</em>'.
	 * @see org.garrison.model.study.StudyRegime#getExcused()
	 * @see #getStudyRegime()
	 * @generated
	 */
	EReference getStudyRegime_Excused();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.StudyRegime#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dates In Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dates In Order</em>' operation.
	 * @see org.garrison.model.study.StudyRegime#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudyRegime__DatesInOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.ReadingItem <em>Reading Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reading Item</em>'.
	 * @see org.garrison.model.study.ReadingItem
	 * @generated
	 */
	EClass getReadingItem();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ReadingItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.garrison.model.study.ReadingItem#getTitle()
	 * @see #getReadingItem()
	 * @generated
	 */
	EAttribute getReadingItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ReadingItem#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.garrison.model.study.ReadingItem#getAuthor()
	 * @see #getReadingItem()
	 * @generated
	 */
	EAttribute getReadingItem_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ReadingItem#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.garrison.model.study.ReadingItem#getMode()
	 * @see #getReadingItem()
	 * @generated
	 */
	EAttribute getReadingItem_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ReadingItem#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.garrison.model.study.ReadingItem#getYear()
	 * @see #getReadingItem()
	 * @generated
	 */
	EAttribute getReadingItem_Year();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.study.ReadingItem#getChapters <em>Chapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chapters</em>'.
	 * @see org.garrison.model.study.ReadingItem#getChapters()
	 * @see #getReadingItem()
	 * @generated
	 */
	EReference getReadingItem_Chapters();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chapter</em>'.
	 * @see org.garrison.model.study.Chapter
	 * @generated
	 */
	EClass getChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Chapter#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.garrison.model.study.Chapter#getNumber()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Chapter#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.garrison.model.study.Chapter#getTitle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Title();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.ReadingProgress <em>Reading Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reading Progress</em>'.
	 * @see org.garrison.model.study.ReadingProgress
	 * @generated
	 */
	EClass getReadingProgress();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.ReadingProgress#getReader <em>Reader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reader</em>'.
	 * @see org.garrison.model.study.ReadingProgress#getReader()
	 * @see #getReadingProgress()
	 * @generated
	 */
	EReference getReadingProgress_Reader();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.ReadingProgress#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.garrison.model.study.ReadingProgress#getItem()
	 * @see #getReadingProgress()
	 * @generated
	 */
	EReference getReadingProgress_Item();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.study.ReadingProgress#getChaptersDone <em>Chapters Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Chapters Done</em>'.
	 * @see org.garrison.model.study.ReadingProgress#getChaptersDone()
	 * @see #getReadingProgress()
	 * @generated
	 */
	EReference getReadingProgress_ChaptersDone();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.ReadingProgress#isComplete <em>Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complete</em>'.
	 * @see org.garrison.model.study.ReadingProgress#isComplete()
	 * @see #getReadingProgress()
	 * @generated
	 */
	EAttribute getReadingProgress_Complete();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.Reflection <em>Reflection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reflection</em>'.
	 * @see org.garrison.model.study.Reflection
	 * @generated
	 */
	EClass getReflection();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.Reflection#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.garrison.model.study.Reflection#getAuthor()
	 * @see #getReflection()
	 * @generated
	 */
	EReference getReflection_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Reflection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.study.Reflection#getDate()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Reflection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.garrison.model.study.Reflection#getTitle()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.Reflection#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.garrison.model.study.Reflection#getText()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Text();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.Reflection#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Session</em>'.
	 * @see org.garrison.model.study.Reflection#getSession()
	 * @see #getReflection()
	 * @generated
	 */
	EReference getReflection_Session();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.Reflection#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.garrison.model.study.Reflection#getItem()
	 * @see #getReflection()
	 * @generated
	 */
	EReference getReflection_Item();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.study.MakeUpStudy <em>Make Up Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Make Up Study</em>'.
	 * @see org.garrison.model.study.MakeUpStudy
	 * @generated
	 */
	EClass getMakeUpStudy();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.MakeUpStudy#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.study.MakeUpStudy#getPerson()
	 * @see #getMakeUpStudy()
	 * @generated
	 */
	EReference getMakeUpStudy_Person();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.study.MakeUpStudy#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Session</em>'.
	 * @see org.garrison.model.study.MakeUpStudy#getSession()
	 * @see #getMakeUpStudy()
	 * @generated
	 */
	EReference getMakeUpStudy_Session();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.MakeUpStudy#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.study.MakeUpStudy#getDate()
	 * @see #getMakeUpStudy()
	 * @generated
	 */
	EAttribute getMakeUpStudy_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.MakeUpStudy#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.garrison.model.study.MakeUpStudy#getMethod()
	 * @see #getMakeUpStudy()
	 * @generated
	 */
	EAttribute getMakeUpStudy_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.study.MakeUpStudy#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.garrison.model.study.MakeUpStudy#getNotes()
	 * @see #getMakeUpStudy()
	 * @generated
	 */
	EAttribute getMakeUpStudy_Notes();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.MakeUpStudy#onlyForAbsentees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Only For Absentees</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Only For Absentees</em>' operation.
	 * @see org.garrison.model.study.MakeUpStudy#onlyForAbsentees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMakeUpStudy__OnlyForAbsentees__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.study.MakeUpStudy#notBeforeSession(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Not Before Session</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Not Before Session</em>' operation.
	 * @see org.garrison.model.study.MakeUpStudy#notBeforeSession(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMakeUpStudy__NotBeforeSession__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.study.StudyKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.garrison.model.study.StudyKind
	 * @generated
	 */
	EEnum getStudyKind();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.study.Recurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recurrence</em>'.
	 * @see org.garrison.model.study.Recurrence
	 * @generated
	 */
	EEnum getRecurrence();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.study.ReadingMode <em>Reading Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reading Mode</em>'.
	 * @see org.garrison.model.study.ReadingMode
	 * @generated
	 */
	EEnum getReadingMode();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.study.AbsenceReason <em>Absence Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Absence Reason</em>'.
	 * @see org.garrison.model.study.AbsenceReason
	 * @generated
	 */
	EEnum getAbsenceReason();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.study.MakeUpMethod <em>Make Up Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Make Up Method</em>'.
	 * @see org.garrison.model.study.MakeUpMethod
	 * @generated
	 */
	EEnum getMakeUpMethod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StudyFactory getStudyFactory();

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
		 * The meta object literal for the '{@link org.garrison.model.study.impl.StudyLedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.StudyLedgerImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyLedger()
		 * @generated
		 */
		EClass STUDY_LEDGER = eINSTANCE.getStudyLedger();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__DISTRICT = eINSTANCE.getStudyLedger_District();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__SESSIONS = eINSTANCE.getStudyLedger_Sessions();

		/**
		 * The meta object literal for the '<em><b>Regimes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__REGIMES = eINSTANCE.getStudyLedger_Regimes();

		/**
		 * The meta object literal for the '<em><b>Reading Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__READING_ITEMS = eINSTANCE.getStudyLedger_ReadingItems();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__PROGRESS = eINSTANCE.getStudyLedger_Progress();

		/**
		 * The meta object literal for the '<em><b>Reflections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__REFLECTIONS = eINSTANCE.getStudyLedger_Reflections();

		/**
		 * The meta object literal for the '<em><b>Make Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__MAKE_UPS = eINSTANCE.getStudyLedger_MakeUps();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_LEDGER__GROUPS = eINSTANCE.getStudyLedger_Groups();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.StudyGroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.StudyGroupImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyGroup()
		 * @generated
		 */
		EClass STUDY_GROUP = eINSTANCE.getStudyGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_GROUP__NAME = eINSTANCE.getStudyGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_GROUP__KINDS = eINSTANCE.getStudyGroup_Kinds();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_GROUP__MEMBERS = eINSTANCE.getStudyGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Books Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_GROUP__BOOKS_PER_YEAR = eINSTANCE.getStudyGroup_BooksPerYear();

		/**
		 * The meta object literal for the '<em><b>Books Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY_GROUP___BOOKS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudyGroup__BooksNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.StudySessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.StudySessionImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudySession()
		 * @generated
		 */
		EClass STUDY_SESSION = eINSTANCE.getStudySession();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__DATE = eINSTANCE.getStudySession_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__KIND = eINSTANCE.getStudySession_Kind();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__TOPIC = eINSTANCE.getStudySession_Topic();

		/**
		 * The meta object literal for the '<em><b>Presenter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__PRESENTER = eINSTANCE.getStudySession_Presenter();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__ATTENDEES = eINSTANCE.getStudySession_Attendees();

		/**
		 * The meta object literal for the '<em><b>Absentees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__ABSENTEES = eINSTANCE.getStudySession_Absentees();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__HOURS = eINSTANCE.getStudySession_Hours();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__PLACE = eINSTANCE.getStudySession_Place();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__NOTES = eINSTANCE.getStudySession_Notes();

		/**
		 * The meta object literal for the '<em><b>Regime</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__REGIME = eINSTANCE.getStudySession_Regime();

		/**
		 * The meta object literal for the '<em><b>Reading Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__READING_ITEM = eINSTANCE.getStudySession_ReadingItem();

		/**
		 * The meta object literal for the '<em><b>Chapters</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__CHAPTERS = eINSTANCE.getStudySession_Chapters();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__GROUP = eINSTANCE.getStudySession_Group();

		/**
		 * The meta object literal for the '<em><b>Absences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_SESSION__ABSENCES = eINSTANCE.getStudySession_Absences();

		/**
		 * The meta object literal for the '<em><b>Attendance Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_SESSION__ATTENDANCE_COUNT = eINSTANCE.getStudySession_AttendanceCount();

		/**
		 * The meta object literal for the '<em><b>Hours Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY_SESSION___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudySession__HoursNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Attendees Not Absent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY_SESSION___ATTENDEES_NOT_ABSENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudySession__AttendeesNotAbsent__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Absences Of Absentees</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY_SESSION___ABSENCES_OF_ABSENTEES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudySession__AbsencesOfAbsentees__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.AbsenceImpl <em>Absence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.AbsenceImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getAbsence()
		 * @generated
		 */
		EClass ABSENCE = eINSTANCE.getAbsence();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSENCE__PERSON = eINSTANCE.getAbsence_Person();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSENCE__REASON = eINSTANCE.getAbsence_Reason();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSENCE__REMARK = eINSTANCE.getAbsence_Remark();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.ExcusedOccurrenceImpl <em>Excused Occurrence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.ExcusedOccurrenceImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getExcusedOccurrence()
		 * @generated
		 */
		EClass EXCUSED_OCCURRENCE = eINSTANCE.getExcusedOccurrence();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCUSED_OCCURRENCE__DATE = eINSTANCE.getExcusedOccurrence_Date();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCUSED_OCCURRENCE__REASON = eINSTANCE.getExcusedOccurrence_Reason();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.StudyRegimeImpl <em>Regime</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.StudyRegimeImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyRegime()
		 * @generated
		 */
		EClass STUDY_REGIME = eINSTANCE.getStudyRegime();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_REGIME__NAME = eINSTANCE.getStudyRegime_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_REGIME__KIND = eINSTANCE.getStudyRegime_Kind();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_REGIME__RECURRENCE = eINSTANCE.getStudyRegime_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_REGIME__START_DATE = eINSTANCE.getStudyRegime_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_REGIME__END_DATE = eINSTANCE.getStudyRegime_EndDate();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_REGIME__GROUP = eINSTANCE.getStudyRegime_Group();

		/**
		 * The meta object literal for the '<em><b>Excused</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY_REGIME__EXCUSED = eINSTANCE.getStudyRegime_Excused();

		/**
		 * The meta object literal for the '<em><b>Dates In Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY_REGIME___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudyRegime__DatesInOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.ReadingItemImpl <em>Reading Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.ReadingItemImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingItem()
		 * @generated
		 */
		EClass READING_ITEM = eINSTANCE.getReadingItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READING_ITEM__TITLE = eINSTANCE.getReadingItem_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READING_ITEM__AUTHOR = eINSTANCE.getReadingItem_Author();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READING_ITEM__MODE = eINSTANCE.getReadingItem_Mode();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READING_ITEM__YEAR = eINSTANCE.getReadingItem_Year();

		/**
		 * The meta object literal for the '<em><b>Chapters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READING_ITEM__CHAPTERS = eINSTANCE.getReadingItem_Chapters();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.ChapterImpl <em>Chapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.ChapterImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getChapter()
		 * @generated
		 */
		EClass CHAPTER = eINSTANCE.getChapter();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__NUMBER = eINSTANCE.getChapter_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE = eINSTANCE.getChapter_Title();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.ReadingProgressImpl <em>Reading Progress</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.ReadingProgressImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingProgress()
		 * @generated
		 */
		EClass READING_PROGRESS = eINSTANCE.getReadingProgress();

		/**
		 * The meta object literal for the '<em><b>Reader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READING_PROGRESS__READER = eINSTANCE.getReadingProgress_Reader();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READING_PROGRESS__ITEM = eINSTANCE.getReadingProgress_Item();

		/**
		 * The meta object literal for the '<em><b>Chapters Done</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READING_PROGRESS__CHAPTERS_DONE = eINSTANCE.getReadingProgress_ChaptersDone();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READING_PROGRESS__COMPLETE = eINSTANCE.getReadingProgress_Complete();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.ReflectionImpl <em>Reflection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.ReflectionImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getReflection()
		 * @generated
		 */
		EClass REFLECTION = eINSTANCE.getReflection();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION__AUTHOR = eINSTANCE.getReflection_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__DATE = eINSTANCE.getReflection_Date();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__TITLE = eINSTANCE.getReflection_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__TEXT = eINSTANCE.getReflection_Text();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION__SESSION = eINSTANCE.getReflection_Session();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION__ITEM = eINSTANCE.getReflection_Item();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.impl.MakeUpStudyImpl <em>Make Up Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.impl.MakeUpStudyImpl
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getMakeUpStudy()
		 * @generated
		 */
		EClass MAKE_UP_STUDY = eINSTANCE.getMakeUpStudy();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAKE_UP_STUDY__PERSON = eINSTANCE.getMakeUpStudy_Person();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAKE_UP_STUDY__SESSION = eINSTANCE.getMakeUpStudy_Session();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAKE_UP_STUDY__DATE = eINSTANCE.getMakeUpStudy_Date();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAKE_UP_STUDY__METHOD = eINSTANCE.getMakeUpStudy_Method();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAKE_UP_STUDY__NOTES = eINSTANCE.getMakeUpStudy_Notes();

		/**
		 * The meta object literal for the '<em><b>Only For Absentees</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAKE_UP_STUDY___ONLY_FOR_ABSENTEES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMakeUpStudy__OnlyForAbsentees__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Not Before Session</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAKE_UP_STUDY___NOT_BEFORE_SESSION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMakeUpStudy__NotBeforeSession__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.StudyKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.StudyKind
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getStudyKind()
		 * @generated
		 */
		EEnum STUDY_KIND = eINSTANCE.getStudyKind();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.Recurrence <em>Recurrence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.Recurrence
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getRecurrence()
		 * @generated
		 */
		EEnum RECURRENCE = eINSTANCE.getRecurrence();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.ReadingMode <em>Reading Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.ReadingMode
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getReadingMode()
		 * @generated
		 */
		EEnum READING_MODE = eINSTANCE.getReadingMode();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.AbsenceReason <em>Absence Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.AbsenceReason
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getAbsenceReason()
		 * @generated
		 */
		EEnum ABSENCE_REASON = eINSTANCE.getAbsenceReason();

		/**
		 * The meta object literal for the '{@link org.garrison.model.study.MakeUpMethod <em>Make Up Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.study.MakeUpMethod
		 * @see org.garrison.model.study.impl.StudyPackageImpl#getMakeUpMethod()
		 * @generated
		 */
		EEnum MAKE_UP_METHOD = eINSTANCE.getMakeUpMethod();

	}

} //StudyPackage
