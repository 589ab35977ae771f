/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cadre Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.CadreMeeting#getMonth <em>Month</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.CadreMeeting#isAttended <em>Attended</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getCadreMeeting()
 * @model
 * @generated
 */
public interface CadreMeeting extends EObject
{
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getCadreMeeting_Month()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getMonth();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.CadreMeeting#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Attended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attended</em>' attribute.
	 * @see #setAttended(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getCadreMeeting_Attended()
	 * @model
	 * @generated
	 */
	boolean isAttended();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.CadreMeeting#isAttended <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attended</em>' attribute.
	 * @see #isAttended()
	 * @generated
	 */
	void setAttended(boolean value);

} // CadreMeeting
