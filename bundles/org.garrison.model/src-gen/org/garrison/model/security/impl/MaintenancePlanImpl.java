/**
 */
package org.garrison.model.security.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.garrison.model.core.Person;

import org.garrison.model.security.Asset;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maintenance Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getIntervalDays <em>Interval Days</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getNextDue <em>Next Due</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaintenancePlanImpl extends MinimalEObjectImpl.Container implements MaintenancePlan
{
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalDays() <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntervalDays() <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected int intervalDays = INTERVAL_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected Person responsible;

	/**
	 * The default value of the '{@link #getNextDue() <em>Next Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_DUE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaintenancePlanImpl()
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
		return SecurityPackage.Literals.MAINTENANCE_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getAsset()
	{
		if (eContainerFeatureID() != SecurityPackage.MAINTENANCE_PLAN__ASSET) return null;
		return (Asset)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAsset(Asset newAsset, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newAsset, SecurityPackage.MAINTENANCE_PLAN__ASSET, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsset(Asset newAsset)
	{
		if (newAsset != eInternalContainer() || (eContainerFeatureID() != SecurityPackage.MAINTENANCE_PLAN__ASSET && newAsset != null))
		{
			if (EcoreUtil.isAncestor(this, newAsset))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAsset != null)
				msgs = ((InternalEObject)newAsset).eInverseAdd(this, SecurityPackage.ASSET__PLANS, Asset.class, msgs);
			msgs = basicSetAsset(newAsset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__ASSET, newAsset, newAsset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalDays()
	{
		return intervalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalDays(int newIntervalDays)
	{
		int oldIntervalDays = intervalDays;
		intervalDays = newIntervalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__INTERVAL_DAYS, oldIntervalDays, intervalDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate()
	{
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate)
	{
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getResponsible()
	{
		if (responsible != null && responsible.eIsProxy())
		{
			InternalEObject oldResponsible = (InternalEObject)responsible;
			responsible = (Person)eResolveProxy(oldResponsible);
			if (responsible != oldResponsible)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE, oldResponsible, responsible));
			}
		}
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetResponsible()
	{
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(Person newResponsible)
	{
		Person oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextDue()
	{
		return org.garrison.internal.model.derived.SecurityDerived.nextDue(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean intervalPositive(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.SecurityConstraints.intervalPositive(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAsset((Asset)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				return basicSetAsset(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				return eInternalContainer().eInverseRemove(this, SecurityPackage.ASSET__PLANS, Asset.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				return getAsset();
			case SecurityPackage.MAINTENANCE_PLAN__DESCRIPTION:
				return getDescription();
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				return getIntervalDays();
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				return getStartDate();
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
			case SecurityPackage.MAINTENANCE_PLAN__NEXT_DUE:
				return getNextDue();
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
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				setAsset((Asset)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				setIntervalDays((Integer)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				setResponsible((Person)newValue);
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
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				setAsset((Asset)null);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				setIntervalDays(INTERVAL_DAYS_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				setResponsible((Person)null);
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
			case SecurityPackage.MAINTENANCE_PLAN__ASSET:
				return getAsset() != null;
			case SecurityPackage.MAINTENANCE_PLAN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				return intervalDays != INTERVAL_DAYS_EDEFAULT;
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				return responsible != null;
			case SecurityPackage.MAINTENANCE_PLAN__NEXT_DUE:
				return NEXT_DUE_EDEFAULT == null ? getNextDue() != null : !NEXT_DUE_EDEFAULT.equals(getNextDue());
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case SecurityPackage.MAINTENANCE_PLAN___INTERVAL_POSITIVE__DIAGNOSTICCHAIN_MAP:
				return intervalPositive((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (description: ");
		result.append(description);
		result.append(", intervalDays: ");
		result.append(intervalDays);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(')');
		return result.toString();
	}

} //MaintenancePlanImpl
