/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vehicle Dispatch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.VehicleDispatch#getVehicle <em>Vehicle</em>}</li>
 *   <li>{@link org.garrison.model.security.VehicleDispatch#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.VehicleDispatch#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.garrison.model.security.VehicleDispatch#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.garrison.model.security.VehicleDispatch#getMileage <em>Mileage</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch()
 * @model
 * @generated
 */
public interface VehicleDispatch extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Vehicle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vehicle</em>' reference.
	 * @see #setVehicle(Asset)
	 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch_Vehicle()
	 * @model required="true"
	 * @generated
	 */
	Asset getVehicle();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.VehicleDispatch#getVehicle <em>Vehicle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vehicle</em>' reference.
	 * @see #getVehicle()
	 * @generated
	 */
	void setVehicle(Asset value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.VehicleDispatch#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Person)
	 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch_Driver()
	 * @model
	 * @generated
	 */
	Person getDriver();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.VehicleDispatch#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Person value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch_Purpose()
	 * @model required="true"
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.VehicleDispatch#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Mileage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mileage</em>' attribute.
	 * @see #setMileage(double)
	 * @see org.garrison.model.security.SecurityPackage#getVehicleDispatch_Mileage()
	 * @model
	 * @generated
	 */
	double getMileage();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.VehicleDispatch#getMileage <em>Mileage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mileage</em>' attribute.
	 * @see #getMileage()
	 * @generated
	 */
	void setMileage(double value);

} // VehicleDispatch
