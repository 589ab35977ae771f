/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.OrgUnit;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standardization Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getClearedOn <em>Cleared On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.StandardizationItem#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem()
 * @model
 * @generated
 */
public interface StandardizationItem extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_OrgUnit()
	 * @model required="true"
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.ItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.garrison.model.mobilization.ItemStatus
	 * @see #setStatus(ItemStatus)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_Status()
	 * @model required="true"
	 * @generated
	 */
	ItemStatus getStatus();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.garrison.model.mobilization.ItemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ItemStatus value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_Deadline()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Cleared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cleared On</em>' attribute.
	 * @see #setClearedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_ClearedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getClearedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getClearedOn <em>Cleared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cleared On</em>' attribute.
	 * @see #getClearedOn()
	 * @generated
	 */
	void setClearedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getStandardizationItem_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.StandardizationItem#getNotes <em>Notes</em>}' attribute.
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
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.metHasClearedDate(this, diagnostics, context);'"
	 * @generated
	 */
	boolean metHasClearedDate(DiagnosticChain diagnostics, Map<Object, Object> context);

} // StandardizationItem
