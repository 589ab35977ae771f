/**
 */
package org.garrison.model.study;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Make Up Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.MakeUpStudy#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.study.MakeUpStudy#getSession <em>Session</em>}</li>
 *   <li>{@link org.garrison.model.study.MakeUpStudy#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.study.MakeUpStudy#getMethod <em>Method</em>}</li>
 *   <li>{@link org.garrison.model.study.MakeUpStudy#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy()
 * @model
 * @generated
 */
public interface MakeUpStudy extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.MakeUpStudy#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' reference.
	 * @see #setSession(StudySession)
	 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy_Session()
	 * @model required="true"
	 * @generated
	 */
	StudySession getSession();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.MakeUpStudy#getSession <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' reference.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(StudySession value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.MakeUpStudy#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.MakeUpMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.garrison.model.study.MakeUpMethod
	 * @see #setMethod(MakeUpMethod)
	 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy_Method()
	 * @model required="true"
	 * @generated
	 */
	MakeUpMethod getMethod();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.MakeUpStudy#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.garrison.model.study.MakeUpMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(MakeUpMethod value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.garrison.model.study.StudyPackage#getMakeUpStudy_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.MakeUpStudy#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.onlyForAbsentees(this, diagnostics, context);'"
	 * @generated
	 */
	boolean onlyForAbsentees(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.notBeforeSession(this, diagnostics, context);'"
	 * @generated
	 */
	boolean notBeforeSession(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MakeUpStudy
