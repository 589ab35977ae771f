/**
 */
package org.garrison.model.mobilization.impl;

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

import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitStage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recruit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getEducation <em>Education</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getRegisteredOn <em>Registered On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getPreliminaryCheckOn <em>Preliminary Check On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getPhysicalExamOn <em>Physical Exam On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#isPhysicalPassed <em>Physical Passed</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getPoliticalReviewOn <em>Political Review On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#isPoliticalPassed <em>Political Passed</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getSelectedOn <em>Selected On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getEnlistedOn <em>Enlisted On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getReturnedOn <em>Returned On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.RecruitImpl#getReturnReason <em>Return Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecruitImpl extends RecordImpl implements Recruit
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
	 * The default value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected static final RecruitEducation EDUCATION_EDEFAULT = RecruitEducation.IN_COLLEGE;

	/**
	 * The cached value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected RecruitEducation education = EDUCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final RecruitStage STAGE_EDEFAULT = RecruitStage.REGISTERED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected RecruitStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegisteredOn() <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REGISTERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegisteredOn() <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate registeredOn = REGISTERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreliminaryCheckOn() <em>Preliminary Check On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreliminaryCheckOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PRELIMINARY_CHECK_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreliminaryCheckOn() <em>Preliminary Check On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreliminaryCheckOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate preliminaryCheckOn = PRELIMINARY_CHECK_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicalExamOn() <em>Physical Exam On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalExamOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PHYSICAL_EXAM_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhysicalExamOn() <em>Physical Exam On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalExamOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate physicalExamOn = PHYSICAL_EXAM_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isPhysicalPassed() <em>Physical Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPhysicalPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PHYSICAL_PASSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPhysicalPassed() <em>Physical Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPhysicalPassed()
	 * @generated
	 * @ordered
	 */
	protected boolean physicalPassed = PHYSICAL_PASSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoliticalReviewOn() <em>Political Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoliticalReviewOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate POLITICAL_REVIEW_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoliticalReviewOn() <em>Political Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoliticalReviewOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate politicalReviewOn = POLITICAL_REVIEW_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isPoliticalPassed() <em>Political Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoliticalPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POLITICAL_PASSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPoliticalPassed() <em>Political Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoliticalPassed()
	 * @generated
	 * @ordered
	 */
	protected boolean politicalPassed = POLITICAL_PASSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSelectedOn() <em>Selected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SELECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelectedOn() <em>Selected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate selectedOn = SELECTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnlistedOn() <em>Enlisted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnlistedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENLISTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnlistedOn() <em>Enlisted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnlistedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate enlistedOn = ENLISTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnedOn() <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RETURNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnedOn() <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate returnedOn = RETURNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnReason() <em>Return Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnReason()
	 * @generated
	 * @ordered
	 */
	protected static final String RETURN_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnReason() <em>Return Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnReason()
	 * @generated
	 * @ordered
	 */
	protected String returnReason = RETURN_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecruitImpl()
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
		return MobilizationPackage.Literals.RECRUIT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.RECRUIT__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitEducation getEducation()
	{
		return education;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEducation(RecruitEducation newEducation)
	{
		RecruitEducation oldEducation = education;
		education = newEducation == null ? EDUCATION_EDEFAULT : newEducation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__EDUCATION, oldEducation, education));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitStage getStage()
	{
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(RecruitStage newStage)
	{
		RecruitStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRegisteredOn()
	{
		return registeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegisteredOn(LocalDate newRegisteredOn)
	{
		LocalDate oldRegisteredOn = registeredOn;
		registeredOn = newRegisteredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__REGISTERED_ON, oldRegisteredOn, registeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPreliminaryCheckOn()
	{
		return preliminaryCheckOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreliminaryCheckOn(LocalDate newPreliminaryCheckOn)
	{
		LocalDate oldPreliminaryCheckOn = preliminaryCheckOn;
		preliminaryCheckOn = newPreliminaryCheckOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON, oldPreliminaryCheckOn, preliminaryCheckOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPhysicalExamOn()
	{
		return physicalExamOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalExamOn(LocalDate newPhysicalExamOn)
	{
		LocalDate oldPhysicalExamOn = physicalExamOn;
		physicalExamOn = newPhysicalExamOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON, oldPhysicalExamOn, physicalExamOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPhysicalPassed()
	{
		return physicalPassed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalPassed(boolean newPhysicalPassed)
	{
		boolean oldPhysicalPassed = physicalPassed;
		physicalPassed = newPhysicalPassed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__PHYSICAL_PASSED, oldPhysicalPassed, physicalPassed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPoliticalReviewOn()
	{
		return politicalReviewOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoliticalReviewOn(LocalDate newPoliticalReviewOn)
	{
		LocalDate oldPoliticalReviewOn = politicalReviewOn;
		politicalReviewOn = newPoliticalReviewOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON, oldPoliticalReviewOn, politicalReviewOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPoliticalPassed()
	{
		return politicalPassed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoliticalPassed(boolean newPoliticalPassed)
	{
		boolean oldPoliticalPassed = politicalPassed;
		politicalPassed = newPoliticalPassed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__POLITICAL_PASSED, oldPoliticalPassed, politicalPassed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSelectedOn()
	{
		return selectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelectedOn(LocalDate newSelectedOn)
	{
		LocalDate oldSelectedOn = selectedOn;
		selectedOn = newSelectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__SELECTED_ON, oldSelectedOn, selectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnlistedOn()
	{
		return enlistedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnlistedOn(LocalDate newEnlistedOn)
	{
		LocalDate oldEnlistedOn = enlistedOn;
		enlistedOn = newEnlistedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__ENLISTED_ON, oldEnlistedOn, enlistedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReturnedOn()
	{
		return returnedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnedOn(LocalDate newReturnedOn)
	{
		LocalDate oldReturnedOn = returnedOn;
		returnedOn = newReturnedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__RETURNED_ON, oldReturnedOn, returnedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReturnReason()
	{
		return returnReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnReason(String newReturnReason)
	{
		String oldReturnReason = returnReason;
		returnReason = newReturnReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.RECRUIT__RETURN_REASON, oldReturnReason, returnReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean stagesInOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.stagesInOrder(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean educationConsistent(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.educationConsistent(this, diagnostics, context);
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
			case MobilizationPackage.RECRUIT__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case MobilizationPackage.RECRUIT__EDUCATION:
				return getEducation();
			case MobilizationPackage.RECRUIT__STAGE:
				return getStage();
			case MobilizationPackage.RECRUIT__REGISTERED_ON:
				return getRegisteredOn();
			case MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON:
				return getPreliminaryCheckOn();
			case MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON:
				return getPhysicalExamOn();
			case MobilizationPackage.RECRUIT__PHYSICAL_PASSED:
				return isPhysicalPassed();
			case MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON:
				return getPoliticalReviewOn();
			case MobilizationPackage.RECRUIT__POLITICAL_PASSED:
				return isPoliticalPassed();
			case MobilizationPackage.RECRUIT__SELECTED_ON:
				return getSelectedOn();
			case MobilizationPackage.RECRUIT__ENLISTED_ON:
				return getEnlistedOn();
			case MobilizationPackage.RECRUIT__RETURNED_ON:
				return getReturnedOn();
			case MobilizationPackage.RECRUIT__RETURN_REASON:
				return getReturnReason();
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
			case MobilizationPackage.RECRUIT__PERSON:
				setPerson((Person)newValue);
				return;
			case MobilizationPackage.RECRUIT__EDUCATION:
				setEducation((RecruitEducation)newValue);
				return;
			case MobilizationPackage.RECRUIT__STAGE:
				setStage((RecruitStage)newValue);
				return;
			case MobilizationPackage.RECRUIT__REGISTERED_ON:
				setRegisteredOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON:
				setPreliminaryCheckOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON:
				setPhysicalExamOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__PHYSICAL_PASSED:
				setPhysicalPassed((Boolean)newValue);
				return;
			case MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON:
				setPoliticalReviewOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__POLITICAL_PASSED:
				setPoliticalPassed((Boolean)newValue);
				return;
			case MobilizationPackage.RECRUIT__SELECTED_ON:
				setSelectedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__ENLISTED_ON:
				setEnlistedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__RETURNED_ON:
				setReturnedOn((LocalDate)newValue);
				return;
			case MobilizationPackage.RECRUIT__RETURN_REASON:
				setReturnReason((String)newValue);
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
			case MobilizationPackage.RECRUIT__PERSON:
				setPerson((Person)null);
				return;
			case MobilizationPackage.RECRUIT__EDUCATION:
				setEducation(EDUCATION_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__REGISTERED_ON:
				setRegisteredOn(REGISTERED_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON:
				setPreliminaryCheckOn(PRELIMINARY_CHECK_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON:
				setPhysicalExamOn(PHYSICAL_EXAM_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__PHYSICAL_PASSED:
				setPhysicalPassed(PHYSICAL_PASSED_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON:
				setPoliticalReviewOn(POLITICAL_REVIEW_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__POLITICAL_PASSED:
				setPoliticalPassed(POLITICAL_PASSED_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__SELECTED_ON:
				setSelectedOn(SELECTED_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__ENLISTED_ON:
				setEnlistedOn(ENLISTED_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__RETURNED_ON:
				setReturnedOn(RETURNED_ON_EDEFAULT);
				return;
			case MobilizationPackage.RECRUIT__RETURN_REASON:
				setReturnReason(RETURN_REASON_EDEFAULT);
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
			case MobilizationPackage.RECRUIT__PERSON:
				return person != null;
			case MobilizationPackage.RECRUIT__EDUCATION:
				return education != EDUCATION_EDEFAULT;
			case MobilizationPackage.RECRUIT__STAGE:
				return stage != STAGE_EDEFAULT;
			case MobilizationPackage.RECRUIT__REGISTERED_ON:
				return REGISTERED_ON_EDEFAULT == null ? registeredOn != null : !REGISTERED_ON_EDEFAULT.equals(registeredOn);
			case MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON:
				return PRELIMINARY_CHECK_ON_EDEFAULT == null ? preliminaryCheckOn != null : !PRELIMINARY_CHECK_ON_EDEFAULT.equals(preliminaryCheckOn);
			case MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON:
				return PHYSICAL_EXAM_ON_EDEFAULT == null ? physicalExamOn != null : !PHYSICAL_EXAM_ON_EDEFAULT.equals(physicalExamOn);
			case MobilizationPackage.RECRUIT__PHYSICAL_PASSED:
				return physicalPassed != PHYSICAL_PASSED_EDEFAULT;
			case MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON:
				return POLITICAL_REVIEW_ON_EDEFAULT == null ? politicalReviewOn != null : !POLITICAL_REVIEW_ON_EDEFAULT.equals(politicalReviewOn);
			case MobilizationPackage.RECRUIT__POLITICAL_PASSED:
				return politicalPassed != POLITICAL_PASSED_EDEFAULT;
			case MobilizationPackage.RECRUIT__SELECTED_ON:
				return SELECTED_ON_EDEFAULT == null ? selectedOn != null : !SELECTED_ON_EDEFAULT.equals(selectedOn);
			case MobilizationPackage.RECRUIT__ENLISTED_ON:
				return ENLISTED_ON_EDEFAULT == null ? enlistedOn != null : !ENLISTED_ON_EDEFAULT.equals(enlistedOn);
			case MobilizationPackage.RECRUIT__RETURNED_ON:
				return RETURNED_ON_EDEFAULT == null ? returnedOn != null : !RETURNED_ON_EDEFAULT.equals(returnedOn);
			case MobilizationPackage.RECRUIT__RETURN_REASON:
				return RETURN_REASON_EDEFAULT == null ? returnReason != null : !RETURN_REASON_EDEFAULT.equals(returnReason);
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
			case MobilizationPackage.RECRUIT___STAGES_IN_ORDER__DIAGNOSTICCHAIN_MAP:
				return stagesInOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case MobilizationPackage.RECRUIT___EDUCATION_CONSISTENT__DIAGNOSTICCHAIN_MAP:
				return educationConsistent((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (education: ");
		result.append(education);
		result.append(", stage: ");
		result.append(stage);
		result.append(", registeredOn: ");
		result.append(registeredOn);
		result.append(", preliminaryCheckOn: ");
		result.append(preliminaryCheckOn);
		result.append(", physicalExamOn: ");
		result.append(physicalExamOn);
		result.append(", physicalPassed: ");
		result.append(physicalPassed);
		result.append(", politicalReviewOn: ");
		result.append(politicalReviewOn);
		result.append(", politicalPassed: ");
		result.append(politicalPassed);
		result.append(", selectedOn: ");
		result.append(selectedOn);
		result.append(", enlistedOn: ");
		result.append(enlistedOn);
		result.append(", returnedOn: ");
		result.append(returnedOn);
		result.append(", returnReason: ");
		result.append(returnReason);
		result.append(')');
		return result.toString();
	}

} //RecruitImpl
