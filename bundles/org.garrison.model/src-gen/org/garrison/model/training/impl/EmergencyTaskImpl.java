/**
 */
package org.garrison.model.training.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Emergency Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getMembersDispatched <em>Members Dispatched</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.EmergencyTaskImpl#getWork <em>Work</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmergencyTaskImpl extends RecordImpl implements EmergencyTask
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EmergencyTaskKind KIND_EDEFAULT = EmergencyTaskKind.DISASTER_RELIEF;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EmergencyTaskKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

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
	 * The default value of the '{@link #getMembersDispatched() <em>Members Dispatched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersDispatched()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBERS_DISPATCHED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMembersDispatched() <em>Members Dispatched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersDispatched()
	 * @generated
	 * @ordered
	 */
	protected int membersDispatched = MEMBERS_DISPATCHED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> participants;

	/**
	 * The default value of the '{@link #getWork() <em>Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWork()
	 * @generated
	 * @ordered
	 */
	protected static final String WORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWork() <em>Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWork()
	 * @generated
	 * @ordered
	 */
	protected String work = WORK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmergencyTaskImpl()
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
		return TrainingPackage.Literals.EMERGENCY_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmergencyTaskKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EmergencyTaskKind newKind)
	{
		EmergencyTaskKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace()
	{
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace)
	{
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__PLACE, oldPlace, place));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__START_DATE, oldStartDate, startDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMembersDispatched()
	{
		return membersDispatched;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembersDispatched(int newMembersDispatched)
	{
		int oldMembersDispatched = membersDispatched;
		membersDispatched = newMembersDispatched;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__MEMBERS_DISPATCHED, oldMembersDispatched, membersDispatched));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getParticipants()
	{
		if (participants == null)
		{
			participants = new EObjectResolvingEList<Person>(Person.class, this, TrainingPackage.EMERGENCY_TASK__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWork()
	{
		return work;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWork(String newWork)
	{
		String oldWork = work;
		work = newWork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.EMERGENCY_TASK__WORK, oldWork, work));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean datesInOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean dispatchedNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.dispatchedNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean participantsEligible(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.participantsEligible(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean dispatchedMatchesParticipants(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.dispatchedMatchesParticipants(this, diagnostics, context);
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
			case TrainingPackage.EMERGENCY_TASK__KIND:
				return getKind();
			case TrainingPackage.EMERGENCY_TASK__NAME:
				return getName();
			case TrainingPackage.EMERGENCY_TASK__PLACE:
				return getPlace();
			case TrainingPackage.EMERGENCY_TASK__START_DATE:
				return getStartDate();
			case TrainingPackage.EMERGENCY_TASK__END_DATE:
				return getEndDate();
			case TrainingPackage.EMERGENCY_TASK__MEMBERS_DISPATCHED:
				return getMembersDispatched();
			case TrainingPackage.EMERGENCY_TASK__PARTICIPANTS:
				return getParticipants();
			case TrainingPackage.EMERGENCY_TASK__WORK:
				return getWork();
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
			case TrainingPackage.EMERGENCY_TASK__KIND:
				setKind((EmergencyTaskKind)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__NAME:
				setName((String)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__PLACE:
				setPlace((String)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__MEMBERS_DISPATCHED:
				setMembersDispatched((Integer)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Person>)newValue);
				return;
			case TrainingPackage.EMERGENCY_TASK__WORK:
				setWork((String)newValue);
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
			case TrainingPackage.EMERGENCY_TASK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__MEMBERS_DISPATCHED:
				setMembersDispatched(MEMBERS_DISPATCHED_EDEFAULT);
				return;
			case TrainingPackage.EMERGENCY_TASK__PARTICIPANTS:
				getParticipants().clear();
				return;
			case TrainingPackage.EMERGENCY_TASK__WORK:
				setWork(WORK_EDEFAULT);
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
			case TrainingPackage.EMERGENCY_TASK__KIND:
				return kind != KIND_EDEFAULT;
			case TrainingPackage.EMERGENCY_TASK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TrainingPackage.EMERGENCY_TASK__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case TrainingPackage.EMERGENCY_TASK__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case TrainingPackage.EMERGENCY_TASK__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case TrainingPackage.EMERGENCY_TASK__MEMBERS_DISPATCHED:
				return membersDispatched != MEMBERS_DISPATCHED_EDEFAULT;
			case TrainingPackage.EMERGENCY_TASK__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case TrainingPackage.EMERGENCY_TASK__WORK:
				return WORK_EDEFAULT == null ? work != null : !WORK_EDEFAULT.equals(work);
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
			case TrainingPackage.EMERGENCY_TASK___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP:
				return datesInOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TrainingPackage.EMERGENCY_TASK___DISPATCHED_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return dispatchedNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TrainingPackage.EMERGENCY_TASK___PARTICIPANTS_ELIGIBLE__DIAGNOSTICCHAIN_MAP:
				return participantsEligible((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TrainingPackage.EMERGENCY_TASK___DISPATCHED_MATCHES_PARTICIPANTS__DIAGNOSTICCHAIN_MAP:
				return dispatchedMatchesParticipants((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", place: ");
		result.append(place);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", membersDispatched: ");
		result.append(membersDispatched);
		result.append(", work: ");
		result.append(work);
		result.append(')');
		return result.toString();
	}

} //EmergencyTaskImpl
