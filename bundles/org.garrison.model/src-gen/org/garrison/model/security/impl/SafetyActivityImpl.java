/**
 */
package org.garrison.model.security.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Safety Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.SafetyActivityImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SafetyActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SafetyActivityImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SafetyActivityImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.SafetyActivityImpl#getQuarter <em>Quarter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SafetyActivityImpl extends RecordImpl implements SafetyActivity
{
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SafetyActivityKind KIND_EDEFAULT = SafetyActivityKind.EDUCATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SafetyActivityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTICIPANTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected int participants = PARTICIPANTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected static final int QUARTER_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SafetyActivityImpl()
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
		return SecurityPackage.Literals.SAFETY_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.SAFETY_ACTIVITY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SafetyActivityKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SafetyActivityKind newKind)
	{
		SafetyActivityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.SAFETY_ACTIVITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic()
	{
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic)
	{
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.SAFETY_ACTIVITY__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParticipants()
	{
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipants(int newParticipants)
	{
		int oldParticipants = participants;
		participants = newParticipants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.SAFETY_ACTIVITY__PARTICIPANTS, oldParticipants, participants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuarter()
	{
		return getDate() == null ? 0 : (getDate().getMonthValue() - 1) / 3 + 1;
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
			case SecurityPackage.SAFETY_ACTIVITY__DATE:
				return getDate();
			case SecurityPackage.SAFETY_ACTIVITY__KIND:
				return getKind();
			case SecurityPackage.SAFETY_ACTIVITY__TOPIC:
				return getTopic();
			case SecurityPackage.SAFETY_ACTIVITY__PARTICIPANTS:
				return getParticipants();
			case SecurityPackage.SAFETY_ACTIVITY__QUARTER:
				return getQuarter();
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
			case SecurityPackage.SAFETY_ACTIVITY__DATE:
				setDate((LocalDate)newValue);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__KIND:
				setKind((SafetyActivityKind)newValue);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__TOPIC:
				setTopic((String)newValue);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__PARTICIPANTS:
				setParticipants((Integer)newValue);
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
			case SecurityPackage.SAFETY_ACTIVITY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case SecurityPackage.SAFETY_ACTIVITY__PARTICIPANTS:
				setParticipants(PARTICIPANTS_EDEFAULT);
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
			case SecurityPackage.SAFETY_ACTIVITY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SecurityPackage.SAFETY_ACTIVITY__KIND:
				return kind != KIND_EDEFAULT;
			case SecurityPackage.SAFETY_ACTIVITY__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case SecurityPackage.SAFETY_ACTIVITY__PARTICIPANTS:
				return participants != PARTICIPANTS_EDEFAULT;
			case SecurityPackage.SAFETY_ACTIVITY__QUARTER:
				return getQuarter() != QUARTER_EDEFAULT;
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
		result.append(" (date: ");
		result.append(date);
		result.append(", kind: ");
		result.append(kind);
		result.append(", topic: ");
		result.append(topic);
		result.append(", participants: ");
		result.append(participants);
		result.append(')');
		return result.toString();
	}

} //SafetyActivityImpl
