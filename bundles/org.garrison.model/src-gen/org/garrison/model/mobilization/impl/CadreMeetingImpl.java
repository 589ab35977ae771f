/**
 */
package org.garrison.model.mobilization.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cadre Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.CadreMeetingImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.CadreMeetingImpl#isAttended <em>Attended</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CadreMeetingImpl extends MinimalEObjectImpl.Container implements CadreMeeting
{
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected LocalDate month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttended() <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttended()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTENDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttended() <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttended()
	 * @generated
	 * @ordered
	 */
	protected boolean attended = ATTENDED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CadreMeetingImpl()
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
		return MobilizationPackage.Literals.CADRE_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getMonth()
	{
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(LocalDate newMonth)
	{
		LocalDate oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CADRE_MEETING__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttended()
	{
		return attended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttended(boolean newAttended)
	{
		boolean oldAttended = attended;
		attended = newAttended;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CADRE_MEETING__ATTENDED, oldAttended, attended));
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
			case MobilizationPackage.CADRE_MEETING__MONTH:
				return getMonth();
			case MobilizationPackage.CADRE_MEETING__ATTENDED:
				return isAttended();
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
			case MobilizationPackage.CADRE_MEETING__MONTH:
				setMonth((LocalDate)newValue);
				return;
			case MobilizationPackage.CADRE_MEETING__ATTENDED:
				setAttended((Boolean)newValue);
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
			case MobilizationPackage.CADRE_MEETING__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case MobilizationPackage.CADRE_MEETING__ATTENDED:
				setAttended(ATTENDED_EDEFAULT);
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
			case MobilizationPackage.CADRE_MEETING__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case MobilizationPackage.CADRE_MEETING__ATTENDED:
				return attended != ATTENDED_EDEFAULT;
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
		result.append(" (month: ");
		result.append(month);
		result.append(", attended: ");
		result.append(attended);
		result.append(')');
		return result.toString();
	}

} //CadreMeetingImpl
