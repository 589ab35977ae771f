/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maintenance Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getDescription <em>Description</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getIntervalDays <em>Interval Days</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getNextDue <em>Next Due</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan()
 * @model
 * @generated
 */
public interface MaintenancePlan extends EObject
{
	/**
	 * Returns the value of the '<em><b>Asset</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.security.Asset#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' container reference.
	 * @see #setAsset(Asset)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Asset()
	 * @see org.garrison.model.security.Asset#getPlans
	 * @model opposite="plans" transient="false"
	 * @generated
	 */
	Asset getAsset();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getAsset <em>Asset</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' container reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(Asset value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Days</em>' attribute.
	 * @see #setIntervalDays(int)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_IntervalDays()
	 * @model required="true"
	 * @generated
	 */
	int getIntervalDays();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getIntervalDays <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Days</em>' attribute.
	 * @see #getIntervalDays()
	 * @generated
	 */
	void setIntervalDays(int value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_StartDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Person)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Responsible()
	 * @model
	 * @generated
	 */
	Person getResponsible();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Person value);

	/**
	 * Returns the value of the '<em><b>Next Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Due</em>' attribute.
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_NextDue()
	 * @model dataType="org.garrison.model.core.LocalDate" transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.SecurityDerived.nextDue(this);'"
	 * @generated
	 */
	LocalDate getNextDue();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.intervalPositive(this, diagnostics, context);'"
	 * @generated
	 */
	boolean intervalPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MaintenancePlan
