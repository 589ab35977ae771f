/**
 */
package org.garrison.model.training.impl;

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

import org.garrison.model.training.Competition;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getBatches <em>Batches</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getInstructors <em>Instructors</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getSelections <em>Selections</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getCompetitions <em>Competitions</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingLedgerImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingLedgerImpl extends MinimalEObjectImpl.Container implements TrainingLedger
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
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingPlan> plans;

	/**
	 * The cached value of the '{@link #getBatches() <em>Batches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatches()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingBatch> batches;

	/**
	 * The cached value of the '{@link #getInstructors() <em>Instructors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructors()
	 * @generated
	 * @ordered
	 */
	protected EList<Instructor> instructors;

	/**
	 * The cached value of the '{@link #getSelections() <em>Selections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelections()
	 * @generated
	 * @ordered
	 */
	protected EList<InstructorSelection> selections;

	/**
	 * The cached value of the '{@link #getCompetitions() <em>Competitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Competition> competitions;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<EmergencyTask> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingLedgerImpl()
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
		return TrainingPackage.Literals.TRAINING_LEDGER;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.TRAINING_LEDGER__DISTRICT, oldDistrict, district));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_LEDGER__DISTRICT, oldDistrict, district));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingPlan> getPlans()
	{
		if (plans == null)
		{
			plans = new EObjectContainmentEList<TrainingPlan>(TrainingPlan.class, this, TrainingPackage.TRAINING_LEDGER__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingBatch> getBatches()
	{
		if (batches == null)
		{
			batches = new EObjectContainmentEList<TrainingBatch>(TrainingBatch.class, this, TrainingPackage.TRAINING_LEDGER__BATCHES);
		}
		return batches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instructor> getInstructors()
	{
		if (instructors == null)
		{
			instructors = new EObjectContainmentEList<Instructor>(Instructor.class, this, TrainingPackage.TRAINING_LEDGER__INSTRUCTORS);
		}
		return instructors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstructorSelection> getSelections()
	{
		if (selections == null)
		{
			selections = new EObjectContainmentEList<InstructorSelection>(InstructorSelection.class, this, TrainingPackage.TRAINING_LEDGER__SELECTIONS);
		}
		return selections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Competition> getCompetitions()
	{
		if (competitions == null)
		{
			competitions = new EObjectContainmentEList<Competition>(Competition.class, this, TrainingPackage.TRAINING_LEDGER__COMPETITIONS);
		}
		return competitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmergencyTask> getTasks()
	{
		if (tasks == null)
		{
			tasks = new EObjectContainmentEList<EmergencyTask>(EmergencyTask.class, this, TrainingPackage.TRAINING_LEDGER__TASKS);
		}
		return tasks;
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
			case TrainingPackage.TRAINING_LEDGER__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
				return ((InternalEList<?>)getBatches()).basicRemove(otherEnd, msgs);
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
				return ((InternalEList<?>)getInstructors()).basicRemove(otherEnd, msgs);
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
				return ((InternalEList<?>)getSelections()).basicRemove(otherEnd, msgs);
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
				return ((InternalEList<?>)getCompetitions()).basicRemove(otherEnd, msgs);
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
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
			case TrainingPackage.TRAINING_LEDGER__DISTRICT:
				if (resolve) return getDistrict();
				return basicGetDistrict();
			case TrainingPackage.TRAINING_LEDGER__PLANS:
				return getPlans();
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
				return getBatches();
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
				return getInstructors();
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
				return getSelections();
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
				return getCompetitions();
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				return getTasks();
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
			case TrainingPackage.TRAINING_LEDGER__DISTRICT:
				setDistrict((District)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends TrainingPlan>)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
				getBatches().clear();
				getBatches().addAll((Collection<? extends TrainingBatch>)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
				getInstructors().clear();
				getInstructors().addAll((Collection<? extends Instructor>)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
				getSelections().clear();
				getSelections().addAll((Collection<? extends InstructorSelection>)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
				getCompetitions().clear();
				getCompetitions().addAll((Collection<? extends Competition>)newValue);
				return;
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends EmergencyTask>)newValue);
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
			case TrainingPackage.TRAINING_LEDGER__DISTRICT:
				setDistrict((District)null);
				return;
			case TrainingPackage.TRAINING_LEDGER__PLANS:
				getPlans().clear();
				return;
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
				getBatches().clear();
				return;
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
				getInstructors().clear();
				return;
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
				getSelections().clear();
				return;
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
				getCompetitions().clear();
				return;
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				getTasks().clear();
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
			case TrainingPackage.TRAINING_LEDGER__DISTRICT:
				return district != null;
			case TrainingPackage.TRAINING_LEDGER__PLANS:
				return plans != null && !plans.isEmpty();
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
				return batches != null && !batches.isEmpty();
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
				return instructors != null && !instructors.isEmpty();
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
				return selections != null && !selections.isEmpty();
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
				return competitions != null && !competitions.isEmpty();
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				return tasks != null && !tasks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TrainingLedgerImpl
