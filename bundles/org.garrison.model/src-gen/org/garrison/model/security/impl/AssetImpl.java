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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.MaintenancePlan;
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
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getInspectionDue <em>Inspection Due</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.AssetImpl#getInsuranceDue <em>Insurance Due</em>}</li>
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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssetStatus STATUS_EDEFAULT = AssetStatus.IN_USE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssetStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getInspectionDue() <em>Inspection Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSPECTION_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInspectionDue() <em>Inspection Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate inspectionDue = INSPECTION_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsuranceDue() <em>Insurance Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSURANCE_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsuranceDue() <em>Insurance Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate insuranceDue = INSURANCE_DUE_EDEFAULT;

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
	public AssetStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssetStatus newStatus)
	{
		AssetStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.ASSET__RESPONSIBLE, oldResponsible, responsible));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInspectionDue()
	{
		return inspectionDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectionDue(LocalDate newInspectionDue)
	{
		LocalDate oldInspectionDue = inspectionDue;
		inspectionDue = newInspectionDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__INSPECTION_DUE, oldInspectionDue, inspectionDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInsuranceDue()
	{
		return insuranceDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsuranceDue(LocalDate newInsuranceDue)
	{
		LocalDate oldInsuranceDue = insuranceDue;
		insuranceDue = newInsuranceDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.ASSET__INSURANCE_DUE, oldInsuranceDue, insuranceDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean vehicleDatesOnlyForVehicles(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.SecurityConstraints.vehicleDatesOnlyForVehicles(this, diagnostics, context);
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
			case SecurityPackage.ASSET__STATUS:
				return getStatus();
			case SecurityPackage.ASSET__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
			case SecurityPackage.ASSET__INSPECTION_DUE:
				return getInspectionDue();
			case SecurityPackage.ASSET__INSURANCE_DUE:
				return getInsuranceDue();
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
			case SecurityPackage.ASSET__STATUS:
				setStatus((AssetStatus)newValue);
				return;
			case SecurityPackage.ASSET__RESPONSIBLE:
				setResponsible((Person)newValue);
				return;
			case SecurityPackage.ASSET__INSPECTION_DUE:
				setInspectionDue((LocalDate)newValue);
				return;
			case SecurityPackage.ASSET__INSURANCE_DUE:
				setInsuranceDue((LocalDate)newValue);
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
			case SecurityPackage.ASSET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SecurityPackage.ASSET__RESPONSIBLE:
				setResponsible((Person)null);
				return;
			case SecurityPackage.ASSET__INSPECTION_DUE:
				setInspectionDue(INSPECTION_DUE_EDEFAULT);
				return;
			case SecurityPackage.ASSET__INSURANCE_DUE:
				setInsuranceDue(INSURANCE_DUE_EDEFAULT);
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
			case SecurityPackage.ASSET__STATUS:
				return status != STATUS_EDEFAULT;
			case SecurityPackage.ASSET__RESPONSIBLE:
				return responsible != null;
			case SecurityPackage.ASSET__INSPECTION_DUE:
				return INSPECTION_DUE_EDEFAULT == null ? inspectionDue != null : !INSPECTION_DUE_EDEFAULT.equals(inspectionDue);
			case SecurityPackage.ASSET__INSURANCE_DUE:
				return INSURANCE_DUE_EDEFAULT == null ? insuranceDue != null : !INSURANCE_DUE_EDEFAULT.equals(insuranceDue);
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
			case SecurityPackage.ASSET___VEHICLE_DATES_ONLY_FOR_VEHICLES__DIAGNOSTICCHAIN_MAP:
				return vehicleDatesOnlyForVehicles((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", category: ");
		result.append(category);
		result.append(", code: ");
		result.append(code);
		result.append(", location: ");
		result.append(location);
		result.append(", commissionedOn: ");
		result.append(commissionedOn);
		result.append(", status: ");
		result.append(status);
		result.append(", inspectionDue: ");
		result.append(inspectionDue);
		result.append(", insuranceDue: ");
		result.append(insuranceDue);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
