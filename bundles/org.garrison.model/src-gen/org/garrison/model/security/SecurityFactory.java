/**
 */
package org.garrison.model.security;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.security.SecurityPackage
 * @generated
 */
public interface SecurityFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SecurityFactory eINSTANCE = org.garrison.model.security.impl.SecurityFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ledger</em>'.
	 * @generated
	 */
	SecurityLedger createSecurityLedger();

	/**
	 * Returns a new object of class '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Asset</em>'.
	 * @generated
	 */
	Asset createAsset();

	/**
	 * Returns a new object of class '<em>Maintenance Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maintenance Plan</em>'.
	 * @generated
	 */
	MaintenancePlan createMaintenancePlan();

	/**
	 * Returns a new object of class '<em>Maintenance Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maintenance Record</em>'.
	 * @generated
	 */
	MaintenanceRecord createMaintenanceRecord();

	/**
	 * Returns a new object of class '<em>Hazard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hazard</em>'.
	 * @generated
	 */
	Hazard createHazard();

	/**
	 * Returns a new object of class '<em>Safety Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Safety Activity</em>'.
	 * @generated
	 */
	SafetyActivity createSafetyActivity();

	/**
	 * Returns a new object of class '<em>Drill</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drill</em>'.
	 * @generated
	 */
	Drill createDrill();

	/**
	 * Returns a new object of class '<em>Vehicle Dispatch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vehicle Dispatch</em>'.
	 * @generated
	 */
	VehicleDispatch createVehicleDispatch();

	/**
	 * Returns a new object of class '<em>Linked Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Linked Unit</em>'.
	 * @generated
	 */
	LinkedUnit createLinkedUnit();

	/**
	 * Returns a new object of class '<em>Checklist Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Item</em>'.
	 * @generated
	 */
	ChecklistItem createChecklistItem();

	/**
	 * Returns a new object of class '<em>Check Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Check Result</em>'.
	 * @generated
	 */
	CheckResult createCheckResult();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SecurityPackage getSecurityPackage();

} //SecurityFactory
