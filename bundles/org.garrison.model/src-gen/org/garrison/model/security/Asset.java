/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.Asset#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getCode <em>Code</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getLocation <em>Location</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getCommissionedOn <em>Commissioned On</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getStatus <em>Status</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getInspectionDue <em>Inspection Due</em>}</li>
 *   <li>{@link org.garrison.model.security.Asset#getInsuranceDue <em>Insurance Due</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getAsset()
 * @model
 * @generated
 */
public interface Asset extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.AssetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.security.AssetCategory
	 * @see #setCategory(AssetCategory)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Category()
	 * @model required="true"
	 * @generated
	 */
	AssetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.security.AssetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(AssetCategory value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Commissioned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commissioned On</em>' attribute.
	 * @see #setCommissionedOn(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_CommissionedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getCommissionedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getCommissionedOn <em>Commissioned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commissioned On</em>' attribute.
	 * @see #getCommissionedOn()
	 * @generated
	 */
	void setCommissionedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.MaintenancePlan}.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.security.MaintenancePlan#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Plans()
	 * @see org.garrison.model.security.MaintenancePlan#getAsset
	 * @model opposite="asset" containment="true"
	 * @generated
	 */
	EList<MaintenancePlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.AssetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.garrison.model.security.AssetStatus
	 * @see #setStatus(AssetStatus)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Status()
	 * @model required="true"
	 * @generated
	 */
	AssetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.garrison.model.security.AssetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssetStatus value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Person)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Responsible()
	 * @model
	 * @generated
	 */
	Person getResponsible();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Person value);

	/**
	 * Returns the value of the '<em><b>Inspection Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection Due</em>' attribute.
	 * @see #setInspectionDue(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_InspectionDue()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getInspectionDue();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getInspectionDue <em>Inspection Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Due</em>' attribute.
	 * @see #getInspectionDue()
	 * @generated
	 */
	void setInspectionDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Insurance Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insurance Due</em>' attribute.
	 * @see #setInsuranceDue(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getAsset_InsuranceDue()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getInsuranceDue();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Asset#getInsuranceDue <em>Insurance Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insurance Due</em>' attribute.
	 * @see #getInsuranceDue()
	 * @generated
	 */
	void setInsuranceDue(LocalDate value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.vehicleDatesOnlyForVehicles(this, diagnostics, context);'"
	 * @generated
	 */
	boolean vehicleDatesOnlyForVehicles(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Asset
