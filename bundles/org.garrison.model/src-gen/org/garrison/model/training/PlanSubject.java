/**
 */
package org.garrison.model.training;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.PlanSubject#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.PlanSubject#getHours <em>Hours</em>}</li>
 *   <li>{@link org.garrison.model.training.PlanSubject#getOutline <em>Outline</em>}</li>
 *   <li>{@link org.garrison.model.training.PlanSubject#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getPlanSubject()
 * @model
 * @generated
 */
public interface PlanSubject extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.training.TrainingPackage#getPlanSubject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.PlanSubject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.garrison.model.training.TrainingPackage#getPlanSubject_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.PlanSubject#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Outline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outline</em>' attribute.
	 * @see #setOutline(String)
	 * @see org.garrison.model.training.TrainingPackage#getPlanSubject_Outline()
	 * @model
	 * @generated
	 */
	String getOutline();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.PlanSubject#getOutline <em>Outline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outline</em>' attribute.
	 * @see #getOutline()
	 * @generated
	 */
	void setOutline(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.TrainingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.TrainingKind
	 * @see #setKind(TrainingKind)
	 * @see org.garrison.model.training.TrainingPackage#getPlanSubject_Kind()
	 * @model
	 * @generated
	 */
	TrainingKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.PlanSubject#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.TrainingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TrainingKind value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.hoursNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean hoursNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // PlanSubject
