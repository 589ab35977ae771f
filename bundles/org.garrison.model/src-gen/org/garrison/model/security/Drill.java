/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drill</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.Drill#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.Drill#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.garrison.model.security.Drill#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.garrison.model.security.Drill#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.garrison.model.security.Drill#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getDrill()
 * @model
 * @generated
 */
public interface Drill extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getDrill_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Drill#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see org.garrison.model.security.SecurityPackage#getDrill_Scenario()
	 * @model required="true"
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Drill#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' attribute.
	 * @see #setParticipants(int)
	 * @see org.garrison.model.security.SecurityPackage#getDrill_Participants()
	 * @model
	 * @generated
	 */
	int getParticipants();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Drill#getParticipants <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participants</em>' attribute.
	 * @see #getParticipants()
	 * @generated
	 */
	void setParticipants(int value);

	/**
	 * Returns the value of the '<em><b>Evaluation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation</em>' attribute.
	 * @see #setEvaluation(String)
	 * @see org.garrison.model.security.SecurityPackage#getDrill_Evaluation()
	 * @model
	 * @generated
	 */
	String getEvaluation();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Drill#getEvaluation <em>Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation</em>' attribute.
	 * @see #getEvaluation()
	 * @generated
	 */
	void setEvaluation(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.garrison.model.security.SecurityPackage#getDrill_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Drill#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // Drill
