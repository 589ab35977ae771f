/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

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

import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.IntegrityComplaint;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.PublicityEvent;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitMeasure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conscription Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getQuota <em>Quota</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getMenTurningEighteen <em>Men Turning Eighteen</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getCityRanking <em>City Ranking</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getRecruits <em>Recruits</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getPublicityEvents <em>Publicity Events</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.ConscriptionCampaignImpl#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConscriptionCampaignImpl extends RecordImpl implements ConscriptionCampaign
{
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuota() <em>Quota</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuota()
	 * @generated
	 * @ordered
	 */
	protected static final int QUOTA_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuota() <em>Quota</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuota()
	 * @generated
	 * @ordered
	 */
	protected int quota = QUOTA_EDEFAULT;

	/**
	 * The default value of the '{@link #getMenTurningEighteen() <em>Men Turning Eighteen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMenTurningEighteen()
	 * @generated
	 * @ordered
	 */
	protected static final int MEN_TURNING_EIGHTEEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMenTurningEighteen() <em>Men Turning Eighteen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMenTurningEighteen()
	 * @generated
	 * @ordered
	 */
	protected int menTurningEighteen = MEN_TURNING_EIGHTEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCityRanking() <em>City Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCityRanking()
	 * @generated
	 * @ordered
	 */
	protected static final int CITY_RANKING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCityRanking() <em>City Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCityRanking()
	 * @generated
	 * @ordered
	 */
	protected int cityRanking = CITY_RANKING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecruits() <em>Recruits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecruits()
	 * @generated
	 * @ordered
	 */
	protected EList<Recruit> recruits;

	/**
	 * The cached value of the '{@link #getPublicityEvents() <em>Publicity Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicityEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<PublicityEvent> publicityEvents;

	/**
	 * The cached value of the '{@link #getComplaints() <em>Complaints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaints()
	 * @generated
	 * @ordered
	 */
	protected EList<IntegrityComplaint> complaints;

	/**
	 * The default value of the '{@link #getBenefits() <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected String benefits = BENEFITS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConscriptionCampaignImpl()
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
		return MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear)
	{
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuota()
	{
		return quota;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuota(int newQuota)
	{
		int oldQuota = quota;
		quota = newQuota;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA, oldQuota, quota));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMenTurningEighteen()
	{
		return menTurningEighteen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMenTurningEighteen(int newMenTurningEighteen)
	{
		int oldMenTurningEighteen = menTurningEighteen;
		menTurningEighteen = newMenTurningEighteen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN, oldMenTurningEighteen, menTurningEighteen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCityRanking()
	{
		return cityRanking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCityRanking(int newCityRanking)
	{
		int oldCityRanking = cityRanking;
		cityRanking = newCityRanking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING, oldCityRanking, cityRanking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recruit> getRecruits()
	{
		if (recruits == null)
		{
			recruits = new EObjectContainmentEList<Recruit>(Recruit.class, this, MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS);
		}
		return recruits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublicityEvent> getPublicityEvents()
	{
		if (publicityEvents == null)
		{
			publicityEvents = new EObjectContainmentEList<PublicityEvent>(PublicityEvent.class, this, MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS);
		}
		return publicityEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IntegrityComplaint> getComplaints()
	{
		if (complaints == null)
		{
			complaints = new EObjectContainmentEList<IntegrityComplaint>(IntegrityComplaint.class, this, MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS);
		}
		return complaints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefits()
	{
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefits(String newBenefits)
	{
		String oldBenefits = benefits;
		benefits = newBenefits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS, oldBenefits, benefits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int count(final RecruitMeasure measure)
	{
		return org.garrison.internal.model.derived.ConscriptionDerived.count(this, measure);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean countsNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
				return ((InternalEList<?>)getRecruits()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
				return ((InternalEList<?>)getPublicityEvents()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
				return ((InternalEList<?>)getComplaints()).basicRemove(otherEnd, msgs);
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR:
				return getYear();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA:
				return getQuota();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN:
				return getMenTurningEighteen();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING:
				return getCityRanking();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
				return getRecruits();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
				return getPublicityEvents();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
				return getComplaints();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS:
				return getBenefits();
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR:
				setYear((Integer)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA:
				setQuota((Integer)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN:
				setMenTurningEighteen((Integer)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING:
				setCityRanking((Integer)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
				getRecruits().clear();
				getRecruits().addAll((Collection<? extends Recruit>)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
				getPublicityEvents().clear();
				getPublicityEvents().addAll((Collection<? extends PublicityEvent>)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
				getComplaints().clear();
				getComplaints().addAll((Collection<? extends IntegrityComplaint>)newValue);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS:
				setBenefits((String)newValue);
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA:
				setQuota(QUOTA_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN:
				setMenTurningEighteen(MEN_TURNING_EIGHTEEN_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING:
				setCityRanking(CITY_RANKING_EDEFAULT);
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
				getRecruits().clear();
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
				getPublicityEvents().clear();
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
				getComplaints().clear();
				return;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS:
				setBenefits(BENEFITS_EDEFAULT);
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR:
				return year != YEAR_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA:
				return quota != QUOTA_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN:
				return menTurningEighteen != MEN_TURNING_EIGHTEEN_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING:
				return cityRanking != CITY_RANKING_EDEFAULT;
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
				return recruits != null && !recruits.isEmpty();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
				return publicityEvents != null && !publicityEvents.isEmpty();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
				return complaints != null && !complaints.isEmpty();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS:
				return BENEFITS_EDEFAULT == null ? benefits != null : !BENEFITS_EDEFAULT.equals(benefits);
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
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN___COUNT__RECRUITMEASURE:
				return count((RecruitMeasure)arguments.get(0));
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN___COUNTS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return countsNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (year: ");
		result.append(year);
		result.append(", quota: ");
		result.append(quota);
		result.append(", menTurningEighteen: ");
		result.append(menTurningEighteen);
		result.append(", cityRanking: ");
		result.append(cityRanking);
		result.append(", benefits: ");
		result.append(benefits);
		result.append(')');
		return result.toString();
	}

} //ConscriptionCampaignImpl
