/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.TargetDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conscription Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionIndicatorImpl#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConscriptionIndicatorImpl extends MinimalEObjectImpl.Container implements ConscriptionIndicator
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected static final RecruitMeasure NUMERATOR_EDEFAULT = RecruitMeasure.REGISTERED;

	/**
	 * The cached value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected RecruitMeasure numerator = NUMERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected static final RecruitMeasure DENOMINATOR_EDEFAULT = RecruitMeasure.REGISTERED;

	/**
	 * The cached value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected RecruitMeasure denominator = DENOMINATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TargetDirection DIRECTION_EDEFAULT = TargetDirection.AT_LEAST;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TargetDirection direction = DIRECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConscriptionIndicatorImpl()
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
		return MobilizationPackage.Literals.CONSCRIPTION_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn()
	{
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn)
	{
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitMeasure getNumerator()
	{
		return numerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumerator(RecruitMeasure newNumerator)
	{
		RecruitMeasure oldNumerator = numerator;
		numerator = newNumerator == null ? NUMERATOR_EDEFAULT : newNumerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__NUMERATOR, oldNumerator, numerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitMeasure getDenominator()
	{
		return denominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominator(RecruitMeasure newDenominator)
	{
		RecruitMeasure oldDenominator = denominator;
		denominator = newDenominator == null ? DENOMINATOR_EDEFAULT : newDenominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__DENOMINATOR, oldDenominator, denominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget)
	{
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TargetDirection newDirection)
	{
		TargetDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double valueFor(final ConscriptionCampaign campaign)
	{
		return org.garrison.internal.model.derived.ConscriptionDerived.value(this, campaign);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean metBy(final ConscriptionCampaign campaign)
	{
		return org.garrison.internal.model.derived.ConscriptionDerived.met(this, campaign);
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
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME:
				return getName();
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME_EN:
				return getNameEn();
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NUMERATOR:
				return getNumerator();
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DENOMINATOR:
				return getDenominator();
			case MobilizationPackage.CONSCRIPTION_INDICATOR__TARGET:
				return getTarget();
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DIRECTION:
				return getDirection();
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
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME:
				setName((String)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME_EN:
				setNameEn((String)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NUMERATOR:
				setNumerator((RecruitMeasure)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DENOMINATOR:
				setDenominator((RecruitMeasure)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__TARGET:
				setTarget((Double)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DIRECTION:
				setDirection((TargetDirection)newValue);
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
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NUMERATOR:
				setNumerator(NUMERATOR_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DENOMINATOR:
				setDenominator(DENOMINATOR_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
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
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case MobilizationPackage.CONSCRIPTION_INDICATOR__NUMERATOR:
				return numerator != NUMERATOR_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DENOMINATOR:
				return denominator != DENOMINATOR_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__TARGET:
				return target != TARGET_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case MobilizationPackage.CONSCRIPTION_INDICATOR___VALUE_FOR__CONSCRIPTIONCAMPAIGN:
				return valueFor((ConscriptionCampaign)arguments.get(0));
			case MobilizationPackage.CONSCRIPTION_INDICATOR___MET_BY__CONSCRIPTIONCAMPAIGN:
				return metBy((ConscriptionCampaign)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", numerator: ");
		result.append(numerator);
		result.append(", denominator: ");
		result.append(denominator);
		result.append(", target: ");
		result.append(target);
		result.append(", direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //ConscriptionIndicatorImpl
