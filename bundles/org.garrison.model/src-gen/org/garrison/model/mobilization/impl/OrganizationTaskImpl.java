/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.OrgUnit;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.OrganizationTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.OrganizationTaskImpl#getCompleted <em>Completed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationTaskImpl extends RecordImpl implements OrganizationTask
{
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

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
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected int target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompleted() <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleted()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPLETED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCompleted() <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleted()
	 * @generated
	 * @ordered
	 */
	protected int completed = COMPLETED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationTaskImpl()
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
		return MobilizationPackage.Literals.ORGANIZATION_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear)
	{
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ORGANIZATION_TASK__YEAR, oldYear, year));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT, oldOrgUnit, orgUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(int newTarget)
	{
		int oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ORGANIZATION_TASK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompleted()
	{
		return completed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleted(int newCompleted)
	{
		int oldCompleted = completed;
		completed = newCompleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ORGANIZATION_TASK__COMPLETED, oldCompleted, completed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean countsNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean completedMatchesRoster(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.completedMatchesRoster(this, diagnostics, context);
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
			case MobilizationPackage.ORGANIZATION_TASK__YEAR:
				return getYear();
			case MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
			case MobilizationPackage.ORGANIZATION_TASK__TARGET:
				return getTarget();
			case MobilizationPackage.ORGANIZATION_TASK__COMPLETED:
				return getCompleted();
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
			case MobilizationPackage.ORGANIZATION_TASK__YEAR:
				setYear((Integer)newValue);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__TARGET:
				setTarget((Integer)newValue);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__COMPLETED:
				setCompleted((Integer)newValue);
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
			case MobilizationPackage.ORGANIZATION_TASK__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case MobilizationPackage.ORGANIZATION_TASK__COMPLETED:
				setCompleted(COMPLETED_EDEFAULT);
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
			case MobilizationPackage.ORGANIZATION_TASK__YEAR:
				return year != YEAR_EDEFAULT;
			case MobilizationPackage.ORGANIZATION_TASK__ORG_UNIT:
				return orgUnit != null;
			case MobilizationPackage.ORGANIZATION_TASK__TARGET:
				return target != TARGET_EDEFAULT;
			case MobilizationPackage.ORGANIZATION_TASK__COMPLETED:
				return completed != COMPLETED_EDEFAULT;
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
			case MobilizationPackage.ORGANIZATION_TASK___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return countsNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case MobilizationPackage.ORGANIZATION_TASK___COMPLETED_MATCHES_ROSTER__DIAGNOSTICCHAIN_MAP:
				return completedMatchesRoster((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (year: ");
		result.append(year);
		result.append(", target: ");
		result.append(target);
		result.append(", completed: ");
		result.append(completed);
		result.append(')');
		return result.toString();
	}

} //OrganizationTaskImpl
