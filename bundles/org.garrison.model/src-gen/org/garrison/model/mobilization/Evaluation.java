/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.Evaluation#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Evaluation#getInspector <em>Inspector</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Evaluation#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Evaluation#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Evaluation#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Evaluation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Inspector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspector</em>' attribute.
	 * @see #setInspector(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation_Inspector()
	 * @model required="true"
	 * @generated
	 */
	String getInspector();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Evaluation#getInspector <em>Inspector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspector</em>' attribute.
	 * @see #getInspector()
	 * @generated
	 */
	void setInspector(String value);

	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation_OrgUnit()
	 * @model
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Evaluation#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.Grade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.garrison.model.core.Grade
	 * @see #setGrade(Grade)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation_Grade()
	 * @model required="true"
	 * @generated
	 */
	Grade getGrade();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Evaluation#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.garrison.model.core.Grade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(Grade value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getEvaluation_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Evaluation#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Evaluation
