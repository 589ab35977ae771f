/**
 */
package org.garrison.model.security;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maintenance Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getWork <em>Work</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getCost <em>Cost</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenanceRecord#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord()
 * @model
 * @generated
 */
public interface MaintenanceRecord extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(Asset)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Asset()
	 * @model required="true"
	 * @generated
	 */
	Asset getAsset();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(Asset value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(MaintenancePlan)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Plan()
	 * @model
	 * @generated
	 */
	MaintenancePlan getPlan();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(MaintenancePlan value);

	/**
	 * Returns the value of the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performed By</em>' reference.
	 * @see #setPerformedBy(Person)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_PerformedBy()
	 * @model
	 * @generated
	 */
	Person getPerformedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getPerformedBy <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed By</em>' reference.
	 * @see #getPerformedBy()
	 * @generated
	 */
	void setPerformedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work</em>' attribute.
	 * @see #setWork(String)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Work()
	 * @model required="true"
	 * @generated
	 */
	String getWork();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getWork <em>Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work</em>' attribute.
	 * @see #getWork()
	 * @generated
	 */
	void setWork(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenanceRecord#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.CheckResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getMaintenanceRecord_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<CheckResult> getResults();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.planOfTheAsset(this, diagnostics, context);'"
	 * @generated
	 */
	boolean planOfTheAsset(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.costNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean costNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MaintenanceRecord
