/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Publicity Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.PublicityEvent#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.PublicityEvent#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.PublicityEvent#getAudience <em>Audience</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getPublicityEvent()
 * @model
 * @generated
 */
public interface PublicityEvent extends EObject
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getPublicityEvent_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.PublicityEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getPublicityEvent_Place()
	 * @model required="true"
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.PublicityEvent#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getPublicityEvent_Audience()
	 * @model
	 * @generated
	 */
	int getAudience();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.PublicityEvent#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(int value);

} // PublicityEvent
