/**
 */
package org.garrison.model.training;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.TrainingPlan#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingPlan#getTitle <em>Title</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingPlan#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link org.garrison.model.training.TrainingPlan#getTotalHours <em>Total Hours</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getTrainingPlan()
 * @model
 * @generated
 */
public interface TrainingPlan extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingPlan_Year()
	 * @model required="true"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingPlan#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.garrison.model.training.TrainingPackage#getTrainingPlan_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.TrainingPlan#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.PlanSubject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingPlan_Subjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanSubject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Total Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Hours</em>' attribute.
	 * @see org.garrison.model.training.TrainingPackage#getTrainingPlan_TotalHours()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.TrainingDerived.totalHours(this);'"
	 * @generated
	 */
	double getTotalHours();

} // TrainingPlan
