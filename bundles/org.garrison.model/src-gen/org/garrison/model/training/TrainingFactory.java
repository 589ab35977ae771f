/**
 */
package org.garrison.model.training;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.training.TrainingPackage
 * @generated
 */
public interface TrainingFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TrainingFactory eINSTANCE = org.garrison.model.training.impl.TrainingFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ledger</em>'.
	 * @generated
	 */
	TrainingLedger createTrainingLedger();

	/**
	 * Returns a new object of class '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan</em>'.
	 * @generated
	 */
	TrainingPlan createTrainingPlan();

	/**
	 * Returns a new object of class '<em>Plan Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Subject</em>'.
	 * @generated
	 */
	PlanSubject createPlanSubject();

	/**
	 * Returns a new object of class '<em>Batch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Batch</em>'.
	 * @generated
	 */
	TrainingBatch createTrainingBatch();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Instructor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instructor</em>'.
	 * @generated
	 */
	Instructor createInstructor();

	/**
	 * Returns a new object of class '<em>Instructor Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instructor Selection</em>'.
	 * @generated
	 */
	InstructorSelection createInstructorSelection();

	/**
	 * Returns a new object of class '<em>Competition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competition</em>'.
	 * @generated
	 */
	Competition createCompetition();

	/**
	 * Returns a new object of class '<em>Competition Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competition Entry</em>'.
	 * @generated
	 */
	CompetitionEntry createCompetitionEntry();

	/**
	 * Returns a new object of class '<em>Emergency Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Emergency Task</em>'.
	 * @generated
	 */
	EmergencyTask createEmergencyTask();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TrainingPackage getTrainingPackage();

} //TrainingFactory
