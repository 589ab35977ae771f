/**
 */
package org.garrison.model.training;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.District;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getBatches <em>Batches</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getInstructors <em>Instructors</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getSelections <em>Selections</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getCompetitions <em>Competitions</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingLedger#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger()
 * @model
 * @generated
 */
public interface TrainingLedger extends EObject
{
	/**
	 * Returns the value of the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>District</em>' reference.
	 * @see #setDistrict(District)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_District()
	 * @model required="true"
	 * @generated
	 */
	District getDistrict();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingLedger#getDistrict <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>District</em>' reference.
	 * @see #getDistrict()
	 * @generated
	 */
	void setDistrict(District value);

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.TrainingPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingPlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Batches</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.TrainingBatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batches</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Batches()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingBatch> getBatches();

	/**
	 * Returns the value of the '<em><b>Instructors</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.Instructor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructors</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Instructors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instructor> getInstructors();

	/**
	 * Returns the value of the '<em><b>Selections</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.InstructorSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selections</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Selections()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstructorSelection> getSelections();

	/**
	 * Returns the value of the '<em><b>Competitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.Competition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitions</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Competitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Competition> getCompetitions();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.EmergencyTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingLedger_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmergencyTask> getTasks();

} // TrainingLedger
