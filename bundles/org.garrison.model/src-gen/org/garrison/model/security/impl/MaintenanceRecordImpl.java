/**
 */
package org.garrison.model.security.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

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

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.Asset;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maintenance Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getWork <em>Work</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.MaintenanceRecordImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaintenanceRecordImpl extends RecordImpl implements MaintenanceRecord
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
	 * The cached value of the '{@link #getAsset() <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsset()
	 * @generated
	 * @ordered
	 */
	protected Asset asset;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected MaintenancePlan plan;

	/**
	 * The cached value of the '{@link #getPerformedBy() <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected Person performedBy;

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
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<CheckResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaintenanceRecordImpl()
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
		return SecurityPackage.Literals.MAINTENANCE_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getAsset()
	{
		if (asset != null && asset.eIsProxy())
		{
			InternalEObject oldAsset = (InternalEObject)asset;
			asset = (Asset)eResolveProxy(oldAsset);
			if (asset != oldAsset)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.MAINTENANCE_RECORD__ASSET, oldAsset, asset));
			}
		}
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetAsset()
	{
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsset(Asset newAsset)
	{
		Asset oldAsset = asset;
		asset = newAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__ASSET, oldAsset, asset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaintenancePlan getPlan()
	{
		if (plan != null && plan.eIsProxy())
		{
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (MaintenancePlan)eResolveProxy(oldPlan);
			if (plan != oldPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.MAINTENANCE_RECORD__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaintenancePlan basicGetPlan()
	{
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(MaintenancePlan newPlan)
	{
		MaintenancePlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerformedBy()
	{
		if (performedBy != null && performedBy.eIsProxy())
		{
			InternalEObject oldPerformedBy = (InternalEObject)performedBy;
			performedBy = (Person)eResolveProxy(oldPerformedBy);
			if (performedBy != oldPerformedBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY, oldPerformedBy, performedBy));
			}
		}
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerformedBy()
	{
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedBy(Person newPerformedBy)
	{
		Person oldPerformedBy = performedBy;
		performedBy = newPerformedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY, oldPerformedBy, performedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__WORK, oldWork, work));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings()
	{
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings)
	{
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost()
	{
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost)
	{
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.MAINTENANCE_RECORD__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CheckResult> getResults()
	{
		if (results == null)
		{
			results = new EObjectContainmentEList<CheckResult>(CheckResult.class, this, SecurityPackage.MAINTENANCE_RECORD__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean planOfTheAsset(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.SecurityConstraints.planOfTheAsset(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean costNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.SecurityConstraints.costNotNegative(this, diagnostics, context);
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
			case SecurityPackage.MAINTENANCE_RECORD__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case SecurityPackage.MAINTENANCE_RECORD__DATE:
				return getDate();
			case SecurityPackage.MAINTENANCE_RECORD__ASSET:
				if (resolve) return getAsset();
				return basicGetAsset();
			case SecurityPackage.MAINTENANCE_RECORD__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY:
				if (resolve) return getPerformedBy();
				return basicGetPerformedBy();
			case SecurityPackage.MAINTENANCE_RECORD__WORK:
				return getWork();
			case SecurityPackage.MAINTENANCE_RECORD__FINDINGS:
				return getFindings();
			case SecurityPackage.MAINTENANCE_RECORD__COST:
				return getCost();
			case SecurityPackage.MAINTENANCE_RECORD__RESULTS:
				return getResults();
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
			case SecurityPackage.MAINTENANCE_RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__ASSET:
				setAsset((Asset)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__PLAN:
				setPlan((MaintenancePlan)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY:
				setPerformedBy((Person)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__WORK:
				setWork((String)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__FINDINGS:
				setFindings((String)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__COST:
				setCost((BigDecimal)newValue);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends CheckResult>)newValue);
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
			case SecurityPackage.MAINTENANCE_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__ASSET:
				setAsset((Asset)null);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__PLAN:
				setPlan((MaintenancePlan)null);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY:
				setPerformedBy((Person)null);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__WORK:
				setWork(WORK_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__COST:
				setCost(COST_EDEFAULT);
				return;
			case SecurityPackage.MAINTENANCE_RECORD__RESULTS:
				getResults().clear();
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
			case SecurityPackage.MAINTENANCE_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SecurityPackage.MAINTENANCE_RECORD__ASSET:
				return asset != null;
			case SecurityPackage.MAINTENANCE_RECORD__PLAN:
				return plan != null;
			case SecurityPackage.MAINTENANCE_RECORD__PERFORMED_BY:
				return performedBy != null;
			case SecurityPackage.MAINTENANCE_RECORD__WORK:
				return WORK_EDEFAULT == null ? work != null : !WORK_EDEFAULT.equals(work);
			case SecurityPackage.MAINTENANCE_RECORD__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
			case SecurityPackage.MAINTENANCE_RECORD__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case SecurityPackage.MAINTENANCE_RECORD__RESULTS:
				return results != null && !results.isEmpty();
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
			case SecurityPackage.MAINTENANCE_RECORD___PLAN_OF_THE_ASSET__DIAGNOSTICCHAIN_MAP:
				return planOfTheAsset((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SecurityPackage.MAINTENANCE_RECORD___COST_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return costNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", work: ");
		result.append(work);
		result.append(", findings: ");
		result.append(findings);
		result.append(", cost: ");
		result.append(cost);
		result.append(')');
		return result.toString();
	}

} //MaintenanceRecordImpl
