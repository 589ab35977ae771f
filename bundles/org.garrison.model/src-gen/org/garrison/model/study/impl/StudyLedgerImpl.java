/**
 */
package org.garrison.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.District;

import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getRegimes <em>Regimes</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getReadingItems <em>Reading Items</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getReflections <em>Reflections</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getMakeUps <em>Make Ups</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyLedgerImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyLedgerImpl extends MinimalEObjectImpl.Container implements StudyLedger
{
	/**
	 * The cached value of the '{@link #getDistrict() <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistrict()
	 * @generated
	 * @ordered
	 */
	protected District district;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<StudySession> sessions;

	/**
	 * The cached value of the '{@link #getRegimes() <em>Regimes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegimes()
	 * @generated
	 * @ordered
	 */
	protected EList<StudyRegime> regimes;

	/**
	 * The cached value of the '{@link #getReadingItems() <em>Reading Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadingItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ReadingItem> readingItems;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected EList<ReadingProgress> progress;

	/**
	 * The cached value of the '{@link #getReflections() <em>Reflections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReflections()
	 * @generated
	 * @ordered
	 */
	protected EList<Reflection> reflections;

	/**
	 * The cached value of the '{@link #getMakeUps() <em>Make Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMakeUps()
	 * @generated
	 * @ordered
	 */
	protected EList<MakeUpStudy> makeUps;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<StudyGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyLedgerImpl()
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
		return StudyPackage.Literals.STUDY_LEDGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public District getDistrict()
	{
		if (district != null && district.eIsProxy())
		{
			InternalEObject oldDistrict = (InternalEObject)district;
			district = (District)eResolveProxy(oldDistrict);
			if (district != oldDistrict)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.STUDY_LEDGER__DISTRICT, oldDistrict, district));
			}
		}
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public District basicGetDistrict()
	{
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistrict(District newDistrict)
	{
		District oldDistrict = district;
		district = newDistrict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_LEDGER__DISTRICT, oldDistrict, district));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudySession> getSessions()
	{
		if (sessions == null)
		{
			sessions = new EObjectContainmentEList<StudySession>(StudySession.class, this, StudyPackage.STUDY_LEDGER__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudyRegime> getRegimes()
	{
		if (regimes == null)
		{
			regimes = new EObjectContainmentEList<StudyRegime>(StudyRegime.class, this, StudyPackage.STUDY_LEDGER__REGIMES);
		}
		return regimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReadingItem> getReadingItems()
	{
		if (readingItems == null)
		{
			readingItems = new EObjectContainmentEList<ReadingItem>(ReadingItem.class, this, StudyPackage.STUDY_LEDGER__READING_ITEMS);
		}
		return readingItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReadingProgress> getProgress()
	{
		if (progress == null)
		{
			progress = new EObjectContainmentEList<ReadingProgress>(ReadingProgress.class, this, StudyPackage.STUDY_LEDGER__PROGRESS);
		}
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reflection> getReflections()
	{
		if (reflections == null)
		{
			reflections = new EObjectContainmentEList<Reflection>(Reflection.class, this, StudyPackage.STUDY_LEDGER__REFLECTIONS);
		}
		return reflections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MakeUpStudy> getMakeUps()
	{
		if (makeUps == null)
		{
			makeUps = new EObjectContainmentEList<MakeUpStudy>(MakeUpStudy.class, this, StudyPackage.STUDY_LEDGER__MAKE_UPS);
		}
		return makeUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudyGroup> getGroups()
	{
		if (groups == null)
		{
			groups = new EObjectContainmentEList<StudyGroup>(StudyGroup.class, this, StudyPackage.STUDY_LEDGER__GROUPS);
		}
		return groups;
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
			case StudyPackage.STUDY_LEDGER__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__REGIMES:
				return ((InternalEList<?>)getRegimes()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
				return ((InternalEList<?>)getReadingItems()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__PROGRESS:
				return ((InternalEList<?>)getProgress()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
				return ((InternalEList<?>)getReflections()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				return ((InternalEList<?>)getMakeUps()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY_LEDGER__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.STUDY_LEDGER__DISTRICT:
				if (resolve) return getDistrict();
				return basicGetDistrict();
			case StudyPackage.STUDY_LEDGER__SESSIONS:
				return getSessions();
			case StudyPackage.STUDY_LEDGER__REGIMES:
				return getRegimes();
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
				return getReadingItems();
			case StudyPackage.STUDY_LEDGER__PROGRESS:
				return getProgress();
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
				return getReflections();
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				return getMakeUps();
			case StudyPackage.STUDY_LEDGER__GROUPS:
				return getGroups();
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
			case StudyPackage.STUDY_LEDGER__DISTRICT:
				setDistrict((District)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends StudySession>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__REGIMES:
				getRegimes().clear();
				getRegimes().addAll((Collection<? extends StudyRegime>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
				getReadingItems().clear();
				getReadingItems().addAll((Collection<? extends ReadingItem>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__PROGRESS:
				getProgress().clear();
				getProgress().addAll((Collection<? extends ReadingProgress>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
				getReflections().clear();
				getReflections().addAll((Collection<? extends Reflection>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				getMakeUps().clear();
				getMakeUps().addAll((Collection<? extends MakeUpStudy>)newValue);
				return;
			case StudyPackage.STUDY_LEDGER__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends StudyGroup>)newValue);
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
			case StudyPackage.STUDY_LEDGER__DISTRICT:
				setDistrict((District)null);
				return;
			case StudyPackage.STUDY_LEDGER__SESSIONS:
				getSessions().clear();
				return;
			case StudyPackage.STUDY_LEDGER__REGIMES:
				getRegimes().clear();
				return;
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
				getReadingItems().clear();
				return;
			case StudyPackage.STUDY_LEDGER__PROGRESS:
				getProgress().clear();
				return;
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
				getReflections().clear();
				return;
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				getMakeUps().clear();
				return;
			case StudyPackage.STUDY_LEDGER__GROUPS:
				getGroups().clear();
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
			case StudyPackage.STUDY_LEDGER__DISTRICT:
				return district != null;
			case StudyPackage.STUDY_LEDGER__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case StudyPackage.STUDY_LEDGER__REGIMES:
				return regimes != null && !regimes.isEmpty();
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
				return readingItems != null && !readingItems.isEmpty();
			case StudyPackage.STUDY_LEDGER__PROGRESS:
				return progress != null && !progress.isEmpty();
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
				return reflections != null && !reflections.isEmpty();
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				return makeUps != null && !makeUps.isEmpty();
			case StudyPackage.STUDY_LEDGER__GROUPS:
				return groups != null && !groups.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StudyLedgerImpl
