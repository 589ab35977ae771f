/**
 */
package org.garrison.model.study.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudySession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Make Up Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.MakeUpStudyImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.MakeUpStudyImpl#getSession <em>Session</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.MakeUpStudyImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.MakeUpStudyImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.MakeUpStudyImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MakeUpStudyImpl extends RecordImpl implements MakeUpStudy
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
	 * The cached value of the '{@link #getSession() <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSession()
	 * @generated
	 * @ordered
	 */
	protected StudySession session;

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
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final MakeUpMethod METHOD_EDEFAULT = MakeUpMethod.SELF_STUDY;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected MakeUpMethod method = METHOD_EDEFAULT;

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
	protected MakeUpStudyImpl()
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
		return StudyPackage.Literals.MAKE_UP_STUDY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.MAKE_UP_STUDY__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MAKE_UP_STUDY__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudySession getSession()
	{
		if (session != null && session.eIsProxy())
		{
			InternalEObject oldSession = (InternalEObject)session;
			session = (StudySession)eResolveProxy(oldSession);
			if (session != oldSession)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.MAKE_UP_STUDY__SESSION, oldSession, session));
			}
		}
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudySession basicGetSession()
	{
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSession(StudySession newSession)
	{
		StudySession oldSession = session;
		session = newSession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MAKE_UP_STUDY__SESSION, oldSession, session));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MAKE_UP_STUDY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MakeUpMethod getMethod()
	{
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(MakeUpMethod newMethod)
	{
		MakeUpMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MAKE_UP_STUDY__METHOD, oldMethod, method));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MAKE_UP_STUDY__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean onlyForAbsentees(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.onlyForAbsentees(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean notBeforeSession(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.notBeforeSession(this, diagnostics, context);
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
			case StudyPackage.MAKE_UP_STUDY__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case StudyPackage.MAKE_UP_STUDY__SESSION:
				if (resolve) return getSession();
				return basicGetSession();
			case StudyPackage.MAKE_UP_STUDY__DATE:
				return getDate();
			case StudyPackage.MAKE_UP_STUDY__METHOD:
				return getMethod();
			case StudyPackage.MAKE_UP_STUDY__NOTES:
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
			case StudyPackage.MAKE_UP_STUDY__PERSON:
				setPerson((Person)newValue);
				return;
			case StudyPackage.MAKE_UP_STUDY__SESSION:
				setSession((StudySession)newValue);
				return;
			case StudyPackage.MAKE_UP_STUDY__DATE:
				setDate((LocalDate)newValue);
				return;
			case StudyPackage.MAKE_UP_STUDY__METHOD:
				setMethod((MakeUpMethod)newValue);
				return;
			case StudyPackage.MAKE_UP_STUDY__NOTES:
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
			case StudyPackage.MAKE_UP_STUDY__PERSON:
				setPerson((Person)null);
				return;
			case StudyPackage.MAKE_UP_STUDY__SESSION:
				setSession((StudySession)null);
				return;
			case StudyPackage.MAKE_UP_STUDY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.MAKE_UP_STUDY__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case StudyPackage.MAKE_UP_STUDY__NOTES:
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
			case StudyPackage.MAKE_UP_STUDY__PERSON:
				return person != null;
			case StudyPackage.MAKE_UP_STUDY__SESSION:
				return session != null;
			case StudyPackage.MAKE_UP_STUDY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.MAKE_UP_STUDY__METHOD:
				return method != METHOD_EDEFAULT;
			case StudyPackage.MAKE_UP_STUDY__NOTES:
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
			case StudyPackage.MAKE_UP_STUDY___ONLY_FOR_ABSENTEES__DIAGNOSTICCHAIN_MAP:
				return onlyForAbsentees((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case StudyPackage.MAKE_UP_STUDY___NOT_BEFORE_SESSION__DIAGNOSTICCHAIN_MAP:
				return notBeforeSession((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (date: ");
		result.append(date);
		result.append(", method: ");
		result.append(method);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //MakeUpStudyImpl
