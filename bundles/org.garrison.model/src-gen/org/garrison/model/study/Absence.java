/**
 */
package org.garrison.model.study;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Absence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Why an absentee of a session was away (公差, 病假, 事假, 其他).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.Absence#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.study.Absence#getReason <em>Reason</em>}</li>
 *   <li>{@link org.garrison.model.study.Absence#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getAbsence()
 * @model
 * @generated
 */
public interface Absence extends EObject
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.study.StudyPackage#getAbsence_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Absence#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.AbsenceReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see org.garrison.model.study.AbsenceReason
	 * @see #setReason(AbsenceReason)
	 * @see org.garrison.model.study.StudyPackage#getAbsence_Reason()
	 * @model required="true"
	 * @generated
	 */
	AbsenceReason getReason();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Absence#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see org.garrison.model.study.AbsenceReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(AbsenceReason value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.garrison.model.study.StudyPackage#getAbsence_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Absence#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // Absence
