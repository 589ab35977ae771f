/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

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
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getIntervalUnit <em>Interval Unit</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.security.MaintenancePlan#getResponsible <em>Responsible</em>}</li>
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
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(int)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Interval()
	 * @model default="1" required="true"
	 * @generated
	 */
	int getInterval();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(int value);

	/**
	 * Returns the value of the '<em><b>Interval Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.IntervalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Unit</em>' attribute.
	 * @see org.garrison.model.security.IntervalUnit
	 * @see #setIntervalUnit(IntervalUnit)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_IntervalUnit()
	 * @model required="true"
	 * @generated
	 */
	IntervalUnit getIntervalUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getIntervalUnit <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Unit</em>' attribute.
	 * @see org.garrison.model.security.IntervalUnit
	 * @see #getIntervalUnit()
	 * @generated
	 */
	void setIntervalUnit(IntervalUnit value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.AssetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.security.AssetCategory
	 * @see #setCategory(AssetCategory)
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Category()
	 * @model
	 * @generated
	 */
	AssetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.MaintenancePlan#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.security.AssetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(AssetCategory value);

	/**
	 * Returns the value of the '<em><b>Checklist</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.ChecklistItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklist</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getMaintenancePlan_Checklist()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistItem> getChecklist();

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the plan is due again after it was carried out on the day: the interval in its unit later.
	 * <!-- end-model-doc -->
	 * @model dataType="org.garrison.model.core.LocalDate" dayDataType="org.garrison.model.core.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.SecurityDerived.dueAfter(this, day);'"
	 * @generated
	 */
	LocalDate dueAfter(LocalDate day);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day the plan is due for the asset: its start, or the asset's commissioning when that is later.
	 * <!-- end-model-doc -->
	 * @model dataType="org.garrison.model.core.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.SecurityDerived.firstDueFor(this, asset);'"
	 * @generated
	 */
	LocalDate firstDueFor(Asset asset);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the plan is the asset's own or the plan of the asset's category.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.SecurityDerived.covers(this, asset);'"
	 * @generated
	 */
	boolean covers(Asset asset);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.intervalPositive(this, diagnostics, context);'"
	 * @generated
	 */
	boolean intervalPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MaintenancePlan
