/**
 */
package org.garrison.model.security;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.District;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getCategoryPlans <em>Category Plans</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getDrills <em>Drills</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getDispatches <em>Dispatches</em>}</li>
 *   <li>{@link org.garrison.model.security.SecurityLedger#getLinkedUnits <em>Linked Units</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger()
 * @model
 * @generated
 */
public interface SecurityLedger extends EObject
{
	/**
	 * Returns the value of the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>District</em>' reference.
	 * @see #setDistrict(District)
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_District()
	 * @model required="true"
	 * @generated
	 */
	District getDistrict();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.SecurityLedger#getDistrict <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>District</em>' reference.
	 * @see #getDistrict()
	 * @generated
	 */
	void setDistrict(District value);

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Category Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.MaintenancePlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Plans</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_CategoryPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaintenancePlan> getCategoryPlans();

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_Hazards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.SafetyActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<SafetyActivity> getActivities();

	/**
	 * Returns the value of the '<em><b>Drills</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.Drill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drills</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_Drills()
	 * @model containment="true"
	 * @generated
	 */
	EList<Drill> getDrills();

	/**
	 * Returns the value of the '<em><b>Dispatches</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.VehicleDispatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispatches</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_Dispatches()
	 * @model containment="true"
	 * @generated
	 */
	EList<VehicleDispatch> getDispatches();

	/**
	 * Returns the value of the '<em><b>Linked Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.security.LinkedUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linked Units</em>' containment reference list.
	 * @see org.garrison.model.security.SecurityPackage#getSecurityLedger_LinkedUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<LinkedUnit> getLinkedUnits();

} // SecurityLedger
