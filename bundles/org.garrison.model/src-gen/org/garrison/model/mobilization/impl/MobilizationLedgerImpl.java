/**
 */
package org.garrison.model.mobilization.impl;

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

import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.Evaluation;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.OrganizationTask;
import org.garrison.model.mobilization.StandardizationItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getOrganizationTasks <em>Organization Tasks</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getMusters <em>Musters</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getCadres <em>Cadres</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getStandardizationItems <em>Standardization Items</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MobilizationLedgerImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MobilizationLedgerImpl extends MinimalEObjectImpl.Container implements MobilizationLedger
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
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<MilitiaUnit> units;

	/**
	 * The cached value of the '{@link #getOrganizationTasks() <em>Organization Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganizationTask> organizationTasks;

	/**
	 * The cached value of the '{@link #getMusters() <em>Musters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMusters()
	 * @generated
	 * @ordered
	 */
	protected EList<Muster> musters;

	/**
	 * The cached value of the '{@link #getCadres() <em>Cadres</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadres()
	 * @generated
	 * @ordered
	 */
	protected EList<ArmedCadre> cadres;

	/**
	 * The cached value of the '{@link #getStandardizationItems() <em>Standardization Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardizationItems()
	 * @generated
	 * @ordered
	 */
	protected EList<StandardizationItem> standardizationItems;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<Evaluation> evaluations;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<ConscriptionCampaign> campaigns;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<ConscriptionIndicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MobilizationLedgerImpl()
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
		return MobilizationPackage.Literals.MOBILIZATION_LEDGER;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT, oldDistrict, district));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT, oldDistrict, district));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MilitiaUnit> getUnits()
	{
		if (units == null)
		{
			units = new EObjectContainmentEList<MilitiaUnit>(MilitiaUnit.class, this, MobilizationPackage.MOBILIZATION_LEDGER__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganizationTask> getOrganizationTasks()
	{
		if (organizationTasks == null)
		{
			organizationTasks = new EObjectContainmentEList<OrganizationTask>(OrganizationTask.class, this, MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS);
		}
		return organizationTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Muster> getMusters()
	{
		if (musters == null)
		{
			musters = new EObjectContainmentEList<Muster>(Muster.class, this, MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS);
		}
		return musters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArmedCadre> getCadres()
	{
		if (cadres == null)
		{
			cadres = new EObjectContainmentEList<ArmedCadre>(ArmedCadre.class, this, MobilizationPackage.MOBILIZATION_LEDGER__CADRES);
		}
		return cadres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StandardizationItem> getStandardizationItems()
	{
		if (standardizationItems == null)
		{
			standardizationItems = new EObjectContainmentEList<StandardizationItem>(StandardizationItem.class, this, MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS);
		}
		return standardizationItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evaluation> getEvaluations()
	{
		if (evaluations == null)
		{
			evaluations = new EObjectContainmentEList<Evaluation>(Evaluation.class, this, MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConscriptionCampaign> getCampaigns()
	{
		if (campaigns == null)
		{
			campaigns = new EObjectContainmentEList<ConscriptionCampaign>(ConscriptionCampaign.class, this, MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConscriptionIndicator> getIndicators()
	{
		if (indicators == null)
		{
			indicators = new EObjectContainmentEList<ConscriptionIndicator>(ConscriptionIndicator.class, this, MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS);
		}
		return indicators;
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
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
				return ((InternalEList<?>)getOrganizationTasks()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
				return ((InternalEList<?>)getMusters()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
				return ((InternalEList<?>)getCadres()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
				return ((InternalEList<?>)getStandardizationItems()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
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
			case MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT:
				if (resolve) return getDistrict();
				return basicGetDistrict();
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
				return getUnits();
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
				return getOrganizationTasks();
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
				return getMusters();
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
				return getCadres();
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
				return getStandardizationItems();
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
				return getEvaluations();
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
				return getCampaigns();
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
				return getIndicators();
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
			case MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT:
				setDistrict((District)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends MilitiaUnit>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
				getOrganizationTasks().clear();
				getOrganizationTasks().addAll((Collection<? extends OrganizationTask>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
				getMusters().clear();
				getMusters().addAll((Collection<? extends Muster>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
				getCadres().clear();
				getCadres().addAll((Collection<? extends ArmedCadre>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
				getStandardizationItems().clear();
				getStandardizationItems().addAll((Collection<? extends StandardizationItem>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends Evaluation>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends ConscriptionCampaign>)newValue);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends ConscriptionIndicator>)newValue);
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
			case MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT:
				setDistrict((District)null);
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
				getUnits().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
				getOrganizationTasks().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
				getMusters().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
				getCadres().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
				getStandardizationItems().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
				getEvaluations().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
				getIndicators().clear();
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
			case MobilizationPackage.MOBILIZATION_LEDGER__DISTRICT:
				return district != null;
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
				return units != null && !units.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
				return organizationTasks != null && !organizationTasks.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
				return musters != null && !musters.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
				return cadres != null && !cadres.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
				return standardizationItems != null && !standardizationItems.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
				return indicators != null && !indicators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //MobilizationLedgerImpl
