/**
 */
package org.garrison.model.mobilization.impl;

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

import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.CadreStage;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Armed Cadre</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getNominatedOn <em>Nominated On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getAppointedOn <em>Appointed On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getDutyFiledOn <em>Duty Filed On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getLeftOn <em>Left On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ArmedCadreImpl#getMeetingAttendanceRate <em>Meeting Attendance Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArmedCadreImpl extends RecordImpl implements ArmedCadre
{
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

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
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final CadreStage STAGE_EDEFAULT = CadreStage.NOMINATION_REVIEW;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected CadreStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNominatedOn() <em>Nominated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NOMINATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominatedOn() <em>Nominated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominatedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nominatedOn = NOMINATED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAppointedOn() <em>Appointed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppointedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPOINTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAppointedOn() <em>Appointed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppointedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate appointedOn = APPOINTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDutyFiledOn() <em>Duty Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyFiledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUTY_FILED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDutyFiledOn() <em>Duty Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyFiledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dutyFiledOn = DUTY_FILED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeftOn() <em>Left On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeftOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LEFT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeftOn() <em>Left On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeftOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate leftOn = LEFT_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<CadreMeeting> meetings;

	/**
	 * The default value of the '{@link #getMeetingAttendanceRate() <em>Meeting Attendance Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingAttendanceRate()
	 * @generated
	 * @ordered
	 */
	protected static final double MEETING_ATTENDANCE_RATE_EDEFAULT = 0.0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArmedCadreImpl()
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
		return MobilizationPackage.Literals.ARMED_CADRE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson()
	{
		if (person != null && person.eIsProxy())
		{
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.ARMED_CADRE__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson()
	{
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson)
	{
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__PERSON, oldPerson, person));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.ARMED_CADRE__ORG_UNIT, oldOrgUnit, orgUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CadreStage getStage()
	{
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(CadreStage newStage)
	{
		CadreStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNominatedOn()
	{
		return nominatedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominatedOn(LocalDate newNominatedOn)
	{
		LocalDate oldNominatedOn = nominatedOn;
		nominatedOn = newNominatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__NOMINATED_ON, oldNominatedOn, nominatedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAppointedOn()
	{
		return appointedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppointedOn(LocalDate newAppointedOn)
	{
		LocalDate oldAppointedOn = appointedOn;
		appointedOn = newAppointedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__APPOINTED_ON, oldAppointedOn, appointedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDutyFiledOn()
	{
		return dutyFiledOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDutyFiledOn(LocalDate newDutyFiledOn)
	{
		LocalDate oldDutyFiledOn = dutyFiledOn;
		dutyFiledOn = newDutyFiledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__DUTY_FILED_ON, oldDutyFiledOn, dutyFiledOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLeftOn()
	{
		return leftOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeftOn(LocalDate newLeftOn)
	{
		LocalDate oldLeftOn = leftOn;
		leftOn = newLeftOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.ARMED_CADRE__LEFT_ON, oldLeftOn, leftOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CadreMeeting> getMeetings()
	{
		if (meetings == null)
		{
			meetings = new EObjectContainmentEList<CadreMeeting>(CadreMeeting.class, this, MobilizationPackage.ARMED_CADRE__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeetingAttendanceRate()
	{
		return org.garrison.internal.model.derived.MobilizationDerived.meetingAttendanceRate(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean stageDatesInOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.stageDatesInOrder(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean meetingsAfterAppointment(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.meetingsAfterAppointment(this, diagnostics, context);
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
			case MobilizationPackage.ARMED_CADRE__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
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
			case MobilizationPackage.ARMED_CADRE__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case MobilizationPackage.ARMED_CADRE__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
			case MobilizationPackage.ARMED_CADRE__STAGE:
				return getStage();
			case MobilizationPackage.ARMED_CADRE__NOMINATED_ON:
				return getNominatedOn();
			case MobilizationPackage.ARMED_CADRE__APPOINTED_ON:
				return getAppointedOn();
			case MobilizationPackage.ARMED_CADRE__DUTY_FILED_ON:
				return getDutyFiledOn();
			case MobilizationPackage.ARMED_CADRE__LEFT_ON:
				return getLeftOn();
			case MobilizationPackage.ARMED_CADRE__MEETINGS:
				return getMeetings();
			case MobilizationPackage.ARMED_CADRE__MEETING_ATTENDANCE_RATE:
				return getMeetingAttendanceRate();
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
			case MobilizationPackage.ARMED_CADRE__PERSON:
				setPerson((Person)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__STAGE:
				setStage((CadreStage)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__NOMINATED_ON:
				setNominatedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__APPOINTED_ON:
				setAppointedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__DUTY_FILED_ON:
				setDutyFiledOn((LocalDate)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__LEFT_ON:
				setLeftOn((LocalDate)newValue);
				return;
			case MobilizationPackage.ARMED_CADRE__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends CadreMeeting>)newValue);
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
			case MobilizationPackage.ARMED_CADRE__PERSON:
				setPerson((Person)null);
				return;
			case MobilizationPackage.ARMED_CADRE__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
				return;
			case MobilizationPackage.ARMED_CADRE__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case MobilizationPackage.ARMED_CADRE__NOMINATED_ON:
				setNominatedOn(NOMINATED_ON_EDEFAULT);
				return;
			case MobilizationPackage.ARMED_CADRE__APPOINTED_ON:
				setAppointedOn(APPOINTED_ON_EDEFAULT);
				return;
			case MobilizationPackage.ARMED_CADRE__DUTY_FILED_ON:
				setDutyFiledOn(DUTY_FILED_ON_EDEFAULT);
				return;
			case MobilizationPackage.ARMED_CADRE__LEFT_ON:
				setLeftOn(LEFT_ON_EDEFAULT);
				return;
			case MobilizationPackage.ARMED_CADRE__MEETINGS:
				getMeetings().clear();
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
			case MobilizationPackage.ARMED_CADRE__PERSON:
				return person != null;
			case MobilizationPackage.ARMED_CADRE__ORG_UNIT:
				return orgUnit != null;
			case MobilizationPackage.ARMED_CADRE__STAGE:
				return stage != STAGE_EDEFAULT;
			case MobilizationPackage.ARMED_CADRE__NOMINATED_ON:
				return NOMINATED_ON_EDEFAULT == null ? nominatedOn != null : !NOMINATED_ON_EDEFAULT.equals(nominatedOn);
			case MobilizationPackage.ARMED_CADRE__APPOINTED_ON:
				return APPOINTED_ON_EDEFAULT == null ? appointedOn != null : !APPOINTED_ON_EDEFAULT.equals(appointedOn);
			case MobilizationPackage.ARMED_CADRE__DUTY_FILED_ON:
				return DUTY_FILED_ON_EDEFAULT == null ? dutyFiledOn != null : !DUTY_FILED_ON_EDEFAULT.equals(dutyFiledOn);
			case MobilizationPackage.ARMED_CADRE__LEFT_ON:
				return LEFT_ON_EDEFAULT == null ? leftOn != null : !LEFT_ON_EDEFAULT.equals(leftOn);
			case MobilizationPackage.ARMED_CADRE__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case MobilizationPackage.ARMED_CADRE__MEETING_ATTENDANCE_RATE:
				return getMeetingAttendanceRate() != MEETING_ATTENDANCE_RATE_EDEFAULT;
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
			case MobilizationPackage.ARMED_CADRE___STAGE_DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP:
				return stageDatesInOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case MobilizationPackage.ARMED_CADRE___MEETINGS_AFTER_APPOINTMENT__DIAGNOSTICCHAIN_MAP:
				return meetingsAfterAppointment((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (stage: ");
		result.append(stage);
		result.append(", nominatedOn: ");
		result.append(nominatedOn);
		result.append(", appointedOn: ");
		result.append(appointedOn);
		result.append(", dutyFiledOn: ");
		result.append(dutyFiledOn);
		result.append(", leftOn: ");
		result.append(leftOn);
		result.append(')');
		return result.toString();
	}

} //ArmedCadreImpl
