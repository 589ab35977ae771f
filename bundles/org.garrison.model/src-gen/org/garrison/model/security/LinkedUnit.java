/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Linked Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getContact <em>Contact</em>}</li>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getLastInspection <em>Last Inspection</em>}</li>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getInspectionMonths <em>Inspection Months</em>}</li>
 *   <li>{@link org.garrison.model.security.LinkedUnit#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit()
 * @model
 * @generated
 */
public interface LinkedUnit extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' attribute.
	 * @see #setContact(String)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_Contact()
	 * @model
	 * @generated
	 */
	String getContact();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getContact <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' attribute.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Last Inspection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Inspection</em>' attribute.
	 * @see #setLastInspection(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_LastInspection()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getLastInspection();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getLastInspection <em>Last Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Inspection</em>' attribute.
	 * @see #getLastInspection()
	 * @generated
	 */
	void setLastInspection(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Inspection Months</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection Months</em>' attribute.
	 * @see #setInspectionMonths(int)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_InspectionMonths()
	 * @model default="6" required="true"
	 * @generated
	 */
	int getInspectionMonths();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getInspectionMonths <em>Inspection Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Months</em>' attribute.
	 * @see #getInspectionMonths()
	 * @generated
	 */
	void setInspectionMonths(int value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.garrison.model.security.SecurityPackage#getLinkedUnit_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.LinkedUnit#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // LinkedUnit
