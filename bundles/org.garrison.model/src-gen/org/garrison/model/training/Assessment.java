/**
 */
package org.garrison.model.training;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.Assessment#getTrainee <em>Trainee</em>}</li>
 *   <li>{@link org.garrison.model.training.Assessment#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.garrison.model.training.Assessment#getScore <em>Score</em>}</li>
 *   <li>{@link org.garrison.model.training.Assessment#getGrade <em>Grade</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends EObject
{
	/**
	 * Returns the value of the '<em><b>Trainee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainee</em>' reference.
	 * @see #setTrainee(Person)
	 * @see org.garrison.model.training.TrainingPackage#getAssessment_Trainee()
	 * @model required="true"
	 * @generated
	 */
	Person getTrainee();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Assessment#getTrainee <em>Trainee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainee</em>' reference.
	 * @see #getTrainee()
	 * @generated
	 */
	void setTrainee(Person value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(PlanSubject)
	 * @see org.garrison.model.training.TrainingPackage#getAssessment_Subject()
	 * @model required="true"
	 * @generated
	 */
	PlanSubject getSubject();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Assessment#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(PlanSubject value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.garrison.model.training.TrainingPackage#getAssessment_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Assessment#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.Grade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.garrison.model.core.Grade
	 * @see #setGrade(Grade)
	 * @see org.garrison.model.training.TrainingPackage#getAssessment_Grade()
	 * @model required="true"
	 * @generated
	 */
	Grade getGrade();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Assessment#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.garrison.model.core.Grade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(Grade value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.scoreInRange(this, diagnostics, context);'"
	 * @generated
	 */
	boolean scoreInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Assessment
