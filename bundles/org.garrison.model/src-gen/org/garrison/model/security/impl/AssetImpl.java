/**
 */
package org.garrison.model.security.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getCommissionedOn <em>Commissioned On</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssetImpl extends RecordImpl implements Asset
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
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommissionedOn() <em>Commissioned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommissionedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMMISSIONED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommissionedOn() <em>Commissioned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommissionedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate commissionedOn = COMMISSIONED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<MaintenancePlan> plans;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<MaintenanceRecord> records;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssetImpl()
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
		return SecurityPackage.Literals.ASSET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation()
	{
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation)
	{
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCommissionedOn()
	{
		return commissionedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommissionedOn(LocalDate newCommissionedOn)
	{
		LocalDate oldCommissionedOn = commissionedOn;
		commissionedOn = newCommissionedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__COMMISSIONED_ON, oldCommissionedOn, commissionedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaintenancePlan> getPlans()
	{
		if (plans == null)
		{
			plans = new EObjectContainmentWithInverseEList<MaintenancePlan>(MaintenancePlan.class, this, SecurityPackage.ASSET__PLANS, SecurityPackage.MAINTENANCE_PLAN__ASSET);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaintenanceRecord> getRecords()
	{
		if (records == null)
		{
			records = new EObjectContainmentEList<MaintenanceRecord>(MaintenanceRecord.class, this, SecurityPackage.ASSET__RECORDS);
		}
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SecurityPackage.ASSET__PLANS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPlans()).basicAdd(otherEnd, msgs);
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
			case SecurityPackage.ASSET__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case SecurityPackage.ASSET__RECORDS:
				return ((InternalEList<?>)getRecords()).basicRemove(otherEnd, msgs);
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
			case SecurityPackage.ASSET__NAME:
				return getName();
			case SecurityPackage.ASSET__CATEGORY:
				return getCategory();
			case SecurityPackage.ASSET__CODE:
				return getCode();
			case SecurityPackage.ASSET__LOCATION:
				return getLocation();
			case SecurityPackage.ASSET__COMMISSIONED_ON:
				return getCommissionedOn();
			case SecurityPackage.ASSET__PLANS:
				return getPlans();
			case SecurityPackage.ASSET__RECORDS:
				return getRecords();
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
			case SecurityPackage.ASSET__NAME:
				setName((String)newValue);
				return;
			case SecurityPackage.ASSET__CATEGORY:
				setCategory((AssetCategory)newValue);
				return;
			case SecurityPackage.ASSET__CODE:
				setCode((String)newValue);
				return;
			case SecurityPackage.ASSET__LOCATION:
				setLocation((String)newValue);
				return;
			case SecurityPackage.ASSET__COMMISSIONED_ON:
				setCommissionedOn((LocalDate)newValue);
				return;
			case SecurityPackage.ASSET__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends MaintenancePlan>)newValue);
				return;
			case SecurityPackage.ASSET__RECORDS:
				getRecords().clear();
				getRecords().addAll((Collection<? extends MaintenanceRecord>)newValue);
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
			case SecurityPackage.ASSET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SecurityPackage.ASSET__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SecurityPackage.ASSET__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case SecurityPackage.ASSET__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case SecurityPackage.ASSET__COMMISSIONED_ON:
				setCommissionedOn(COMMISSIONED_ON_EDEFAULT);
				return;
			case SecurityPackage.ASSET__PLANS:
				getPlans().clear();
				return;
			case SecurityPackage.ASSET__RECORDS:
				getRecords().clear();
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
			case SecurityPackage.ASSET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SecurityPackage.ASSET__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case SecurityPackage.ASSET__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case SecurityPackage.ASSET__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case SecurityPackage.ASSET__COMMISSIONED_ON:
				return COMMISSIONED_ON_EDEFAULT == null ? commissionedOn != null : !COMMISSIONED_ON_EDEFAULT.equals(commissionedOn);
			case SecurityPackage.ASSET__PLANS:
				return plans != null && !plans.isEmpty();
			case SecurityPackage.ASSET__RECORDS:
				return records != null && !records.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", category: ");
		result.append(category);
		result.append(", code: ");
		result.append(code);
		result.append(", location: ");
		result.append(location);
		result.append(", commissionedOn: ");
		result.append(commissionedOn);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
