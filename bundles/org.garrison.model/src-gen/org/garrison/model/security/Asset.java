/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

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
 *   <li>{@link org.garrison.model.security.Asset#getRecords <em>Records</em>}</li>
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
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.MaintenanceRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getAsset_Records()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaintenanceRecord> getRecords();

} // Asset
