/**
 */
package org.garrison.model.training.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.garrison.model.core.Person;

import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competition Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.CompetitionEntryImpl#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.CompetitionEntryImpl#getEvent <em>Event</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.CompetitionEntryImpl#getPlacing <em>Placing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetitionEntryImpl extends MinimalEObjectImpl.Container implements CompetitionEntry
{
	/**
	 * The cached value of the '{@link #getParticipant() <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected Person participant;

	/**
	 * The default value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected String event = EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlacing() <em>Placing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacing()
	 * @generated
	 * @ordered
	 */
	protected static final int PLACING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlacing() <em>Placing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacing()
	 * @generated
	 * @ordered
	 */
	protected int placing = PLACING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitionEntryImpl()
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
		return TrainingPackage.Literals.COMPETITION_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getParticipant()
	{
		if (participant != null && participant.eIsProxy())
		{
			InternalEObject oldParticipant = (InternalEObject)participant;
			participant = (Person)eResolveProxy(oldParticipant);
			if (participant != oldParticipant)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.COMPETITION_ENTRY__PARTICIPANT, oldParticipant, participant));
			}
		}
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetParticipant()
	{
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipant(Person newParticipant)
	{
		Person oldParticipant = participant;
		participant = newParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COMPETITION_ENTRY__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvent()
	{
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvent(String newEvent)
	{
		String oldEvent = event;
		event = newEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COMPETITION_ENTRY__EVENT, oldEvent, event));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlacing()
	{
		return placing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacing(int newPlacing)
	{
		int oldPlacing = placing;
		placing = newPlacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COMPETITION_ENTRY__PLACING, oldPlacing, placing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean placingNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.placingNotNegative(this, diagnostics, context);
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
			case TrainingPackage.COMPETITION_ENTRY__PARTICIPANT:
				if (resolve) return getParticipant();
				return basicGetParticipant();
			case TrainingPackage.COMPETITION_ENTRY__EVENT:
				return getEvent();
			case TrainingPackage.COMPETITION_ENTRY__PLACING:
				return getPlacing();
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
			case TrainingPackage.COMPETITION_ENTRY__PARTICIPANT:
				setParticipant((Person)newValue);
				return;
			case TrainingPackage.COMPETITION_ENTRY__EVENT:
				setEvent((String)newValue);
				return;
			case TrainingPackage.COMPETITION_ENTRY__PLACING:
				setPlacing((Integer)newValue);
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
			case TrainingPackage.COMPETITION_ENTRY__PARTICIPANT:
				setParticipant((Person)null);
				return;
			case TrainingPackage.COMPETITION_ENTRY__EVENT:
				setEvent(EVENT_EDEFAULT);
				return;
			case TrainingPackage.COMPETITION_ENTRY__PLACING:
				setPlacing(PLACING_EDEFAULT);
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
			case TrainingPackage.COMPETITION_ENTRY__PARTICIPANT:
				return participant != null;
			case TrainingPackage.COMPETITION_ENTRY__EVENT:
				return EVENT_EDEFAULT == null ? event != null : !EVENT_EDEFAULT.equals(event);
			case TrainingPackage.COMPETITION_ENTRY__PLACING:
				return placing != PLACING_EDEFAULT;
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
			case TrainingPackage.COMPETITION_ENTRY___PLACING_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return placingNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (event: ");
		result.append(event);
		result.append(", placing: ");
		result.append(placing);
		result.append(')');
		return result.toString();
	}

} //CompetitionEntryImpl
