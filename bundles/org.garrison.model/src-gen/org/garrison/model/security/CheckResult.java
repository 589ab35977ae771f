/**
 */
package org.garrison.model.security;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.Attachment;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Check Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.CheckResult#getItem <em>Item</em>}</li>
 *   <li>{@link org.garrison.model.security.CheckResult#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.garrison.model.security.CheckResult#getNote <em>Note</em>}</li>
 *   <li>{@link org.garrison.model.security.CheckResult#getPhoto <em>Photo</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getCheckResult()
 * @model
 * @generated
 */
public interface CheckResult extends EObject
{
	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.garrison.model.security.SecurityPackage#getCheckResult_Item()
	 * @model required="true"
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.CheckResult#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.CheckOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.garrison.model.security.CheckOutcome
	 * @see #setOutcome(CheckOutcome)
	 * @see org.garrison.model.security.SecurityPackage#getCheckResult_Outcome()
	 * @model required="true"
	 * @generated
	 */
	CheckOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.CheckResult#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.garrison.model.security.CheckOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(CheckOutcome value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.garrison.model.security.SecurityPackage#getCheckResult_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.CheckResult#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Photo</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photo</em>' reference.
	 * @see #setPhoto(Attachment)
	 * @see org.garrison.model.security.SecurityPackage#getCheckResult_Photo()
	 * @model
	 * @generated
	 */
	Attachment getPhoto();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.CheckResult#getPhoto <em>Photo</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo</em>' reference.
	 * @see #getPhoto()
	 * @generated
	 */
	void setPhoto(Attachment value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.failureExplained(this, diagnostics, context);'"
	 * @generated
	 */
	boolean failureExplained(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CheckResult
