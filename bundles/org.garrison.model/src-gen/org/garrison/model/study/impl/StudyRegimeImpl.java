/**
 */
package org.garrison.model.study.impl;

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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudyRegime;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regime</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyRegimeImpl#getExcused <em>Excused</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyRegimeImpl extends RecordImpl implements StudyRegime
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StudyKind KIND_EDEFAULT = StudyKind.GROUP_STUDY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StudyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final Recurrence RECURRENCE_EDEFAULT = Recurrence.DAILY;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected Recurrence recurrence = RECURRENCE_EDEFAULT;

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
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected StudyGroup group;

	/**
	 * The cached value of the '{@link #getExcused() <em>Excused</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcused()
	 * @generated
	 * @ordered
	 */
	protected EList<ExcusedOccurrence> excused;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyRegimeImpl()
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
		return StudyPackage.Literals.STUDY_REGIME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StudyKind newKind)
	{
		StudyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recurrence getRecurrence()
	{
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(Recurrence newRecurrence)
	{
		Recurrence oldRecurrence = recurrence;
		recurrence = newRecurrence == null ? RECURRENCE_EDEFAULT : newRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__RECURRENCE, oldRecurrence, recurrence));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate()
	{
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate)
	{
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyGroup getGroup()
	{
		if (group != null && group.eIsProxy())
		{
			InternalEObject oldGroup = (InternalEObject)group;
			group = (StudyGroup)eResolveProxy(oldGroup);
			if (group != oldGroup)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_REGIME__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyGroup basicGetGroup()
	{
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(StudyGroup newGroup)
	{
		StudyGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_REGIME__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExcusedOccurrence> getExcused()
	{
		if (excused == null)
		{
			excused = new EObjectContainmentEList<ExcusedOccurrence>(ExcusedOccurrence.class, this, StudyPackage.STUDY_REGIME__EXCUSED);
		}
		return excused;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean datesInOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.datesInOrder(this, diagnostics, context);
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
			case StudyPackage.STUDY_REGIME__EXCUSED:
				return ((InternalEList<?>)getExcused()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.STUDY_REGIME__NAME:
				return getName();
			case StudyPackage.STUDY_REGIME__KIND:
				return getKind();
			case StudyPackage.STUDY_REGIME__RECURRENCE:
				return getRecurrence();
			case StudyPackage.STUDY_REGIME__START_DATE:
				return getStartDate();
			case StudyPackage.STUDY_REGIME__END_DATE:
				return getEndDate();
			case StudyPackage.STUDY_REGIME__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case StudyPackage.STUDY_REGIME__EXCUSED:
				return getExcused();
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
			case StudyPackage.STUDY_REGIME__NAME:
				setName((String)newValue);
				return;
			case StudyPackage.STUDY_REGIME__KIND:
				setKind((StudyKind)newValue);
				return;
			case StudyPackage.STUDY_REGIME__RECURRENCE:
				setRecurrence((Recurrence)newValue);
				return;
			case StudyPackage.STUDY_REGIME__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case StudyPackage.STUDY_REGIME__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case StudyPackage.STUDY_REGIME__GROUP:
				setGroup((StudyGroup)newValue);
				return;
			case StudyPackage.STUDY_REGIME__EXCUSED:
				getExcused().clear();
				getExcused().addAll((Collection<? extends ExcusedOccurrence>)newValue);
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
			case StudyPackage.STUDY_REGIME__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudyPackage.STUDY_REGIME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.STUDY_REGIME__RECURRENCE:
				setRecurrence(RECURRENCE_EDEFAULT);
				return;
			case StudyPackage.STUDY_REGIME__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case StudyPackage.STUDY_REGIME__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case StudyPackage.STUDY_REGIME__GROUP:
				setGroup((StudyGroup)null);
				return;
			case StudyPackage.STUDY_REGIME__EXCUSED:
				getExcused().clear();
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
			case StudyPackage.STUDY_REGIME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudyPackage.STUDY_REGIME__KIND:
				return kind != KIND_EDEFAULT;
			case StudyPackage.STUDY_REGIME__RECURRENCE:
				return recurrence != RECURRENCE_EDEFAULT;
			case StudyPackage.STUDY_REGIME__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case StudyPackage.STUDY_REGIME__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case StudyPackage.STUDY_REGIME__GROUP:
				return group != null;
			case StudyPackage.STUDY_REGIME__EXCUSED:
				return excused != null && !excused.isEmpty();
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
			case StudyPackage.STUDY_REGIME___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP:
				return datesInOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", recurrence: ");
		result.append(recurrence);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //StudyRegimeImpl
