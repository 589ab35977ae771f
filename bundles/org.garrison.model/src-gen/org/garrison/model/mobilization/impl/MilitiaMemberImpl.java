/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Militia Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getJoinDate <em>Join Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getLeaveDate <em>Leave Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#isCadre <em>Cadre</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#isFullTime <em>Full Time</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getMilitarySpecialty <em>Military Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#isVeteran <em>Veteran</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getVeteranBranch <em>Veteran Branch</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getVeteranRank <em>Veteran Rank</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#getVeteranSpecialty <em>Veteran Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MilitiaMemberImpl#isTrained <em>Trained</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilitiaMemberImpl extends RecordImpl implements MilitiaMember
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final MilitiaCategory CATEGORY_EDEFAULT = MilitiaCategory.CORE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected MilitiaCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoinDate() <em>Join Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate JOIN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJoinDate() <em>Join Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate joinDate = JOIN_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaveDate() <em>Leave Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaveDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LEAVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaveDate() <em>Leave Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaveDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate leaveDate = LEAVE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCadre() <em>Cadre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCadre()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CADRE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCadre() <em>Cadre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCadre()
	 * @generated
	 * @ordered
	 */
	protected boolean cadre = CADRE_EDEFAULT;

	/**
	 * The default value of the '{@link #isFullTime() <em>Full Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFullTime()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FULL_TIME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFullTime() <em>Full Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFullTime()
	 * @generated
	 * @ordered
	 */
	protected boolean fullTime = FULL_TIME_EDEFAULT;

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
	 * The default value of the '{@link #getMilitarySpecialty() <em>Military Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilitarySpecialty()
	 * @generated
	 * @ordered
	 */
	protected static final String MILITARY_SPECIALTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMilitarySpecialty() <em>Military Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilitarySpecialty()
	 * @generated
	 * @ordered
	 */
	protected String militarySpecialty = MILITARY_SPECIALTY_EDEFAULT;

	/**
	 * The default value of the '{@link #isVeteran() <em>Veteran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVeteran()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VETERAN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVeteran() <em>Veteran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVeteran()
	 * @generated
	 * @ordered
	 */
	protected boolean veteran = VETERAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVeteranBranch() <em>Veteran Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranBranch()
	 * @generated
	 * @ordered
	 */
	protected static final String VETERAN_BRANCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVeteranBranch() <em>Veteran Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranBranch()
	 * @generated
	 * @ordered
	 */
	protected String veteranBranch = VETERAN_BRANCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getVeteranRank() <em>Veteran Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranRank()
	 * @generated
	 * @ordered
	 */
	protected static final String VETERAN_RANK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVeteranRank() <em>Veteran Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranRank()
	 * @generated
	 * @ordered
	 */
	protected String veteranRank = VETERAN_RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getVeteranSpecialty() <em>Veteran Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranSpecialty()
	 * @generated
	 * @ordered
	 */
	protected static final String VETERAN_SPECIALTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVeteranSpecialty() <em>Veteran Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVeteranSpecialty()
	 * @generated
	 * @ordered
	 */
	protected String veteranSpecialty = VETERAN_SPECIALTY_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrained() <em>Trained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrained() <em>Trained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrained()
	 * @generated
	 * @ordered
	 */
	protected boolean trained = TRAINED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilitiaMemberImpl()
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
		return MobilizationPackage.Literals.MILITIA_MEMBER;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.MILITIA_MEMBER__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaUnit getUnit()
	{
		if (eContainerFeatureID() != MobilizationPackage.MILITIA_MEMBER__UNIT) return null;
		return (MilitiaUnit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUnit(MilitiaUnit newUnit, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newUnit, MobilizationPackage.MILITIA_MEMBER__UNIT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(MilitiaUnit newUnit)
	{
		if (newUnit != eInternalContainer() || (eContainerFeatureID() != MobilizationPackage.MILITIA_MEMBER__UNIT && newUnit != null))
		{
			if (EcoreUtil.isAncestor(this, newUnit))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newUnit != null)
				msgs = ((InternalEObject)newUnit).eInverseAdd(this, MobilizationPackage.MILITIA_UNIT__MEMBERS, MilitiaUnit.class, msgs);
			msgs = basicSetUnit(newUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__UNIT, newUnit, newUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(MilitiaCategory newCategory)
	{
		MilitiaCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getJoinDate()
	{
		return joinDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinDate(LocalDate newJoinDate)
	{
		LocalDate oldJoinDate = joinDate;
		joinDate = newJoinDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__JOIN_DATE, oldJoinDate, joinDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLeaveDate()
	{
		return leaveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaveDate(LocalDate newLeaveDate)
	{
		LocalDate oldLeaveDate = leaveDate;
		leaveDate = newLeaveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE, oldLeaveDate, leaveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition()
	{
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition)
	{
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCadre()
	{
		return cadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadre(boolean newCadre)
	{
		boolean oldCadre = cadre;
		cadre = newCadre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__CADRE, oldCadre, cadre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFullTime()
	{
		return fullTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullTime(boolean newFullTime)
	{
		boolean oldFullTime = fullTime;
		fullTime = newFullTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__FULL_TIME, oldFullTime, fullTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__SPECIALTY, oldSpecialty, specialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMilitarySpecialty()
	{
		return militarySpecialty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilitarySpecialty(String newMilitarySpecialty)
	{
		String oldMilitarySpecialty = militarySpecialty;
		militarySpecialty = newMilitarySpecialty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY, oldMilitarySpecialty, militarySpecialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVeteran()
	{
		return veteran;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVeteran(boolean newVeteran)
	{
		boolean oldVeteran = veteran;
		veteran = newVeteran;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__VETERAN, oldVeteran, veteran));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVeteranBranch()
	{
		return veteranBranch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVeteranBranch(String newVeteranBranch)
	{
		String oldVeteranBranch = veteranBranch;
		veteranBranch = newVeteranBranch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH, oldVeteranBranch, veteranBranch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVeteranRank()
	{
		return veteranRank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVeteranRank(String newVeteranRank)
	{
		String oldVeteranRank = veteranRank;
		veteranRank = newVeteranRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK, oldVeteranRank, veteranRank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVeteranSpecialty()
	{
		return veteranSpecialty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVeteranSpecialty(String newVeteranSpecialty)
	{
		String oldVeteranSpecialty = veteranSpecialty;
		veteranSpecialty = newVeteranSpecialty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY, oldVeteranSpecialty, veteranSpecialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrained()
	{
		return trained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrained(boolean newTrained)
	{
		boolean oldTrained = trained;
		trained = newTrained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MILITIA_MEMBER__TRAINED, oldTrained, trained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean activeOn(final LocalDate date)
	{
		return !getJoinDate().isAfter(date) && (getLeaveDate() == null || getLeaveDate().isAfter(date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean ageWithinLimits(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.ageWithinLimits(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean leaveAfterJoin(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.leaveAfterJoin(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetUnit((MilitiaUnit)otherEnd, msgs);
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
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				return basicSetUnit(null, msgs);
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
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				return eInternalContainer().eInverseRemove(this, MobilizationPackage.MILITIA_UNIT__MEMBERS, MilitiaUnit.class, msgs);
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
			case MobilizationPackage.MILITIA_MEMBER__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				return getUnit();
			case MobilizationPackage.MILITIA_MEMBER__CATEGORY:
				return getCategory();
			case MobilizationPackage.MILITIA_MEMBER__JOIN_DATE:
				return getJoinDate();
			case MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE:
				return getLeaveDate();
			case MobilizationPackage.MILITIA_MEMBER__POSITION:
				return getPosition();
			case MobilizationPackage.MILITIA_MEMBER__CADRE:
				return isCadre();
			case MobilizationPackage.MILITIA_MEMBER__FULL_TIME:
				return isFullTime();
			case MobilizationPackage.MILITIA_MEMBER__SPECIALTY:
				return getSpecialty();
			case MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY:
				return getMilitarySpecialty();
			case MobilizationPackage.MILITIA_MEMBER__VETERAN:
				return isVeteran();
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH:
				return getVeteranBranch();
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK:
				return getVeteranRank();
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY:
				return getVeteranSpecialty();
			case MobilizationPackage.MILITIA_MEMBER__TRAINED:
				return isTrained();
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
			case MobilizationPackage.MILITIA_MEMBER__PERSON:
				setPerson((Person)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				setUnit((MilitiaUnit)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__CATEGORY:
				setCategory((MilitiaCategory)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__JOIN_DATE:
				setJoinDate((LocalDate)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE:
				setLeaveDate((LocalDate)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__POSITION:
				setPosition((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__CADRE:
				setCadre((Boolean)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__FULL_TIME:
				setFullTime((Boolean)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__SPECIALTY:
				setSpecialty((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY:
				setMilitarySpecialty((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN:
				setVeteran((Boolean)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH:
				setVeteranBranch((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK:
				setVeteranRank((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY:
				setVeteranSpecialty((String)newValue);
				return;
			case MobilizationPackage.MILITIA_MEMBER__TRAINED:
				setTrained((Boolean)newValue);
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
			case MobilizationPackage.MILITIA_MEMBER__PERSON:
				setPerson((Person)null);
				return;
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				setUnit((MilitiaUnit)null);
				return;
			case MobilizationPackage.MILITIA_MEMBER__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__JOIN_DATE:
				setJoinDate(JOIN_DATE_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE:
				setLeaveDate(LEAVE_DATE_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__CADRE:
				setCadre(CADRE_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__FULL_TIME:
				setFullTime(FULL_TIME_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__SPECIALTY:
				setSpecialty(SPECIALTY_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY:
				setMilitarySpecialty(MILITARY_SPECIALTY_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN:
				setVeteran(VETERAN_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH:
				setVeteranBranch(VETERAN_BRANCH_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK:
				setVeteranRank(VETERAN_RANK_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY:
				setVeteranSpecialty(VETERAN_SPECIALTY_EDEFAULT);
				return;
			case MobilizationPackage.MILITIA_MEMBER__TRAINED:
				setTrained(TRAINED_EDEFAULT);
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
			case MobilizationPackage.MILITIA_MEMBER__PERSON:
				return person != null;
			case MobilizationPackage.MILITIA_MEMBER__UNIT:
				return getUnit() != null;
			case MobilizationPackage.MILITIA_MEMBER__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case MobilizationPackage.MILITIA_MEMBER__JOIN_DATE:
				return JOIN_DATE_EDEFAULT == null ? joinDate != null : !JOIN_DATE_EDEFAULT.equals(joinDate);
			case MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE:
				return LEAVE_DATE_EDEFAULT == null ? leaveDate != null : !LEAVE_DATE_EDEFAULT.equals(leaveDate);
			case MobilizationPackage.MILITIA_MEMBER__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case MobilizationPackage.MILITIA_MEMBER__CADRE:
				return cadre != CADRE_EDEFAULT;
			case MobilizationPackage.MILITIA_MEMBER__FULL_TIME:
				return fullTime != FULL_TIME_EDEFAULT;
			case MobilizationPackage.MILITIA_MEMBER__SPECIALTY:
				return SPECIALTY_EDEFAULT == null ? specialty != null : !SPECIALTY_EDEFAULT.equals(specialty);
			case MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY:
				return MILITARY_SPECIALTY_EDEFAULT == null ? militarySpecialty != null : !MILITARY_SPECIALTY_EDEFAULT.equals(militarySpecialty);
			case MobilizationPackage.MILITIA_MEMBER__VETERAN:
				return veteran != VETERAN_EDEFAULT;
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH:
				return VETERAN_BRANCH_EDEFAULT == null ? veteranBranch != null : !VETERAN_BRANCH_EDEFAULT.equals(veteranBranch);
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK:
				return VETERAN_RANK_EDEFAULT == null ? veteranRank != null : !VETERAN_RANK_EDEFAULT.equals(veteranRank);
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY:
				return VETERAN_SPECIALTY_EDEFAULT == null ? veteranSpecialty != null : !VETERAN_SPECIALTY_EDEFAULT.equals(veteranSpecialty);
			case MobilizationPackage.MILITIA_MEMBER__TRAINED:
				return trained != TRAINED_EDEFAULT;
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
			case MobilizationPackage.MILITIA_MEMBER___ACTIVE_ON__LOCALDATE:
				return activeOn((LocalDate)arguments.get(0));
			case MobilizationPackage.MILITIA_MEMBER___AGE_WITHIN_LIMITS__DIAGNOSTICCHAIN_MAP:
				return ageWithinLimits((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case MobilizationPackage.MILITIA_MEMBER___LEAVE_AFTER_JOIN__DIAGNOSTICCHAIN_MAP:
				return leaveAfterJoin((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (category: ");
		result.append(category);
		result.append(", joinDate: ");
		result.append(joinDate);
		result.append(", leaveDate: ");
		result.append(leaveDate);
		result.append(", position: ");
		result.append(position);
		result.append(", cadre: ");
		result.append(cadre);
		result.append(", fullTime: ");
		result.append(fullTime);
		result.append(", specialty: ");
		result.append(specialty);
		result.append(", militarySpecialty: ");
		result.append(militarySpecialty);
		result.append(", veteran: ");
		result.append(veteran);
		result.append(", veteranBranch: ");
		result.append(veteranBranch);
		result.append(", veteranRank: ");
		result.append(veteranRank);
		result.append(", veteranSpecialty: ");
		result.append(veteranSpecialty);
		result.append(", trained: ");
		result.append(trained);
		result.append(')');
		return result.toString();
	}

} //MilitiaMemberImpl
