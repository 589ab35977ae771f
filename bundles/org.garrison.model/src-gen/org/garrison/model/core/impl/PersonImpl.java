/**
 */
package org.garrison.model.core.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Education;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
import org.garrison.model.core.PoliticalStatus;
import org.garrison.model.core.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getIdentityNumber <em>Identity Number</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getEthnicity <em>Ethnicity</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getHouseholdRegistration <em>Household Registration</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getPoliticalStatus <em>Political Status</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getEducation <em>Education</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getCivilianSpecialty <em>Civilian Specialty</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.garrison.model.core.impl.PersonImpl#getOrgUnit <em>Org Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends RecordImpl implements Person
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
	 * The default value of the '{@link #getIdentityNumber() <em>Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTITY_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentityNumber() <em>Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected String identityNumber = IDENTITY_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.MALE;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getEthnicity() <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEthnicity()
	 * @generated
	 * @ordered
	 */
	protected static final String ETHNICITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEthnicity() <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEthnicity()
	 * @generated
	 * @ordered
	 */
	protected String ethnicity = ETHNICITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHouseholdRegistration() <em>Household Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdRegistration()
	 * @generated
	 * @ordered
	 */
	protected static final String HOUSEHOLD_REGISTRATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHouseholdRegistration() <em>Household Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdRegistration()
	 * @generated
	 * @ordered
	 */
	protected String householdRegistration = HOUSEHOLD_REGISTRATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoliticalStatus() <em>Political Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoliticalStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PoliticalStatus POLITICAL_STATUS_EDEFAULT = PoliticalStatus.CPC_MEMBER;

	/**
	 * The cached value of the '{@link #getPoliticalStatus() <em>Political Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoliticalStatus()
	 * @generated
	 * @ordered
	 */
	protected PoliticalStatus politicalStatus = POLITICAL_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected static final Education EDUCATION_EDEFAULT = Education.PRIMARY;

	/**
	 * The cached value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected Education education = EDUCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected String employer = EMPLOYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCivilianSpecialty() <em>Civilian Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCivilianSpecialty()
	 * @generated
	 * @ordered
	 */
	protected static final String CIVILIAN_SPECIALTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCivilianSpecialty() <em>Civilian Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCivilianSpecialty()
	 * @generated
	 * @ordered
	 */
	protected String civilianSpecialty = CIVILIAN_SPECIALTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrgUnit() <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit orgUnit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl()
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
		return CorePackage.Literals.PERSON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentityNumber()
	{
		return identityNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityNumber(String newIdentityNumber)
	{
		String oldIdentityNumber = identityNumber;
		identityNumber = newIdentityNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__IDENTITY_NUMBER, oldIdentityNumber, identityNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex()
	{
		return org.garrison.internal.model.derived.PersonDerived.sex(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate()
	{
		return org.garrison.internal.model.derived.PersonDerived.birthDate(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEthnicity()
	{
		return ethnicity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEthnicity(String newEthnicity)
	{
		String oldEthnicity = ethnicity;
		ethnicity = newEthnicity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__ETHNICITY, oldEthnicity, ethnicity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHouseholdRegistration()
	{
		return householdRegistration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHouseholdRegistration(String newHouseholdRegistration)
	{
		String oldHouseholdRegistration = householdRegistration;
		householdRegistration = newHouseholdRegistration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__HOUSEHOLD_REGISTRATION, oldHouseholdRegistration, householdRegistration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoliticalStatus getPoliticalStatus()
	{
		return politicalStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoliticalStatus(PoliticalStatus newPoliticalStatus)
	{
		PoliticalStatus oldPoliticalStatus = politicalStatus;
		politicalStatus = newPoliticalStatus == null ? POLITICAL_STATUS_EDEFAULT : newPoliticalStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__POLITICAL_STATUS, oldPoliticalStatus, politicalStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Education getEducation()
	{
		return education;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEducation(Education newEducation)
	{
		Education oldEducation = education;
		education = newEducation == null ? EDUCATION_EDEFAULT : newEducation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__EDUCATION, oldEducation, education));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmployer()
	{
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(String newEmployer)
	{
		String oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCivilianSpecialty()
	{
		return civilianSpecialty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCivilianSpecialty(String newCivilianSpecialty)
	{
		String oldCivilianSpecialty = civilianSpecialty;
		civilianSpecialty = newCivilianSpecialty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__CIVILIAN_SPECIALTY, oldCivilianSpecialty, civilianSpecialty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone()
	{
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone)
	{
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress()
	{
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress)
	{
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getOrgUnit()
	{
		if (orgUnit != null && orgUnit.eIsProxy())
		{
			InternalEObject oldOrgUnit = (InternalEObject)orgUnit;
			orgUnit = (OrgUnit)eResolveProxy(oldOrgUnit);
			if (orgUnit != oldOrgUnit)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.PERSON__ORG_UNIT, oldOrgUnit, orgUnit));
			}
		}
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrgUnit basicGetOrgUnit()
	{
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgUnit(OrgUnit newOrgUnit)
	{
		OrgUnit oldOrgUnit = orgUnit;
		orgUnit = newOrgUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int ageOn(final LocalDate date)
	{
		return org.garrison.internal.model.derived.PersonDerived.ageOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean identityNumberValid(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.CoreConstraints.identityNumberValid(this, diagnostics, context);
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
			case CorePackage.PERSON__NAME:
				return getName();
			case CorePackage.PERSON__IDENTITY_NUMBER:
				return getIdentityNumber();
			case CorePackage.PERSON__SEX:
				return getSex();
			case CorePackage.PERSON__BIRTH_DATE:
				return getBirthDate();
			case CorePackage.PERSON__ETHNICITY:
				return getEthnicity();
			case CorePackage.PERSON__HOUSEHOLD_REGISTRATION:
				return getHouseholdRegistration();
			case CorePackage.PERSON__POLITICAL_STATUS:
				return getPoliticalStatus();
			case CorePackage.PERSON__EDUCATION:
				return getEducation();
			case CorePackage.PERSON__EMPLOYER:
				return getEmployer();
			case CorePackage.PERSON__CIVILIAN_SPECIALTY:
				return getCivilianSpecialty();
			case CorePackage.PERSON__PHONE:
				return getPhone();
			case CorePackage.PERSON__ADDRESS:
				return getAddress();
			case CorePackage.PERSON__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
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
			case CorePackage.PERSON__NAME:
				setName((String)newValue);
				return;
			case CorePackage.PERSON__IDENTITY_NUMBER:
				setIdentityNumber((String)newValue);
				return;
			case CorePackage.PERSON__ETHNICITY:
				setEthnicity((String)newValue);
				return;
			case CorePackage.PERSON__HOUSEHOLD_REGISTRATION:
				setHouseholdRegistration((String)newValue);
				return;
			case CorePackage.PERSON__POLITICAL_STATUS:
				setPoliticalStatus((PoliticalStatus)newValue);
				return;
			case CorePackage.PERSON__EDUCATION:
				setEducation((Education)newValue);
				return;
			case CorePackage.PERSON__EMPLOYER:
				setEmployer((String)newValue);
				return;
			case CorePackage.PERSON__CIVILIAN_SPECIALTY:
				setCivilianSpecialty((String)newValue);
				return;
			case CorePackage.PERSON__PHONE:
				setPhone((String)newValue);
				return;
			case CorePackage.PERSON__ADDRESS:
				setAddress((String)newValue);
				return;
			case CorePackage.PERSON__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
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
			case CorePackage.PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorePackage.PERSON__IDENTITY_NUMBER:
				setIdentityNumber(IDENTITY_NUMBER_EDEFAULT);
				return;
			case CorePackage.PERSON__ETHNICITY:
				setEthnicity(ETHNICITY_EDEFAULT);
				return;
			case CorePackage.PERSON__HOUSEHOLD_REGISTRATION:
				setHouseholdRegistration(HOUSEHOLD_REGISTRATION_EDEFAULT);
				return;
			case CorePackage.PERSON__POLITICAL_STATUS:
				setPoliticalStatus(POLITICAL_STATUS_EDEFAULT);
				return;
			case CorePackage.PERSON__EDUCATION:
				setEducation(EDUCATION_EDEFAULT);
				return;
			case CorePackage.PERSON__EMPLOYER:
				setEmployer(EMPLOYER_EDEFAULT);
				return;
			case CorePackage.PERSON__CIVILIAN_SPECIALTY:
				setCivilianSpecialty(CIVILIAN_SPECIALTY_EDEFAULT);
				return;
			case CorePackage.PERSON__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case CorePackage.PERSON__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case CorePackage.PERSON__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
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
			case CorePackage.PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorePackage.PERSON__IDENTITY_NUMBER:
				return IDENTITY_NUMBER_EDEFAULT == null ? identityNumber != null : !IDENTITY_NUMBER_EDEFAULT.equals(identityNumber);
			case CorePackage.PERSON__SEX:
				return getSex() != SEX_EDEFAULT;
			case CorePackage.PERSON__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? getBirthDate() != null : !BIRTH_DATE_EDEFAULT.equals(getBirthDate());
			case CorePackage.PERSON__ETHNICITY:
				return ETHNICITY_EDEFAULT == null ? ethnicity != null : !ETHNICITY_EDEFAULT.equals(ethnicity);
			case CorePackage.PERSON__HOUSEHOLD_REGISTRATION:
				return HOUSEHOLD_REGISTRATION_EDEFAULT == null ? householdRegistration != null : !HOUSEHOLD_REGISTRATION_EDEFAULT.equals(householdRegistration);
			case CorePackage.PERSON__POLITICAL_STATUS:
				return politicalStatus != POLITICAL_STATUS_EDEFAULT;
			case CorePackage.PERSON__EDUCATION:
				return education != EDUCATION_EDEFAULT;
			case CorePackage.PERSON__EMPLOYER:
				return EMPLOYER_EDEFAULT == null ? employer != null : !EMPLOYER_EDEFAULT.equals(employer);
			case CorePackage.PERSON__CIVILIAN_SPECIALTY:
				return CIVILIAN_SPECIALTY_EDEFAULT == null ? civilianSpecialty != null : !CIVILIAN_SPECIALTY_EDEFAULT.equals(civilianSpecialty);
			case CorePackage.PERSON__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case CorePackage.PERSON__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case CorePackage.PERSON__ORG_UNIT:
				return orgUnit != null;
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
			case CorePackage.PERSON___AGE_ON__LOCALDATE:
				return ageOn((LocalDate)arguments.get(0));
			case CorePackage.PERSON___IDENTITY_NUMBER_VALID__DIAGNOSTICCHAIN_MAP:
				return identityNumberValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", identityNumber: ");
		result.append(identityNumber);
		result.append(", ethnicity: ");
		result.append(ethnicity);
		result.append(", householdRegistration: ");
		result.append(householdRegistration);
		result.append(", politicalStatus: ");
		result.append(politicalStatus);
		result.append(", education: ");
		result.append(education);
		result.append(", employer: ");
		result.append(employer);
		result.append(", civilianSpecialty: ");
		result.append(civilianSpecialty);
		result.append(", phone: ");
		result.append(phone);
		result.append(", address: ");
		result.append(address);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
