/**
 */
package org.garrison.model.study;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regime</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.StudyRegime#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getGroup <em>Group</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyRegime#getExcused <em>Excused</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getStudyRegime()
 * @model
 * @generated
 */
public interface StudyRegime extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.StudyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.study.StudyKind
	 * @see #setKind(StudyKind)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_Kind()
	 * @model required="true"
	 * @generated
	 */
	StudyKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.study.StudyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StudyKind value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.Recurrence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see org.garrison.model.study.Recurrence
	 * @see #setRecurrence(Recurrence)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_Recurrence()
	 * @model required="true"
	 * @generated
	 */
	Recurrence getRecurrence();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see org.garrison.model.study.Recurrence
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(Recurrence value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_StartDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_EndDate()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(StudyGroup)
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_Group()
	 * @model
	 * @generated
	 */
	StudyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyRegime#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StudyGroup value);

	/**
	 * Returns the value of the '<em><b>Excused</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.ExcusedOccurrence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excused</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyRegime_Excused()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExcusedOccurrence> getExcused();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.datesInOrder(this, diagnostics, context);'"
	 * @generated
	 */
	boolean datesInOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

} // StudyRegime
