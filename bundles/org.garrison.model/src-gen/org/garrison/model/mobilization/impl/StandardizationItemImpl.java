/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.OrgUnit;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.StandardizationItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standardization Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getClearedOn <em>Cleared On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.StandardizationItemImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardizationItemImpl extends RecordImpl implements StandardizationItem
{
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ItemStatus STATUS_EDEFAULT = ItemStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ItemStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClearedOn() <em>Cleared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClearedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLEARED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClearedOn() <em>Cleared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClearedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate clearedOn = CLEARED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardizationItemImpl()
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
		return MobilizationPackage.Literals.STANDARDIZATION_ITEM;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT, oldOrgUnit, orgUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ItemStatus newStatus)
	{
		ItemStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline()
	{
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline)
	{
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClearedOn()
	{
		return clearedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClearedOn(LocalDate newClearedOn)
	{
		LocalDate oldClearedOn = clearedOn;
		clearedOn = newClearedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__CLEARED_ON, oldClearedOn, clearedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes()
	{
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes)
	{
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.STANDARDIZATION_ITEM__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean metHasClearedDate(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.metHasClearedDate(this, diagnostics, context);
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
			case MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
			case MobilizationPackage.STANDARDIZATION_ITEM__TITLE:
				return getTitle();
			case MobilizationPackage.STANDARDIZATION_ITEM__STATUS:
				return getStatus();
			case MobilizationPackage.STANDARDIZATION_ITEM__DEADLINE:
				return getDeadline();
			case MobilizationPackage.STANDARDIZATION_ITEM__CLEARED_ON:
				return getClearedOn();
			case MobilizationPackage.STANDARDIZATION_ITEM__NOTES:
				return getNotes();
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
			case MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__STATUS:
				setStatus((ItemStatus)newValue);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__CLEARED_ON:
				setClearedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__NOTES:
				setNotes((String)newValue);
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
			case MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__CLEARED_ON:
				setClearedOn(CLEARED_ON_EDEFAULT);
				return;
			case MobilizationPackage.STANDARDIZATION_ITEM__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case MobilizationPackage.STANDARDIZATION_ITEM__ORG_UNIT:
				return orgUnit != null;
			case MobilizationPackage.STANDARDIZATION_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MobilizationPackage.STANDARDIZATION_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
			case MobilizationPackage.STANDARDIZATION_ITEM__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case MobilizationPackage.STANDARDIZATION_ITEM__CLEARED_ON:
				return CLEARED_ON_EDEFAULT == null ? clearedOn != null : !CLEARED_ON_EDEFAULT.equals(clearedOn);
			case MobilizationPackage.STANDARDIZATION_ITEM__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
			case MobilizationPackage.STANDARDIZATION_ITEM___MET_HAS_CLEARED_DATE__DIAGNOSTICCHAIN_MAP:
				return metHasClearedDate((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (title: ");
		result.append(title);
		result.append(", status: ");
		result.append(status);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", clearedOn: ");
		result.append(clearedOn);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //StandardizationItemImpl
