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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.study.Absence;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getAbsentees <em>Absentees</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getRegime <em>Regime</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getReadingItem <em>Reading Item</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getChapters <em>Chapters</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getAbsences <em>Absences</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudySessionImpl#getAttendanceCount <em>Attendance Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudySessionImpl extends RecordImpl implements StudySession
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
	 * The cached value of the '{@link #getPresenter() <em>Presenter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresenter()
	 * @generated
	 * @ordered
	 */
	protected Person presenter;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

	/**
	 * The cached value of the '{@link #getAbsentees() <em>Absentees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbsentees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> absentees;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected double hours = HOURS_EDEFAULT;

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
	 * The cached value of the '{@link #getRegime() <em>Regime</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegime()
	 * @generated
	 * @ordered
	 */
	protected StudyRegime regime;

	/**
	 * The cached value of the '{@link #getReadingItem() <em>Reading Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadingItem()
	 * @generated
	 * @ordered
	 */
	protected ReadingItem readingItem;

	/**
	 * The cached value of the '{@link #getChapters() <em>Chapters</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapters()
	 * @generated
	 * @ordered
	 */
	protected EList<Chapter> chapters;

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
	 * The cached value of the '{@link #getAbsences() <em>Absences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbsences()
	 * @generated
	 * @ordered
	 */
	protected EList<Absence> absences;

	/**
	 * The default value of the '{@link #getAttendanceCount() <em>Attendance Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendanceCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTENDANCE_COUNT_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudySessionImpl()
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
		return StudyPackage.Literals.STUDY_SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPresenter()
	{
		if (presenter != null && presenter.eIsProxy())
		{
			InternalEObject oldPresenter = (InternalEObject)presenter;
			presenter = (Person)eResolveProxy(oldPresenter);
			if (presenter != oldPresenter)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_SESSION__PRESENTER, oldPresenter, presenter));
			}
		}
		return presenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPresenter()
	{
		return presenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresenter(Person newPresenter)
	{
		Person oldPresenter = presenter;
		presenter = newPresenter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__PRESENTER, oldPresenter, presenter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees()
	{
		if (attendees == null)
		{
			attendees = new EObjectResolvingEList<Person>(Person.class, this, StudyPackage.STUDY_SESSION__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAbsentees()
	{
		if (absentees == null)
		{
			absentees = new EObjectResolvingEList<Person>(Person.class, this, StudyPackage.STUDY_SESSION__ABSENTEES);
		}
		return absentees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHours()
	{
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(double newHours)
	{
		double oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__HOURS, oldHours, hours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__PLACE, oldPlace, place));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyRegime getRegime()
	{
		if (regime != null && regime.eIsProxy())
		{
			InternalEObject oldRegime = (InternalEObject)regime;
			regime = (StudyRegime)eResolveProxy(oldRegime);
			if (regime != oldRegime)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_SESSION__REGIME, oldRegime, regime));
			}
		}
		return regime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyRegime basicGetRegime()
	{
		return regime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegime(StudyRegime newRegime)
	{
		StudyRegime oldRegime = regime;
		regime = newRegime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__REGIME, oldRegime, regime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadingItem getReadingItem()
	{
		if (readingItem != null && readingItem.eIsProxy())
		{
			InternalEObject oldReadingItem = (InternalEObject)readingItem;
			readingItem = (ReadingItem)eResolveProxy(oldReadingItem);
			if (readingItem != oldReadingItem)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_SESSION__READING_ITEM, oldReadingItem, readingItem));
			}
		}
		return readingItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadingItem basicGetReadingItem()
	{
		return readingItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadingItem(ReadingItem newReadingItem)
	{
		ReadingItem oldReadingItem = readingItem;
		readingItem = newReadingItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__READING_ITEM, oldReadingItem, readingItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chapter> getChapters()
	{
		if (chapters == null)
		{
			chapters = new EObjectResolvingEList<Chapter>(Chapter.class, this, StudyPackage.STUDY_SESSION__CHAPTERS);
		}
		return chapters;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_SESSION__GROUP, oldGroup, group));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_SESSION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Absence> getAbsences()
	{
		if (absences == null)
		{
			absences = new EObjectContainmentEList<Absence>(Absence.class, this, StudyPackage.STUDY_SESSION__ABSENCES);
		}
		return absences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttendanceCount()
	{
		return getAttendees().size();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hoursNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.hoursNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean attendeesNotAbsent(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.attendeesNotAbsent(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean absencesOfAbsentees(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.absencesOfAbsentees(this, diagnostics, context);
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
			case StudyPackage.STUDY_SESSION__ABSENCES:
				return ((InternalEList<?>)getAbsences()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.STUDY_SESSION__DATE:
				return getDate();
			case StudyPackage.STUDY_SESSION__KIND:
				return getKind();
			case StudyPackage.STUDY_SESSION__TOPIC:
				return getTopic();
			case StudyPackage.STUDY_SESSION__PRESENTER:
				if (resolve) return getPresenter();
				return basicGetPresenter();
			case StudyPackage.STUDY_SESSION__ATTENDEES:
				return getAttendees();
			case StudyPackage.STUDY_SESSION__ABSENTEES:
				return getAbsentees();
			case StudyPackage.STUDY_SESSION__HOURS:
				return getHours();
			case StudyPackage.STUDY_SESSION__PLACE:
				return getPlace();
			case StudyPackage.STUDY_SESSION__NOTES:
				return getNotes();
			case StudyPackage.STUDY_SESSION__REGIME:
				if (resolve) return getRegime();
				return basicGetRegime();
			case StudyPackage.STUDY_SESSION__READING_ITEM:
				if (resolve) return getReadingItem();
				return basicGetReadingItem();
			case StudyPackage.STUDY_SESSION__CHAPTERS:
				return getChapters();
			case StudyPackage.STUDY_SESSION__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case StudyPackage.STUDY_SESSION__ABSENCES:
				return getAbsences();
			case StudyPackage.STUDY_SESSION__ATTENDANCE_COUNT:
				return getAttendanceCount();
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
			case StudyPackage.STUDY_SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case StudyPackage.STUDY_SESSION__KIND:
				setKind((StudyKind)newValue);
				return;
			case StudyPackage.STUDY_SESSION__TOPIC:
				setTopic((String)newValue);
				return;
			case StudyPackage.STUDY_SESSION__PRESENTER:
				setPresenter((Person)newValue);
				return;
			case StudyPackage.STUDY_SESSION__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Person>)newValue);
				return;
			case StudyPackage.STUDY_SESSION__ABSENTEES:
				getAbsentees().clear();
				getAbsentees().addAll((Collection<? extends Person>)newValue);
				return;
			case StudyPackage.STUDY_SESSION__HOURS:
				setHours((Double)newValue);
				return;
			case StudyPackage.STUDY_SESSION__PLACE:
				setPlace((String)newValue);
				return;
			case StudyPackage.STUDY_SESSION__NOTES:
				setNotes((String)newValue);
				return;
			case StudyPackage.STUDY_SESSION__REGIME:
				setRegime((StudyRegime)newValue);
				return;
			case StudyPackage.STUDY_SESSION__READING_ITEM:
				setReadingItem((ReadingItem)newValue);
				return;
			case StudyPackage.STUDY_SESSION__CHAPTERS:
				getChapters().clear();
				getChapters().addAll((Collection<? extends Chapter>)newValue);
				return;
			case StudyPackage.STUDY_SESSION__GROUP:
				setGroup((StudyGroup)newValue);
				return;
			case StudyPackage.STUDY_SESSION__ABSENCES:
				getAbsences().clear();
				getAbsences().addAll((Collection<? extends Absence>)newValue);
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
			case StudyPackage.STUDY_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__PRESENTER:
				setPresenter((Person)null);
				return;
			case StudyPackage.STUDY_SESSION__ATTENDEES:
				getAttendees().clear();
				return;
			case StudyPackage.STUDY_SESSION__ABSENTEES:
				getAbsentees().clear();
				return;
			case StudyPackage.STUDY_SESSION__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case StudyPackage.STUDY_SESSION__REGIME:
				setRegime((StudyRegime)null);
				return;
			case StudyPackage.STUDY_SESSION__READING_ITEM:
				setReadingItem((ReadingItem)null);
				return;
			case StudyPackage.STUDY_SESSION__CHAPTERS:
				getChapters().clear();
				return;
			case StudyPackage.STUDY_SESSION__GROUP:
				setGroup((StudyGroup)null);
				return;
			case StudyPackage.STUDY_SESSION__ABSENCES:
				getAbsences().clear();
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
			case StudyPackage.STUDY_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.STUDY_SESSION__KIND:
				return kind != KIND_EDEFAULT;
			case StudyPackage.STUDY_SESSION__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case StudyPackage.STUDY_SESSION__PRESENTER:
				return presenter != null;
			case StudyPackage.STUDY_SESSION__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case StudyPackage.STUDY_SESSION__ABSENTEES:
				return absentees != null && !absentees.isEmpty();
			case StudyPackage.STUDY_SESSION__HOURS:
				return hours != HOURS_EDEFAULT;
			case StudyPackage.STUDY_SESSION__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case StudyPackage.STUDY_SESSION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case StudyPackage.STUDY_SESSION__REGIME:
				return regime != null;
			case StudyPackage.STUDY_SESSION__READING_ITEM:
				return readingItem != null;
			case StudyPackage.STUDY_SESSION__CHAPTERS:
				return chapters != null && !chapters.isEmpty();
			case StudyPackage.STUDY_SESSION__GROUP:
				return group != null;
			case StudyPackage.STUDY_SESSION__ABSENCES:
				return absences != null && !absences.isEmpty();
			case StudyPackage.STUDY_SESSION__ATTENDANCE_COUNT:
				return getAttendanceCount() != ATTENDANCE_COUNT_EDEFAULT;
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
			case StudyPackage.STUDY_SESSION___HOURS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return hoursNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case StudyPackage.STUDY_SESSION___ATTENDEES_NOT_ABSENT__DIAGNOSTICCHAIN_MAP:
				return attendeesNotAbsent((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case StudyPackage.STUDY_SESSION___ABSENCES_OF_ABSENTEES__DIAGNOSTICCHAIN_MAP:
				return absencesOfAbsentees((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", topic: ");
		result.append(topic);
		result.append(", hours: ");
		result.append(hours);
		result.append(", place: ");
		result.append(place);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //StudySessionImpl
