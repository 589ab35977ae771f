/**
 */
package org.garrison.model.training;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Batch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getInstructors <em>Instructors</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getTraineeCount <em>Trainee Count</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingBatch#getPassCount <em>Pass Count</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch()
 * @model
 * @generated
 */
public interface TrainingBatch extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.TrainingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.TrainingKind
	 * @see #setKind(TrainingKind)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Kind()
	 * @model required="true"
	 * @generated
	 */
	TrainingKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.TrainingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TrainingKind value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_StartDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_EndDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(TrainingPlan)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Plan()
	 * @model
	 * @generated
	 */
	TrainingPlan getPlan();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(TrainingPlan value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.training.PlanSubject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Subjects()
	 * @model
	 * @generated
	 */
	EList<PlanSubject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Instructors</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.training.Instructor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructors</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Instructors()
	 * @model
	 * @generated
	 */
	EList<Instructor> getInstructors();

	/**
	 * Returns the value of the '<em><b>Trainees</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainees</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Trainees()
	 * @model
	 * @generated
	 */
	EList<Person> getTrainees();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_ClosedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingBatch#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Trainee Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainee Count</em>' attribute.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_TraineeCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return getTrainees().size();'"
	 * @generated
	 */
	int getTraineeCount();

	/**
	 * Returns the value of the '<em><b>Pass Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pass Count</em>' attribute.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingBatch_PassCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.TrainingDerived.passCount(this);'"
	 * @generated
	 */
	int getPassCount();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);'"
	 * @generated
	 */
	boolean datesInOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.assessedAreTrainees(this, diagnostics, context);'"
	 * @generated
	 */
	boolean assessedAreTrainees(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.traineesEligible(this, diagnostics, context);'"
	 * @generated
	 */
	boolean traineesEligible(DiagnosticChain diagnostics, Map<Object, Object> context);

} // TrainingBatch
