/**
 */
package org.garrison.model.training.impl;

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

import org.garrison.model.training.Assessment;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Batch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getInstructors <em>Instructors</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getTraineeCount <em>Trainee Count</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.TrainingBatchImpl#getPassCount <em>Pass Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingBatchImpl extends RecordImpl implements TrainingBatch
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingKind KIND_EDEFAULT = TrainingKind.INTEGRATED_CORE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TrainingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

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
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected TrainingPlan plan;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanSubject> subjects;

	/**
	 * The cached value of the '{@link #getInstructors() <em>Instructors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructors()
	 * @generated
	 * @ordered
	 */
	protected EList<Instructor> instructors;

	/**
	 * The cached value of the '{@link #getTrainees() <em>Trainees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> trainees;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraineeCount() <em>Trainee Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeCount()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAINEE_COUNT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getPassCount() <em>Pass Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PASS_COUNT_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingBatchImpl()
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
		return TrainingPackage.Literals.TRAINING_BATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TrainingKind newKind)
	{
		TrainingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate()
	{
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate)
	{
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate()
	{
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate)
	{
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__END_DATE, oldEndDate, endDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPlan getPlan()
	{
		if (plan != null && plan.eIsProxy())
		{
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (TrainingPlan)eResolveProxy(oldPlan);
			if (plan != oldPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.TRAINING_BATCH__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingPlan basicGetPlan()
	{
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(TrainingPlan newPlan)
	{
		TrainingPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanSubject> getSubjects()
	{
		if (subjects == null)
		{
			subjects = new EObjectResolvingEList<PlanSubject>(PlanSubject.class, this, TrainingPackage.TRAINING_BATCH__SUBJECTS);
		}
		return subjects;
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
			instructors = new EObjectResolvingEList<Instructor>(Instructor.class, this, TrainingPackage.TRAINING_BATCH__INSTRUCTORS);
		}
		return instructors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getTrainees()
	{
		if (trainees == null)
		{
			trainees = new EObjectResolvingEList<Person>(Person.class, this, TrainingPackage.TRAINING_BATCH__TRAINEES);
		}
		return trainees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments()
	{
		if (assessments == null)
		{
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, TrainingPackage.TRAINING_BATCH__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn()
	{
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn)
	{
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_BATCH__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTraineeCount()
	{
		return getTrainees().size();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPassCount()
	{
		return org.garrison.internal.model.derived.TrainingDerived.passCount(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean datesInOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean assessedAreTrainees(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.assessedAreTrainees(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean traineesEligible(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.traineesEligible(this, diagnostics, context);
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
			case TrainingPackage.TRAINING_BATCH__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
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
			case TrainingPackage.TRAINING_BATCH__NAME:
				return getName();
			case TrainingPackage.TRAINING_BATCH__KIND:
				return getKind();
			case TrainingPackage.TRAINING_BATCH__START_DATE:
				return getStartDate();
			case TrainingPackage.TRAINING_BATCH__END_DATE:
				return getEndDate();
			case TrainingPackage.TRAINING_BATCH__PLACE:
				return getPlace();
			case TrainingPackage.TRAINING_BATCH__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case TrainingPackage.TRAINING_BATCH__SUBJECTS:
				return getSubjects();
			case TrainingPackage.TRAINING_BATCH__INSTRUCTORS:
				return getInstructors();
			case TrainingPackage.TRAINING_BATCH__TRAINEES:
				return getTrainees();
			case TrainingPackage.TRAINING_BATCH__ASSESSMENTS:
				return getAssessments();
			case TrainingPackage.TRAINING_BATCH__CLOSED_ON:
				return getClosedOn();
			case TrainingPackage.TRAINING_BATCH__TRAINEE_COUNT:
				return getTraineeCount();
			case TrainingPackage.TRAINING_BATCH__PASS_COUNT:
				return getPassCount();
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
			case TrainingPackage.TRAINING_BATCH__NAME:
				setName((String)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__KIND:
				setKind((TrainingKind)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__PLACE:
				setPlace((String)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__PLAN:
				setPlan((TrainingPlan)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends PlanSubject>)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__INSTRUCTORS:
				getInstructors().clear();
				getInstructors().addAll((Collection<? extends Instructor>)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__TRAINEES:
				getTrainees().clear();
				getTrainees().addAll((Collection<? extends Person>)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case TrainingPackage.TRAINING_BATCH__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
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
			case TrainingPackage.TRAINING_BATCH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_BATCH__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_BATCH__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_BATCH__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_BATCH__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_BATCH__PLAN:
				setPlan((TrainingPlan)null);
				return;
			case TrainingPackage.TRAINING_BATCH__SUBJECTS:
				getSubjects().clear();
				return;
			case TrainingPackage.TRAINING_BATCH__INSTRUCTORS:
				getInstructors().clear();
				return;
			case TrainingPackage.TRAINING_BATCH__TRAINEES:
				getTrainees().clear();
				return;
			case TrainingPackage.TRAINING_BATCH__ASSESSMENTS:
				getAssessments().clear();
				return;
			case TrainingPackage.TRAINING_BATCH__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
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
			case TrainingPackage.TRAINING_BATCH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TrainingPackage.TRAINING_BATCH__KIND:
				return kind != KIND_EDEFAULT;
			case TrainingPackage.TRAINING_BATCH__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case TrainingPackage.TRAINING_BATCH__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case TrainingPackage.TRAINING_BATCH__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case TrainingPackage.TRAINING_BATCH__PLAN:
				return plan != null;
			case TrainingPackage.TRAINING_BATCH__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
			case TrainingPackage.TRAINING_BATCH__INSTRUCTORS:
				return instructors != null && !instructors.isEmpty();
			case TrainingPackage.TRAINING_BATCH__TRAINEES:
				return trainees != null && !trainees.isEmpty();
			case TrainingPackage.TRAINING_BATCH__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case TrainingPackage.TRAINING_BATCH__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case TrainingPackage.TRAINING_BATCH__TRAINEE_COUNT:
				return getTraineeCount() != TRAINEE_COUNT_EDEFAULT;
			case TrainingPackage.TRAINING_BATCH__PASS_COUNT:
				return getPassCount() != PASS_COUNT_EDEFAULT;
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
			case TrainingPackage.TRAINING_BATCH___DATES_IN_ORDER__DIAGNOSTICCHAIN_MAP:
				return datesInOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TrainingPackage.TRAINING_BATCH___ASSESSED_ARE_TRAINEES__DIAGNOSTICCHAIN_MAP:
				return assessedAreTrainees((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TrainingPackage.TRAINING_BATCH___TRAINEES_ELIGIBLE__DIAGNOSTICCHAIN_MAP:
				return traineesEligible((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", place: ");
		result.append(place);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(')');
		return result.toString();
	}

} //TrainingBatchImpl
