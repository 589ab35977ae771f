/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roll Call Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.RollCallEntry#getMember <em>Member</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.RollCallEntry#isPresent <em>Present</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.RollCallEntry#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getRollCallEntry()
 * @model
 * @generated
 */
public interface RollCallEntry extends EObject
{
	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(MilitiaMember)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRollCallEntry_Member()
	 * @model required="true"
	 * @generated
	 */
	MilitiaMember getMember();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.RollCallEntry#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(MilitiaMember value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRollCallEntry_Present()
	 * @model
	 * @generated
	 */
	boolean isPresent();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.RollCallEntry#isPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #isPresent()
	 * @generated
	 */
	void setPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRollCallEntry_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.RollCallEntry#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // RollCallEntry
