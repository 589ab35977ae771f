/**
 */
package org.garrison.model.security.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.District;

import org.garrison.model.security.Asset;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.security.VehicleDispatch;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getCategoryPlans <em>Category Plans</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getDrills <em>Drills</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getDispatches <em>Dispatches</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SecurityLedgerImpl#getLinkedUnits <em>Linked Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecurityLedgerImpl extends MinimalEObjectImpl.Container implements SecurityLedger
{
	/**
	 * The cached value of the '{@link #getDistrict() <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistrict()
	 * @generated
	 * @ordered
	 */
	protected District district;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getCategoryPlans() <em>Category Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<MaintenancePlan> categoryPlans;

	/**
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected EList<Hazard> hazards;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<SafetyActivity> activities;

	/**
	 * The cached value of the '{@link #getDrills() <em>Drills</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrills()
	 * @generated
	 * @ordered
	 */
	protected EList<Drill> drills;

	/**
	 * The cached value of the '{@link #getDispatches() <em>Dispatches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispatches()
	 * @generated
	 * @ordered
	 */
	protected EList<VehicleDispatch> dispatches;

	/**
	 * The cached value of the '{@link #getLinkedUnits() <em>Linked Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<LinkedUnit> linkedUnits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecurityLedgerImpl()
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
		return SecurityPackage.Literals.SECURITY_LEDGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public District getDistrict()
	{
		if (district != null && district.eIsProxy())
		{
			InternalEObject oldDistrict = (InternalEObject)district;
			district = (District)eResolveProxy(oldDistrict);
			if (district != oldDistrict)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.SECURITY_LEDGER__DISTRICT, oldDistrict, district));
			}
		}
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public District basicGetDistrict()
	{
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistrict(District newDistrict)
	{
		District oldDistrict = district;
		district = newDistrict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.SECURITY_LEDGER__DISTRICT, oldDistrict, district));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets()
	{
		if (assets == null)
		{
			assets = new EObjectContainmentEList<Asset>(Asset.class, this, SecurityPackage.SECURITY_LEDGER__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaintenancePlan> getCategoryPlans()
	{
		if (categoryPlans == null)
		{
			categoryPlans = new EObjectContainmentEList<MaintenancePlan>(MaintenancePlan.class, this, SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS);
		}
		return categoryPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards()
	{
		if (hazards == null)
		{
			hazards = new EObjectContainmentEList<Hazard>(Hazard.class, this, SecurityPackage.SECURITY_LEDGER__HAZARDS);
		}
		return hazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SafetyActivity> getActivities()
	{
		if (activities == null)
		{
			activities = new EObjectContainmentEList<SafetyActivity>(SafetyActivity.class, this, SecurityPackage.SECURITY_LEDGER__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Drill> getDrills()
	{
		if (drills == null)
		{
			drills = new EObjectContainmentEList<Drill>(Drill.class, this, SecurityPackage.SECURITY_LEDGER__DRILLS);
		}
		return drills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VehicleDispatch> getDispatches()
	{
		if (dispatches == null)
		{
			dispatches = new EObjectContainmentEList<VehicleDispatch>(VehicleDispatch.class, this, SecurityPackage.SECURITY_LEDGER__DISPATCHES);
		}
		return dispatches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LinkedUnit> getLinkedUnits()
	{
		if (linkedUnits == null)
		{
			linkedUnits = new EObjectContainmentEList<LinkedUnit>(LinkedUnit.class, this, SecurityPackage.SECURITY_LEDGER__LINKED_UNITS);
		}
		return linkedUnits;
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
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
				return ((InternalEList<?>)getCategoryPlans()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
				return ((InternalEList<?>)getHazards()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
				return ((InternalEList<?>)getDrills()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
				return ((InternalEList<?>)getDispatches()).basicRemove(otherEnd, msgs);
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				return ((InternalEList<?>)getLinkedUnits()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case SecurityPackage.SECURITY_LEDGER__DISTRICT:
				if (resolve) return getDistrict();
				return basicGetDistrict();
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
				return getAssets();
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
				return getCategoryPlans();
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
				return getHazards();
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
				return getActivities();
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
				return getDrills();
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
				return getDispatches();
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				return getLinkedUnits();
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
			case SecurityPackage.SECURITY_LEDGER__DISTRICT:
				setDistrict((District)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
				getCategoryPlans().clear();
				getCategoryPlans().addAll((Collection<? extends MaintenancePlan>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends SafetyActivity>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
				getDrills().clear();
				getDrills().addAll((Collection<? extends Drill>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
				getDispatches().clear();
				getDispatches().addAll((Collection<? extends VehicleDispatch>)newValue);
				return;
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				getLinkedUnits().clear();
				getLinkedUnits().addAll((Collection<? extends LinkedUnit>)newValue);
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
			case SecurityPackage.SECURITY_LEDGER__DISTRICT:
				setDistrict((District)null);
				return;
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
				getAssets().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
				getCategoryPlans().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
				getHazards().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
				getActivities().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
				getDrills().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
				getDispatches().clear();
				return;
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				getLinkedUnits().clear();
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
			case SecurityPackage.SECURITY_LEDGER__DISTRICT:
				return district != null;
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
				return assets != null && !assets.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
				return categoryPlans != null && !categoryPlans.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
				return hazards != null && !hazards.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
				return drills != null && !drills.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
				return dispatches != null && !dispatches.isEmpty();
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				return linkedUnits != null && !linkedUnits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SecurityLedgerImpl
