/**
 */
package org.garrison.model.mobilization.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.OrgUnit;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Militia Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getCommander <em>Commander</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getSubUnits <em>Sub Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getParentUnit <em>Parent Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getMemberCount <em>Member Count</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaUnitImpl#getCoreMemberCount <em>Core Member Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilitiaUnitImpl extends RecordImpl implements MilitiaUnit
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final UnitType TYPE_EDEFAULT = UnitType.BATTALION;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected UnitType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final UnitRole ROLE_EDEFAULT = UnitRole.ORDINARY;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected UnitRole role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrgUnit() <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit orgUnit;

	/**
	 * The default value of the '{@link #getSpecialty() <em>Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialty()
	 * @generated
	 * @ordered
	 */
	protected static final String SPECIALTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpecialty() <em>Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialty()
	 * @generated
	 * @ordered
	 */
	protected String specialty = SPECIALTY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommander() <em>Commander</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommander()
	 * @generated
	 * @ordered
	 */
	protected MilitiaMember commander;

	/**
	 * The cached value of the '{@link #getSubUnits() <em>Sub Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<MilitiaUnit> subUnits;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<MilitiaMember> members;

	/**
	 * The default value of the '{@link #getMemberCount() <em>Member Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBER_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getCoreMemberCount() <em>Core Member Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoreMemberCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CORE_MEMBER_COUNT_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilitiaUnitImpl()
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
		return MobilizationPackage.Literals.MILITIA_UNIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(UnitType newType)
	{
		UnitType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitRole getRole()
	{
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(UnitRole newRole)
	{
		UnitRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getOrgUnit()
	{
		if (orgUnit != null && orgUnit.eIsProxy())
		{
			InternalEObject oldOrgUnit = (InternalEObject)orgUnit;
			orgUnit = (OrgUnit)eResolveProxy(oldOrgUnit);
			if (orgUnit != oldOrgUnit)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.MILITIA_UNIT__ORG_UNIT, oldOrgUnit, orgUnit));
			}
		}
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrgUnit basicGetOrgUnit()
	{
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgUnit(OrgUnit newOrgUnit)
	{
		OrgUnit oldOrgUnit = orgUnit;
		orgUnit = newOrgUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecialty()
	{
		return specialty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialty(String newSpecialty)
	{
		String oldSpecialty = specialty;
		specialty = newSpecialty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__SPECIALTY, oldSpecialty, specialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaMember getCommander()
	{
		if (commander != null && commander.eIsProxy())
		{
			InternalEObject oldCommander = (InternalEObject)commander;
			commander = (MilitiaMember)eResolveProxy(oldCommander);
			if (commander != oldCommander)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.MILITIA_UNIT__COMMANDER, oldCommander, commander));
			}
		}
		return commander;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilitiaMember basicGetCommander()
	{
		return commander;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommander(MilitiaMember newCommander)
	{
		MilitiaMember oldCommander = commander;
		commander = newCommander;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__COMMANDER, oldCommander, commander));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MilitiaUnit> getSubUnits()
	{
		if (subUnits == null)
		{
			subUnits = new EObjectContainmentWithInverseEList<MilitiaUnit>(MilitiaUnit.class, this, MobilizationPackage.MILITIA_UNIT__SUB_UNITS, MobilizationPackage.MILITIA_UNIT__PARENT_UNIT);
		}
		return subUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaUnit getParentUnit()
	{
		if (eContainerFeatureID() != MobilizationPackage.MILITIA_UNIT__PARENT_UNIT) return null;
		return (MilitiaUnit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentUnit(MilitiaUnit newParentUnit, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newParentUnit, MobilizationPackage.MILITIA_UNIT__PARENT_UNIT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentUnit(MilitiaUnit newParentUnit)
	{
		if (newParentUnit != eInternalContainer() || (eContainerFeatureID() != MobilizationPackage.MILITIA_UNIT__PARENT_UNIT && newParentUnit != null))
		{
			if (EcoreUtil.isAncestor(this, newParentUnit))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParentUnit != null)
				msgs = ((InternalEObject)newParentUnit).eInverseAdd(this, MobilizationPackage.MILITIA_UNIT__SUB_UNITS, MilitiaUnit.class, msgs);
			msgs = basicSetParentUnit(newParentUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_UNIT__PARENT_UNIT, newParentUnit, newParentUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MilitiaMember> getMembers()
	{
		if (members == null)
		{
			members = new EObjectContainmentWithInverseEList<MilitiaMember>(MilitiaMember.class, this, MobilizationPackage.MILITIA_UNIT__MEMBERS, MobilizationPackage.MILITIA_MEMBER__UNIT);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemberCount()
	{
		return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, null);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCoreMemberCount()
	{
		return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, org.garrison.model.mobilization.MilitiaCategory.CORE);
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
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSubUnits()).basicAdd(otherEnd, msgs);
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParentUnit((MilitiaUnit)otherEnd, msgs);
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
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
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				return ((InternalEList<?>)getSubUnits()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				return basicSetParentUnit(null, msgs);
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
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
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				return eInternalContainer().eInverseRemove(this, MobilizationPackage.MILITIA_UNIT__SUB_UNITS, MilitiaUnit.class, msgs);
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
			case MobilizationPackage.MILITIA_UNIT__NAME:
				return getName();
			case MobilizationPackage.MILITIA_UNIT__TYPE:
				return getType();
			case MobilizationPackage.MILITIA_UNIT__ROLE:
				return getRole();
			case MobilizationPackage.MILITIA_UNIT__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
			case MobilizationPackage.MILITIA_UNIT__SPECIALTY:
				return getSpecialty();
			case MobilizationPackage.MILITIA_UNIT__COMMANDER:
				if (resolve) return getCommander();
				return basicGetCommander();
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				return getSubUnits();
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				return getParentUnit();
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				return getMembers();
			case MobilizationPackage.MILITIA_UNIT__MEMBER_COUNT:
				return getMemberCount();
			case MobilizationPackage.MILITIA_UNIT__CORE_MEMBER_COUNT:
				return getCoreMemberCount();
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
			case MobilizationPackage.MILITIA_UNIT__NAME:
				setName((String)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__TYPE:
				setType((UnitType)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__ROLE:
				setRole((UnitRole)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__SPECIALTY:
				setSpecialty((String)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__COMMANDER:
				setCommander((MilitiaMember)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				getSubUnits().clear();
				getSubUnits().addAll((Collection<? extends MilitiaUnit>)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				setParentUnit((MilitiaUnit)newValue);
				return;
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends MilitiaMember>)newValue);
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
			case MobilizationPackage.MILITIA_UNIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_UNIT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_UNIT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_UNIT__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
				return;
			case MobilizationPackage.MILITIA_UNIT__SPECIALTY:
				setSpecialty(SPECIALTY_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_UNIT__COMMANDER:
				setCommander((MilitiaMember)null);
				return;
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				getSubUnits().clear();
				return;
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				setParentUnit((MilitiaUnit)null);
				return;
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				getMembers().clear();
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
			case MobilizationPackage.MILITIA_UNIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MobilizationPackage.MILITIA_UNIT__TYPE:
				return type != TYPE_EDEFAULT;
			case MobilizationPackage.MILITIA_UNIT__ROLE:
				return role != ROLE_EDEFAULT;
			case MobilizationPackage.MILITIA_UNIT__ORG_UNIT:
				return orgUnit != null;
			case MobilizationPackage.MILITIA_UNIT__SPECIALTY:
				return SPECIALTY_EDEFAULT == null ? specialty != null : !SPECIALTY_EDEFAULT.equals(specialty);
			case MobilizationPackage.MILITIA_UNIT__COMMANDER:
				return commander != null;
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
				return subUnits != null && !subUnits.isEmpty();
			case MobilizationPackage.MILITIA_UNIT__PARENT_UNIT:
				return getParentUnit() != null;
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
				return members != null && !members.isEmpty();
			case MobilizationPackage.MILITIA_UNIT__MEMBER_COUNT:
				return getMemberCount() != MEMBER_COUNT_EDEFAULT;
			case MobilizationPackage.MILITIA_UNIT__CORE_MEMBER_COUNT:
				return getCoreMemberCount() != CORE_MEMBER_COUNT_EDEFAULT;
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
		result.append(", type: ");
		result.append(type);
		result.append(", role: ");
		result.append(role);
		result.append(", specialty: ");
		result.append(specialty);
		result.append(')');
		return result.toString();
	}

} //MilitiaUnitImpl
