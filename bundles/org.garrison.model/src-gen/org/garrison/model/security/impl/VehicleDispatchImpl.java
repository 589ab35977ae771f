/**
 */
package org.garrison.model.security.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.Asset;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.security.VehicleDispatch;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vehicle Dispatch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.VehicleDispatchImpl#getVehicle <em>Vehicle</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.VehicleDispatchImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.VehicleDispatchImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.VehicleDispatchImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.VehicleDispatchImpl#getMileage <em>Mileage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VehicleDispatchImpl extends RecordImpl implements VehicleDispatch
{
	/**
	 * The cached value of the '{@link #getVehicle() <em>Vehicle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicle()
	 * @generated
	 * @ordered
	 */
	protected Asset vehicle;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Person driver;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMileage() <em>Mileage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMileage()
	 * @generated
	 * @ordered
	 */
	protected static final double MILEAGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMileage() <em>Mileage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMileage()
	 * @generated
	 * @ordered
	 */
	protected double mileage = MILEAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VehicleDispatchImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return SecurityPackage.Literals.VEHICLE_DISPATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getVehicle()
	{
		if (vehicle != null && vehicle.eIsProxy())
		{
			InternalEObject oldVehicle = (InternalEObject)vehicle;
			vehicle = (Asset)eResolveProxy(oldVehicle);
			if (vehicle != oldVehicle)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.VEHICLE_DISPATCH__VEHICLE, oldVehicle, vehicle));
			}
		}
		return vehicle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetVehicle()
	{
		return vehicle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVehicle(Asset newVehicle)
	{
		Asset oldVehicle = vehicle;
		vehicle = newVehicle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.VEHICLE_DISPATCH__VEHICLE, oldVehicle, vehicle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.VEHICLE_DISPATCH__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getDriver()
	{
		if (driver != null && driver.eIsProxy())
		{
			InternalEObject oldDriver = (InternalEObject)driver;
			driver = (Person)eResolveProxy(oldDriver);
			if (driver != oldDriver)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.VEHICLE_DISPATCH__DRIVER, oldDriver, driver));
			}
		}
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetDriver()
	{
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Person newDriver)
	{
		Person oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.VEHICLE_DISPATCH__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose()
	{
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose)
	{
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.VEHICLE_DISPATCH__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMileage()
	{
		return mileage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMileage(double newMileage)
	{
		double oldMileage = mileage;
		mileage = newMileage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.VEHICLE_DISPATCH__MILEAGE, oldMileage, mileage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case SecurityPackage.VEHICLE_DISPATCH__VEHICLE:
				if (resolve) return getVehicle();
				return basicGetVehicle();
			case SecurityPackage.VEHICLE_DISPATCH__DATE:
				return getDate();
			case SecurityPackage.VEHICLE_DISPATCH__DRIVER:
				if (resolve) return getDriver();
				return basicGetDriver();
			case SecurityPackage.VEHICLE_DISPATCH__PURPOSE:
				return getPurpose();
			case SecurityPackage.VEHICLE_DISPATCH__MILEAGE:
				return getMileage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SecurityPackage.VEHICLE_DISPATCH__VEHICLE:
				setVehicle((Asset)newValue);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__DATE:
				setDate((LocalDate)newValue);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__DRIVER:
				setDriver((Person)newValue);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__PURPOSE:
				setPurpose((String)newValue);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__MILEAGE:
				setMileage((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case SecurityPackage.VEHICLE_DISPATCH__VEHICLE:
				setVehicle((Asset)null);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__DRIVER:
				setDriver((Person)null);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case SecurityPackage.VEHICLE_DISPATCH__MILEAGE:
				setMileage(MILEAGE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case SecurityPackage.VEHICLE_DISPATCH__VEHICLE:
				return vehicle != null;
			case SecurityPackage.VEHICLE_DISPATCH__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SecurityPackage.VEHICLE_DISPATCH__DRIVER:
				return driver != null;
			case SecurityPackage.VEHICLE_DISPATCH__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case SecurityPackage.VEHICLE_DISPATCH__MILEAGE:
				return mileage != MILEAGE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", mileage: ");
		result.append(mileage);
		result.append(')');
		return result.toString();
	}

} //VehicleDispatchImpl
