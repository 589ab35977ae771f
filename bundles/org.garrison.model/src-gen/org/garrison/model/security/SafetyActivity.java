/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Safety Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.SafetyActivity#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.SafetyActivity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.security.SafetyActivity#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.garrison.model.security.SafetyActivity#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.garrison.model.security.SafetyActivity#getQuarter <em>Quarter</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity()
 * @model
 * @generated
 */
public interface SafetyActivity extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.SafetyActivity#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.SafetyActivityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.security.SafetyActivityKind
	 * @see #setKind(SafetyActivityKind)
	 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity_Kind()
	 * @model required="true"
	 * @generated
	 */
	SafetyActivityKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.SafetyActivity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.security.SafetyActivityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SafetyActivityKind value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.SafetyActivity#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' attribute.
	 * @see #setParticipants(int)
	 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity_Participants()
	 * @model
	 * @generated
	 */
	int getParticipants();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.SafetyActivity#getParticipants <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participants</em>' attribute.
	 * @see #getParticipants()
	 * @generated
	 */
	void setParticipants(int value);

	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see org.garrison.model.security.SecurityPackage#getSafetyActivity_Quarter()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return getDate() == null ? 0 : (getDate().getMonthValue() - 1) / 3 + 1;'"
	 * @generated
	 */
	int getQuarter();

} // SafetyActivity
