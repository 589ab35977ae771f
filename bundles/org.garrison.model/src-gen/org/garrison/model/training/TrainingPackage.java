/**
 */
package org.garrison.model.training;

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
 * Military training (军事训练): plans, batches, assessments, instructors, competitions, emergency tasks.
 * <!-- end-model-doc -->
 * @see org.garrison.model.training.TrainingFactory
 * @model kind="package"
 * @generated
 */
public interface TrainingPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "training";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://garrison.org/model/training/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "training";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TrainingPackage eINSTANCE = org.garrison.model.training.impl.TrainingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.TrainingLedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.TrainingLedgerImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingLedger()
	 * @generated
	 */
	int TRAINING_LEDGER = 0;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__DISTRICT = 0;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__PLANS = 1;

	/**
	 * The feature id for the '<em><b>Batches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__BATCHES = 2;

	/**
	 * The feature id for the '<em><b>Instructors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__INSTRUCTORS = 3;

	/**
	 * The feature id for the '<em><b>Selections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__SELECTIONS = 4;

	/**
	 * The feature id for the '<em><b>Competitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__COMPETITIONS = 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER__TASKS = 6;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_LEDGER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.TrainingPlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.TrainingPlanImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingPlan()
	 * @generated
	 */
	int TRAINING_PLAN = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__YEAR = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__TITLE = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__SUBJECTS = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Total Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__TOTAL_HOURS = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.PlanSubjectImpl <em>Plan Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.PlanSubjectImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getPlanSubject()
	 * @generated
	 */
	int PLAN_SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT__HOURS = 1;

	/**
	 * The feature id for the '<em><b>Outline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT__OUTLINE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT__KIND = 3;

	/**
	 * The number of structural features of the '<em>Plan Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Hours Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Plan Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SUBJECT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.TrainingBatchImpl <em>Batch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.TrainingBatchImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingBatch()
	 * @generated
	 */
	int TRAINING_BATCH = 3;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__KIND = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__START_DATE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__END_DATE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__PLACE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__PLAN = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__SUBJECTS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instructors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__INSTRUCTORS = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Trainees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__TRAINEES = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__ASSESSMENTS = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__CLOSED_ON = CorePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Trainee Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__TRAINEE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Pass Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH__PASS_COUNT = CorePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Dates In Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Assessed Are Trainees</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH___ASSESSED_ARE_TRAINEES__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Trainees Eligible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH___TRAINEES_ELIGIBLE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_BATCH_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.AssessmentImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 4;

	/**
	 * The feature id for the '<em><b>Trainee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__TRAINEE = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__GRADE = 3;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Score In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.InstructorImpl <em>Instructor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.InstructorImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructor()
	 * @generated
	 */
	int INSTRUCTOR = 5;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__PERSON = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__LEVEL = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Certified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CERTIFIED_ON = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__SPECIALTY = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Can Explain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CAN_EXPLAIN = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Can Demonstrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CAN_DEMONSTRATE = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Can Teach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CAN_TEACH = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Can Do Political Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__CAN_DO_POLITICAL_WORK = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Four Abilities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__FOUR_ABILITIES = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Instructor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Instructor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.InstructorSelectionImpl <em>Instructor Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.InstructorSelectionImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructorSelection()
	 * @generated
	 */
	int INSTRUCTOR_SELECTION = 6;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__DATE = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__LEVEL = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__CANDIDATES = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Selected</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION__SELECTED = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Instructor Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Selected Qualified</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION___SELECTED_QUALIFIED__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Instructor Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_SELECTION_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.CompetitionImpl <em>Competition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.CompetitionImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetition()
	 * @generated
	 */
	int COMPETITION = 7;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__NAME = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__LEVEL = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__DATE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__PLACE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION__ENTRIES = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Competition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Entrants Eligible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION___ENTRANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Competition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.CompetitionEntryImpl <em>Competition Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.CompetitionEntryImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetitionEntry()
	 * @generated
	 */
	int COMPETITION_ENTRY = 8;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY__PARTICIPANT = 0;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY__EVENT = 1;

	/**
	 * The feature id for the '<em><b>Placing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY__PLACING = 2;

	/**
	 * The number of structural features of the '<em>Competition Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Placing Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY___PLACING_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Competition Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_ENTRY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.impl.EmergencyTaskImpl <em>Emergency Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.impl.EmergencyTaskImpl
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getEmergencyTask()
	 * @generated
	 */
	int EMERGENCY_TASK = 9;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__CREATED_BY = CorePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__CREATED_AT = CorePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__CHANGED_BY = CorePackage.RECORD__CHANGED_BY;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__CHANGED_AT = CorePackage.RECORD__CHANGED_AT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__ATTACHMENTS = CorePackage.RECORD__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__KIND = CorePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__NAME = CorePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__PLACE = CorePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__START_DATE = CorePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__END_DATE = CorePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Members Dispatched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__MEMBERS_DISPATCHED = CorePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__PARTICIPANTS = CorePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK__WORK = CorePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Emergency Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK_FEATURE_COUNT = CorePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Dates In Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Dispatched Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK___DISPATCHED_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Participants Eligible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK___PARTICIPANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Dispatched Matches Participants</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK___DISPATCHED_MATCHES_PARTICIPANTS__DIAGNOSTICCHAIN_MAP = CorePackage.RECORD_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Emergency Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_TASK_OPERATION_COUNT = CorePackage.RECORD_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.TrainingKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.TrainingKind
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingKind()
	 * @generated
	 */
	int TRAINING_KIND = 10;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.InstructorLevel <em>Instructor Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.InstructorLevel
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructorLevel()
	 * @generated
	 */
	int INSTRUCTOR_LEVEL = 11;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.CompetitionLevel <em>Competition Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.CompetitionLevel
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetitionLevel()
	 * @generated
	 */
	int COMPETITION_LEVEL = 12;

	/**
	 * The meta object id for the '{@link org.garrison.model.training.EmergencyTaskKind <em>Emergency Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.garrison.model.training.EmergencyTaskKind
	 * @see org.garrison.model.training.impl.TrainingPackageImpl#getEmergencyTaskKind()
	 * @generated
	 */
	int EMERGENCY_TASK_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.TrainingLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see org.garrison.model.training.TrainingLedger
	 * @generated
	 */
	EClass getTrainingLedger();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.TrainingLedger#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getDistrict()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_District();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getPlans()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getBatches <em>Batches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Batches</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getBatches()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Batches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getInstructors <em>Instructors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instructors</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getInstructors()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Instructors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getSelections <em>Selections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selections</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getSelections()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Selections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getCompetitions <em>Competitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competitions</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getCompetitions()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Competitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingLedger#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.garrison.model.training.TrainingLedger#getTasks()
	 * @see #getTrainingLedger()
	 * @generated
	 */
	EReference getTrainingLedger_Tasks();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.TrainingPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.garrison.model.training.TrainingPlan
	 * @generated
	 */
	EClass getTrainingPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingPlan#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.garrison.model.training.TrainingPlan#getYear()
	 * @see #getTrainingPlan()
	 * @generated
	 */
	EAttribute getTrainingPlan_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingPlan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.garrison.model.training.TrainingPlan#getTitle()
	 * @see #getTrainingPlan()
	 * @generated
	 */
	EAttribute getTrainingPlan_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingPlan#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see org.garrison.model.training.TrainingPlan#getSubjects()
	 * @see #getTrainingPlan()
	 * @generated
	 */
	EReference getTrainingPlan_Subjects();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingPlan#getTotalHours <em>Total Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Hours</em>'.
	 * @see org.garrison.model.training.TrainingPlan#getTotalHours()
	 * @see #getTrainingPlan()
	 * @generated
	 */
	EAttribute getTrainingPlan_TotalHours();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.PlanSubject <em>Plan Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Subject</em>'.
	 * @see org.garrison.model.training.PlanSubject
	 * @generated
	 */
	EClass getPlanSubject();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.PlanSubject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.training.PlanSubject#getName()
	 * @see #getPlanSubject()
	 * @generated
	 */
	EAttribute getPlanSubject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.PlanSubject#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.garrison.model.training.PlanSubject#getHours()
	 * @see #getPlanSubject()
	 * @generated
	 */
	EAttribute getPlanSubject_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.PlanSubject#getOutline <em>Outline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outline</em>'.
	 * @see org.garrison.model.training.PlanSubject#getOutline()
	 * @see #getPlanSubject()
	 * @generated
	 */
	EAttribute getPlanSubject_Outline();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.PlanSubject#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.training.PlanSubject#getKind()
	 * @see #getPlanSubject()
	 * @generated
	 */
	EAttribute getPlanSubject_Kind();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.PlanSubject#hoursNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Hours Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Hours Not Negative</em>' operation.
	 * @see org.garrison.model.training.PlanSubject#hoursNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSubject__HoursNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.TrainingBatch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Batch</em>'.
	 * @see org.garrison.model.training.TrainingBatch
	 * @generated
	 */
	EClass getTrainingBatch();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getName()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getKind()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getStartDate()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getEndDate()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getPlace()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_Place();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.TrainingBatch#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getPlan()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EReference getTrainingBatch_Plan();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.TrainingBatch#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subjects</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getSubjects()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EReference getTrainingBatch_Subjects();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.TrainingBatch#getInstructors <em>Instructors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Instructors</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getInstructors()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EReference getTrainingBatch_Instructors();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.TrainingBatch#getTrainees <em>Trainees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Trainees</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getTrainees()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EReference getTrainingBatch_Trainees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.TrainingBatch#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getAssessments()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EReference getTrainingBatch_Assessments();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getClosedOn()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getTraineeCount <em>Trainee Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainee Count</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getTraineeCount()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_TraineeCount();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.TrainingBatch#getPassCount <em>Pass Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pass Count</em>'.
	 * @see org.garrison.model.training.TrainingBatch#getPassCount()
	 * @see #getTrainingBatch()
	 * @generated
	 */
	EAttribute getTrainingBatch_PassCount();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.TrainingBatch#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dates In Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dates In Order</em>' operation.
	 * @see org.garrison.model.training.TrainingBatch#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTrainingBatch__DatesInOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.TrainingBatch#assessedAreTrainees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Assessed Are Trainees</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Assessed Are Trainees</em>' operation.
	 * @see org.garrison.model.training.TrainingBatch#assessedAreTrainees(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTrainingBatch__AssessedAreTrainees__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.TrainingBatch#traineesEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Trainees Eligible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Trainees Eligible</em>' operation.
	 * @see org.garrison.model.training.TrainingBatch#traineesEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTrainingBatch__TraineesEligible__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.garrison.model.training.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.Assessment#getTrainee <em>Trainee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trainee</em>'.
	 * @see org.garrison.model.training.Assessment#getTrainee()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Trainee();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.Assessment#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.garrison.model.training.Assessment#getSubject()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Assessment#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.garrison.model.training.Assessment#getScore()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Assessment#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.garrison.model.training.Assessment#getGrade()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Grade();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.Assessment#scoreInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Score In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Score In Range</em>' operation.
	 * @see org.garrison.model.training.Assessment#scoreInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAssessment__ScoreInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.Instructor <em>Instructor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instructor</em>'.
	 * @see org.garrison.model.training.Instructor
	 * @generated
	 */
	EClass getInstructor();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.Instructor#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.garrison.model.training.Instructor#getPerson()
	 * @see #getInstructor()
	 * @generated
	 */
	EReference getInstructor_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.garrison.model.training.Instructor#getLevel()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#getCertifiedOn <em>Certified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certified On</em>'.
	 * @see org.garrison.model.training.Instructor#getCertifiedOn()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_CertifiedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#getSpecialty <em>Specialty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialty</em>'.
	 * @see org.garrison.model.training.Instructor#getSpecialty()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_Specialty();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#isCanExplain <em>Can Explain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Explain</em>'.
	 * @see org.garrison.model.training.Instructor#isCanExplain()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_CanExplain();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#isCanDemonstrate <em>Can Demonstrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Demonstrate</em>'.
	 * @see org.garrison.model.training.Instructor#isCanDemonstrate()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_CanDemonstrate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#isCanTeach <em>Can Teach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Teach</em>'.
	 * @see org.garrison.model.training.Instructor#isCanTeach()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_CanTeach();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#isCanDoPoliticalWork <em>Can Do Political Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Do Political Work</em>'.
	 * @see org.garrison.model.training.Instructor#isCanDoPoliticalWork()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_CanDoPoliticalWork();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Instructor#isFourAbilities <em>Four Abilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Four Abilities</em>'.
	 * @see org.garrison.model.training.Instructor#isFourAbilities()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_FourAbilities();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.InstructorSelection <em>Instructor Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instructor Selection</em>'.
	 * @see org.garrison.model.training.InstructorSelection
	 * @generated
	 */
	EClass getInstructorSelection();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.InstructorSelection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.training.InstructorSelection#getDate()
	 * @see #getInstructorSelection()
	 * @generated
	 */
	EAttribute getInstructorSelection_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.InstructorSelection#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.garrison.model.training.InstructorSelection#getLevel()
	 * @see #getInstructorSelection()
	 * @generated
	 */
	EAttribute getInstructorSelection_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.InstructorSelection#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Candidates</em>'.
	 * @see org.garrison.model.training.InstructorSelection#getCandidates()
	 * @see #getInstructorSelection()
	 * @generated
	 */
	EReference getInstructorSelection_Candidates();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.InstructorSelection#getSelected <em>Selected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Selected</em>'.
	 * @see org.garrison.model.training.InstructorSelection#getSelected()
	 * @see #getInstructorSelection()
	 * @generated
	 */
	EReference getInstructorSelection_Selected();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.InstructorSelection#selectedQualified(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Selected Qualified</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Selected Qualified</em>' operation.
	 * @see org.garrison.model.training.InstructorSelection#selectedQualified(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getInstructorSelection__SelectedQualified__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.Competition <em>Competition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competition</em>'.
	 * @see org.garrison.model.training.Competition
	 * @generated
	 */
	EClass getCompetition();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Competition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.training.Competition#getName()
	 * @see #getCompetition()
	 * @generated
	 */
	EAttribute getCompetition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Competition#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.garrison.model.training.Competition#getLevel()
	 * @see #getCompetition()
	 * @generated
	 */
	EAttribute getCompetition_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Competition#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.garrison.model.training.Competition#getDate()
	 * @see #getCompetition()
	 * @generated
	 */
	EAttribute getCompetition_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.Competition#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.garrison.model.training.Competition#getPlace()
	 * @see #getCompetition()
	 * @generated
	 */
	EAttribute getCompetition_Place();

	/**
	 * Returns the meta object for the containment reference list '{@link org.garrison.model.training.Competition#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.garrison.model.training.Competition#getEntries()
	 * @see #getCompetition()
	 * @generated
	 */
	EReference getCompetition_Entries();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.Competition#entrantsEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Entrants Eligible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Entrants Eligible</em>' operation.
	 * @see org.garrison.model.training.Competition#entrantsEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetition__EntrantsEligible__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.CompetitionEntry <em>Competition Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competition Entry</em>'.
	 * @see org.garrison.model.training.CompetitionEntry
	 * @generated
	 */
	EClass getCompetitionEntry();

	/**
	 * Returns the meta object for the reference '{@link org.garrison.model.training.CompetitionEntry#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see org.garrison.model.training.CompetitionEntry#getParticipant()
	 * @see #getCompetitionEntry()
	 * @generated
	 */
	EReference getCompetitionEntry_Participant();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.CompetitionEntry#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.garrison.model.training.CompetitionEntry#getEvent()
	 * @see #getCompetitionEntry()
	 * @generated
	 */
	EAttribute getCompetitionEntry_Event();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.CompetitionEntry#getPlacing <em>Placing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placing</em>'.
	 * @see org.garrison.model.training.CompetitionEntry#getPlacing()
	 * @see #getCompetitionEntry()
	 * @generated
	 */
	EAttribute getCompetitionEntry_Placing();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.CompetitionEntry#placingNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Placing Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Placing Not Negative</em>' operation.
	 * @see org.garrison.model.training.CompetitionEntry#placingNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionEntry__PlacingNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.garrison.model.training.EmergencyTask <em>Emergency Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emergency Task</em>'.
	 * @see org.garrison.model.training.EmergencyTask
	 * @generated
	 */
	EClass getEmergencyTask();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getKind()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getName()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getPlace()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getStartDate()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getEndDate()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getMembersDispatched <em>Members Dispatched</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members Dispatched</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getMembersDispatched()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_MembersDispatched();

	/**
	 * Returns the meta object for the reference list '{@link org.garrison.model.training.EmergencyTask#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getParticipants()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EReference getEmergencyTask_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.garrison.model.training.EmergencyTask#getWork <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work</em>'.
	 * @see org.garrison.model.training.EmergencyTask#getWork()
	 * @see #getEmergencyTask()
	 * @generated
	 */
	EAttribute getEmergencyTask_Work();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.EmergencyTask#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dates In Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dates In Order</em>' operation.
	 * @see org.garrison.model.training.EmergencyTask#datesInOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEmergencyTask__DatesInOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.EmergencyTask#dispatchedNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dispatched Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dispatched Not Negative</em>' operation.
	 * @see org.garrison.model.training.EmergencyTask#dispatchedNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEmergencyTask__DispatchedNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.EmergencyTask#participantsEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Participants Eligible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Participants Eligible</em>' operation.
	 * @see org.garrison.model.training.EmergencyTask#participantsEligible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEmergencyTask__ParticipantsEligible__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.garrison.model.training.EmergencyTask#dispatchedMatchesParticipants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dispatched Matches Participants</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dispatched Matches Participants</em>' operation.
	 * @see org.garrison.model.training.EmergencyTask#dispatchedMatchesParticipants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEmergencyTask__DispatchedMatchesParticipants__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.training.TrainingKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.garrison.model.training.TrainingKind
	 * @generated
	 */
	EEnum getTrainingKind();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.training.InstructorLevel <em>Instructor Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instructor Level</em>'.
	 * @see org.garrison.model.training.InstructorLevel
	 * @generated
	 */
	EEnum getInstructorLevel();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.training.CompetitionLevel <em>Competition Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Competition Level</em>'.
	 * @see org.garrison.model.training.CompetitionLevel
	 * @generated
	 */
	EEnum getCompetitionLevel();

	/**
	 * Returns the meta object for enum '{@link org.garrison.model.training.EmergencyTaskKind <em>Emergency Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Emergency Task Kind</em>'.
	 * @see org.garrison.model.training.EmergencyTaskKind
	 * @generated
	 */
	EEnum getEmergencyTaskKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TrainingFactory getTrainingFactory();

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
		 * The meta object literal for the '{@link org.garrison.model.training.impl.TrainingLedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.TrainingLedgerImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingLedger()
		 * @generated
		 */
		EClass TRAINING_LEDGER = eINSTANCE.getTrainingLedger();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__DISTRICT = eINSTANCE.getTrainingLedger_District();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__PLANS = eINSTANCE.getTrainingLedger_Plans();

		/**
		 * The meta object literal for the '<em><b>Batches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__BATCHES = eINSTANCE.getTrainingLedger_Batches();

		/**
		 * The meta object literal for the '<em><b>Instructors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__INSTRUCTORS = eINSTANCE.getTrainingLedger_Instructors();

		/**
		 * The meta object literal for the '<em><b>Selections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__SELECTIONS = eINSTANCE.getTrainingLedger_Selections();

		/**
		 * The meta object literal for the '<em><b>Competitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__COMPETITIONS = eINSTANCE.getTrainingLedger_Competitions();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_LEDGER__TASKS = eINSTANCE.getTrainingLedger_Tasks();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.TrainingPlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.TrainingPlanImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingPlan()
		 * @generated
		 */
		EClass TRAINING_PLAN = eINSTANCE.getTrainingPlan();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PLAN__YEAR = eINSTANCE.getTrainingPlan_Year();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PLAN__TITLE = eINSTANCE.getTrainingPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PLAN__SUBJECTS = eINSTANCE.getTrainingPlan_Subjects();

		/**
		 * The meta object literal for the '<em><b>Total Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PLAN__TOTAL_HOURS = eINSTANCE.getTrainingPlan_TotalHours();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.PlanSubjectImpl <em>Plan Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.PlanSubjectImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getPlanSubject()
		 * @generated
		 */
		EClass PLAN_SUBJECT = eINSTANCE.getPlanSubject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SUBJECT__NAME = eINSTANCE.getPlanSubject_Name();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SUBJECT__HOURS = eINSTANCE.getPlanSubject_Hours();

		/**
		 * The meta object literal for the '<em><b>Outline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SUBJECT__OUTLINE = eINSTANCE.getPlanSubject_Outline();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SUBJECT__KIND = eINSTANCE.getPlanSubject_Kind();

		/**
		 * The meta object literal for the '<em><b>Hours Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SUBJECT___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSubject__HoursNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.TrainingBatchImpl <em>Batch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.TrainingBatchImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingBatch()
		 * @generated
		 */
		EClass TRAINING_BATCH = eINSTANCE.getTrainingBatch();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__NAME = eINSTANCE.getTrainingBatch_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__KIND = eINSTANCE.getTrainingBatch_Kind();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__START_DATE = eINSTANCE.getTrainingBatch_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__END_DATE = eINSTANCE.getTrainingBatch_EndDate();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__PLACE = eINSTANCE.getTrainingBatch_Place();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_BATCH__PLAN = eINSTANCE.getTrainingBatch_Plan();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_BATCH__SUBJECTS = eINSTANCE.getTrainingBatch_Subjects();

		/**
		 * The meta object literal for the '<em><b>Instructors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_BATCH__INSTRUCTORS = eINSTANCE.getTrainingBatch_Instructors();

		/**
		 * The meta object literal for the '<em><b>Trainees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_BATCH__TRAINEES = eINSTANCE.getTrainingBatch_Trainees();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_BATCH__ASSESSMENTS = eINSTANCE.getTrainingBatch_Assessments();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__CLOSED_ON = eINSTANCE.getTrainingBatch_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Trainee Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__TRAINEE_COUNT = eINSTANCE.getTrainingBatch_TraineeCount();

		/**
		 * The meta object literal for the '<em><b>Pass Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_BATCH__PASS_COUNT = eINSTANCE.getTrainingBatch_PassCount();

		/**
		 * The meta object literal for the '<em><b>Dates In Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRAINING_BATCH___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTrainingBatch__DatesInOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Assessed Are Trainees</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRAINING_BATCH___ASSESSED_ARE_TRAINEES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTrainingBatch__AssessedAreTrainees__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Trainees Eligible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRAINING_BATCH___TRAINEES_ELIGIBLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTrainingBatch__TraineesEligible__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.AssessmentImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Trainee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__TRAINEE = eINSTANCE.getAssessment_Trainee();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SUBJECT = eINSTANCE.getAssessment_Subject();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SCORE = eINSTANCE.getAssessment_Score();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__GRADE = eINSTANCE.getAssessment_Grade();

		/**
		 * The meta object literal for the '<em><b>Score In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSESSMENT___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAssessment__ScoreInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.InstructorImpl <em>Instructor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.InstructorImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructor()
		 * @generated
		 */
		EClass INSTRUCTOR = eINSTANCE.getInstructor();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUCTOR__PERSON = eINSTANCE.getInstructor_Person();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__LEVEL = eINSTANCE.getInstructor_Level();

		/**
		 * The meta object literal for the '<em><b>Certified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__CERTIFIED_ON = eINSTANCE.getInstructor_CertifiedOn();

		/**
		 * The meta object literal for the '<em><b>Specialty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__SPECIALTY = eINSTANCE.getInstructor_Specialty();

		/**
		 * The meta object literal for the '<em><b>Can Explain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__CAN_EXPLAIN = eINSTANCE.getInstructor_CanExplain();

		/**
		 * The meta object literal for the '<em><b>Can Demonstrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__CAN_DEMONSTRATE = eINSTANCE.getInstructor_CanDemonstrate();

		/**
		 * The meta object literal for the '<em><b>Can Teach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__CAN_TEACH = eINSTANCE.getInstructor_CanTeach();

		/**
		 * The meta object literal for the '<em><b>Can Do Political Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__CAN_DO_POLITICAL_WORK = eINSTANCE.getInstructor_CanDoPoliticalWork();

		/**
		 * The meta object literal for the '<em><b>Four Abilities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__FOUR_ABILITIES = eINSTANCE.getInstructor_FourAbilities();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.InstructorSelectionImpl <em>Instructor Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.InstructorSelectionImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructorSelection()
		 * @generated
		 */
		EClass INSTRUCTOR_SELECTION = eINSTANCE.getInstructorSelection();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR_SELECTION__DATE = eINSTANCE.getInstructorSelection_Date();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR_SELECTION__LEVEL = eINSTANCE.getInstructorSelection_Level();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUCTOR_SELECTION__CANDIDATES = eINSTANCE.getInstructorSelection_Candidates();

		/**
		 * The meta object literal for the '<em><b>Selected</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUCTOR_SELECTION__SELECTED = eINSTANCE.getInstructorSelection_Selected();

		/**
		 * The meta object literal for the '<em><b>Selected Qualified</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INSTRUCTOR_SELECTION___SELECTED_QUALIFIED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getInstructorSelection__SelectedQualified__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.CompetitionImpl <em>Competition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.CompetitionImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetition()
		 * @generated
		 */
		EClass COMPETITION = eINSTANCE.getCompetition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION__NAME = eINSTANCE.getCompetition_Name();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION__LEVEL = eINSTANCE.getCompetition_Level();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION__DATE = eINSTANCE.getCompetition_Date();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION__PLACE = eINSTANCE.getCompetition_Place();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION__ENTRIES = eINSTANCE.getCompetition_Entries();

		/**
		 * The meta object literal for the '<em><b>Entrants Eligible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION___ENTRANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetition__EntrantsEligible__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.CompetitionEntryImpl <em>Competition Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.CompetitionEntryImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetitionEntry()
		 * @generated
		 */
		EClass COMPETITION_ENTRY = eINSTANCE.getCompetitionEntry();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_ENTRY__PARTICIPANT = eINSTANCE.getCompetitionEntry_Participant();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_ENTRY__EVENT = eINSTANCE.getCompetitionEntry_Event();

		/**
		 * The meta object literal for the '<em><b>Placing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_ENTRY__PLACING = eINSTANCE.getCompetitionEntry_Placing();

		/**
		 * The meta object literal for the '<em><b>Placing Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_ENTRY___PLACING_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionEntry__PlacingNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.impl.EmergencyTaskImpl <em>Emergency Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.impl.EmergencyTaskImpl
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getEmergencyTask()
		 * @generated
		 */
		EClass EMERGENCY_TASK = eINSTANCE.getEmergencyTask();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__KIND = eINSTANCE.getEmergencyTask_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__NAME = eINSTANCE.getEmergencyTask_Name();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__PLACE = eINSTANCE.getEmergencyTask_Place();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__START_DATE = eINSTANCE.getEmergencyTask_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__END_DATE = eINSTANCE.getEmergencyTask_EndDate();

		/**
		 * The meta object literal for the '<em><b>Members Dispatched</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__MEMBERS_DISPATCHED = eINSTANCE.getEmergencyTask_MembersDispatched();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMERGENCY_TASK__PARTICIPANTS = eINSTANCE.getEmergencyTask_Participants();

		/**
		 * The meta object literal for the '<em><b>Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_TASK__WORK = eINSTANCE.getEmergencyTask_Work();

		/**
		 * The meta object literal for the '<em><b>Dates In Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EMERGENCY_TASK___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEmergencyTask__DatesInOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Dispatched Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EMERGENCY_TASK___DISPATCHED_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEmergencyTask__DispatchedNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Participants Eligible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EMERGENCY_TASK___PARTICIPANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEmergencyTask__ParticipantsEligible__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Dispatched Matches Participants</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EMERGENCY_TASK___DISPATCHED_MATCHES_PARTICIPANTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEmergencyTask__DispatchedMatchesParticipants__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.TrainingKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.TrainingKind
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getTrainingKind()
		 * @generated
		 */
		EEnum TRAINING_KIND = eINSTANCE.getTrainingKind();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.InstructorLevel <em>Instructor Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.InstructorLevel
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getInstructorLevel()
		 * @generated
		 */
		EEnum INSTRUCTOR_LEVEL = eINSTANCE.getInstructorLevel();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.CompetitionLevel <em>Competition Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.CompetitionLevel
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getCompetitionLevel()
		 * @generated
		 */
		EEnum COMPETITION_LEVEL = eINSTANCE.getCompetitionLevel();

		/**
		 * The meta object literal for the '{@link org.garrison.model.training.EmergencyTaskKind <em>Emergency Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.garrison.model.training.EmergencyTaskKind
		 * @see org.garrison.model.training.impl.TrainingPackageImpl#getEmergencyTaskKind()
		 * @generated
		 */
		EEnum EMERGENCY_TASK_KIND = eINSTANCE.getEmergencyTaskKind();

	}

} //TrainingPackage
