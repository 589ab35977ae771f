/**
 */
package org.garrison.model.security.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.Person;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.IntervalUnit;
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
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getIntervalUnit <em>Interval Unit</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenancePlanImpl#getResponsible <em>Responsible</em>}</li>
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
	 * The default value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected int interval = INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalUnit() <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalUnit()
	 * @generated
	 * @ordered
	 */
	protected static final IntervalUnit INTERVAL_UNIT_EDEFAULT = IntervalUnit.DAY;

	/**
	 * The cached value of the '{@link #getIntervalUnit() <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalUnit()
	 * @generated
	 * @ordered
	 */
	protected IntervalUnit intervalUnit = INTERVAL_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final AssetCategory CATEGORY_EDEFAULT = AssetCategory.PHONE_LOCKER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected AssetCategory category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChecklist() <em>Checklist</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklist()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItem> checklist;

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
	public int getInterval()
	{
		return interval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterval(int newInterval)
	{
		int oldInterval = interval;
		interval = newInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__INTERVAL, oldInterval, interval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntervalUnit getIntervalUnit()
	{
		return intervalUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalUnit(IntervalUnit newIntervalUnit)
	{
		IntervalUnit oldIntervalUnit = intervalUnit;
		intervalUnit = newIntervalUnit == null ? INTERVAL_UNIT_EDEFAULT : newIntervalUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__INTERVAL_UNIT, oldIntervalUnit, intervalUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(AssetCategory newCategory)
	{
		AssetCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_PLAN__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItem> getChecklist()
	{
		if (checklist == null)
		{
			checklist = new EObjectContainmentEList<ChecklistItem>(ChecklistItem.class, this, SecurityPackage.MAINTENANCE_PLAN__CHECKLIST);
		}
		return checklist;
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
	public LocalDate dueAfter(final LocalDate day)
	{
		return org.garrison.internal.model.derived.SecurityDerived.dueAfter(this, day);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate firstDueFor(final Asset asset)
	{
		return org.garrison.internal.model.derived.SecurityDerived.firstDueFor(this, asset);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean covers(final Asset asset)
	{
		return org.garrison.internal.model.derived.SecurityDerived.covers(this, asset);
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
			case SecurityPackage.MAINTENANCE_PLAN__CHECKLIST:
				return ((InternalEList<?>)getChecklist()).basicRemove(otherEnd, msgs);
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
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL:
				return getInterval();
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_UNIT:
				return getIntervalUnit();
			case SecurityPackage.MAINTENANCE_PLAN__CATEGORY:
				return getCategory();
			case SecurityPackage.MAINTENANCE_PLAN__CHECKLIST:
				return getChecklist();
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				return getStartDate();
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
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
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL:
				setInterval((Integer)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_UNIT:
				setIntervalUnit((IntervalUnit)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__CATEGORY:
				setCategory((AssetCategory)newValue);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__CHECKLIST:
				getChecklist().clear();
				getChecklist().addAll((Collection<? extends ChecklistItem>)newValue);
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
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL:
				setInterval(INTERVAL_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_UNIT:
				setIntervalUnit(INTERVAL_UNIT_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_PLAN__CHECKLIST:
				getChecklist().clear();
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
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL:
				return interval != INTERVAL_EDEFAULT;
			case SecurityPackage.MAINTENANCE_PLAN__INTERVAL_UNIT:
				return intervalUnit != INTERVAL_UNIT_EDEFAULT;
			case SecurityPackage.MAINTENANCE_PLAN__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case SecurityPackage.MAINTENANCE_PLAN__CHECKLIST:
				return checklist != null && !checklist.isEmpty();
			case SecurityPackage.MAINTENANCE_PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SecurityPackage.MAINTENANCE_PLAN__RESPONSIBLE:
				return responsible != null;
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
			case SecurityPackage.MAINTENANCE_PLAN___DUE_AFTER__LOCALDATE:
				return dueAfter((LocalDate)arguments.get(0));
			case SecurityPackage.MAINTENANCE_PLAN___FIRST_DUE_FOR__ASSET:
				return firstDueFor((Asset)arguments.get(0));
			case SecurityPackage.MAINTENANCE_PLAN___COVERS__ASSET:
				return covers((Asset)arguments.get(0));
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
		result.append(", interval: ");
		result.append(interval);
		result.append(", intervalUnit: ");
		result.append(intervalUnit);
		result.append(", category: ");
		result.append(category);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(')');
		return result.toString();
	}

} //MaintenancePlanImpl
