/**
 */
package org.garrison.model.training.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instructor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#getCertifiedOn <em>Certified On</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#isCanExplain <em>Can Explain</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#isCanDemonstrate <em>Can Demonstrate</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#isCanTeach <em>Can Teach</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#isCanDoPoliticalWork <em>Can Do Political Work</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorImpl#isFourAbilities <em>Four Abilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstructorImpl extends RecordImpl implements Instructor
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
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final InstructorLevel LEVEL_EDEFAULT = InstructorLevel.DISTRICT;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected InstructorLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertifiedOn() <em>Certified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CERTIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertifiedOn() <em>Certified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate certifiedOn = CERTIFIED_ON_EDEFAULT;

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
	 * The default value of the '{@link #isCanExplain() <em>Can Explain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanExplain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAN_EXPLAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanExplain() <em>Can Explain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanExplain()
	 * @generated
	 * @ordered
	 */
	protected boolean canExplain = CAN_EXPLAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isCanDemonstrate() <em>Can Demonstrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanDemonstrate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAN_DEMONSTRATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanDemonstrate() <em>Can Demonstrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanDemonstrate()
	 * @generated
	 * @ordered
	 */
	protected boolean canDemonstrate = CAN_DEMONSTRATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCanTeach() <em>Can Teach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanTeach()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAN_TEACH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanTeach() <em>Can Teach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanTeach()
	 * @generated
	 * @ordered
	 */
	protected boolean canTeach = CAN_TEACH_EDEFAULT;

	/**
	 * The default value of the '{@link #isCanDoPoliticalWork() <em>Can Do Political Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanDoPoliticalWork()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAN_DO_POLITICAL_WORK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanDoPoliticalWork() <em>Can Do Political Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanDoPoliticalWork()
	 * @generated
	 * @ordered
	 */
	protected boolean canDoPoliticalWork = CAN_DO_POLITICAL_WORK_EDEFAULT;

	/**
	 * The default value of the '{@link #isFourAbilities() <em>Four Abilities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourAbilities()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOUR_ABILITIES_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstructorImpl()
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
		return TrainingPackage.Literals.INSTRUCTOR;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.INSTRUCTOR__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstructorLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(InstructorLevel newLevel)
	{
		InstructorLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCertifiedOn()
	{
		return certifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertifiedOn(LocalDate newCertifiedOn)
	{
		LocalDate oldCertifiedOn = certifiedOn;
		certifiedOn = newCertifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__CERTIFIED_ON, oldCertifiedOn, certifiedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__SPECIALTY, oldSpecialty, specialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanExplain()
	{
		return canExplain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanExplain(boolean newCanExplain)
	{
		boolean oldCanExplain = canExplain;
		canExplain = newCanExplain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__CAN_EXPLAIN, oldCanExplain, canExplain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanDemonstrate()
	{
		return canDemonstrate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanDemonstrate(boolean newCanDemonstrate)
	{
		boolean oldCanDemonstrate = canDemonstrate;
		canDemonstrate = newCanDemonstrate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__CAN_DEMONSTRATE, oldCanDemonstrate, canDemonstrate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanTeach()
	{
		return canTeach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanTeach(boolean newCanTeach)
	{
		boolean oldCanTeach = canTeach;
		canTeach = newCanTeach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__CAN_TEACH, oldCanTeach, canTeach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanDoPoliticalWork()
	{
		return canDoPoliticalWork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanDoPoliticalWork(boolean newCanDoPoliticalWork)
	{
		boolean oldCanDoPoliticalWork = canDoPoliticalWork;
		canDoPoliticalWork = newCanDoPoliticalWork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR__CAN_DO_POLITICAL_WORK, oldCanDoPoliticalWork, canDoPoliticalWork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFourAbilities()
	{
		return isCanExplain() && isCanDemonstrate() && isCanTeach() && isCanDoPoliticalWork();
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
			case TrainingPackage.INSTRUCTOR__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case TrainingPackage.INSTRUCTOR__LEVEL:
				return getLevel();
			case TrainingPackage.INSTRUCTOR__CERTIFIED_ON:
				return getCertifiedOn();
			case TrainingPackage.INSTRUCTOR__SPECIALTY:
				return getSpecialty();
			case TrainingPackage.INSTRUCTOR__CAN_EXPLAIN:
				return isCanExplain();
			case TrainingPackage.INSTRUCTOR__CAN_DEMONSTRATE:
				return isCanDemonstrate();
			case TrainingPackage.INSTRUCTOR__CAN_TEACH:
				return isCanTeach();
			case TrainingPackage.INSTRUCTOR__CAN_DO_POLITICAL_WORK:
				return isCanDoPoliticalWork();
			case TrainingPackage.INSTRUCTOR__FOUR_ABILITIES:
				return isFourAbilities();
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
			case TrainingPackage.INSTRUCTOR__PERSON:
				setPerson((Person)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__LEVEL:
				setLevel((InstructorLevel)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__CERTIFIED_ON:
				setCertifiedOn((LocalDate)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__SPECIALTY:
				setSpecialty((String)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_EXPLAIN:
				setCanExplain((Boolean)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_DEMONSTRATE:
				setCanDemonstrate((Boolean)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_TEACH:
				setCanTeach((Boolean)newValue);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_DO_POLITICAL_WORK:
				setCanDoPoliticalWork((Boolean)newValue);
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
			case TrainingPackage.INSTRUCTOR__PERSON:
				setPerson((Person)null);
				return;
			case TrainingPackage.INSTRUCTOR__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__CERTIFIED_ON:
				setCertifiedOn(CERTIFIED_ON_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__SPECIALTY:
				setSpecialty(SPECIALTY_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_EXPLAIN:
				setCanExplain(CAN_EXPLAIN_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_DEMONSTRATE:
				setCanDemonstrate(CAN_DEMONSTRATE_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_TEACH:
				setCanTeach(CAN_TEACH_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR__CAN_DO_POLITICAL_WORK:
				setCanDoPoliticalWork(CAN_DO_POLITICAL_WORK_EDEFAULT);
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
			case TrainingPackage.INSTRUCTOR__PERSON:
				return person != null;
			case TrainingPackage.INSTRUCTOR__LEVEL:
				return level != LEVEL_EDEFAULT;
			case TrainingPackage.INSTRUCTOR__CERTIFIED_ON:
				return CERTIFIED_ON_EDEFAULT == null ? certifiedOn != null : !CERTIFIED_ON_EDEFAULT.equals(certifiedOn);
			case TrainingPackage.INSTRUCTOR__SPECIALTY:
				return SPECIALTY_EDEFAULT == null ? specialty != null : !SPECIALTY_EDEFAULT.equals(specialty);
			case TrainingPackage.INSTRUCTOR__CAN_EXPLAIN:
				return canExplain != CAN_EXPLAIN_EDEFAULT;
			case TrainingPackage.INSTRUCTOR__CAN_DEMONSTRATE:
				return canDemonstrate != CAN_DEMONSTRATE_EDEFAULT;
			case TrainingPackage.INSTRUCTOR__CAN_TEACH:
				return canTeach != CAN_TEACH_EDEFAULT;
			case TrainingPackage.INSTRUCTOR__CAN_DO_POLITICAL_WORK:
				return canDoPoliticalWork != CAN_DO_POLITICAL_WORK_EDEFAULT;
			case TrainingPackage.INSTRUCTOR__FOUR_ABILITIES:
				return isFourAbilities() != FOUR_ABILITIES_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", certifiedOn: ");
		result.append(certifiedOn);
		result.append(", specialty: ");
		result.append(specialty);
		result.append(", canExplain: ");
		result.append(canExplain);
		result.append(", canDemonstrate: ");
		result.append(canDemonstrate);
		result.append(", canTeach: ");
		result.append(canTeach);
		result.append(", canDoPoliticalWork: ");
		result.append(canDoPoliticalWork);
		result.append(')');
		return result.toString();
	}

} //InstructorImpl
