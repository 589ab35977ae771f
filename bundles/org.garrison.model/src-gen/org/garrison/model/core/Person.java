/**
 */
package org.garrison.model.core;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.core.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getIdentityNumber <em>Identity Number</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getSex <em>Sex</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getEthnicity <em>Ethnicity</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getHouseholdRegistration <em>Household Registration</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getPoliticalStatus <em>Political Status</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getEducation <em>Education</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getCivilianSpecialty <em>Civilian Specialty</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getAddress <em>Address</em>}</li>
 *   <li>{@link org.garrison.model.core.Person#getOrgUnit <em>Org Unit</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.core.CorePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Number</em>' attribute.
	 * @see #setIdentityNumber(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_IdentityNumber()
	 * @model required="true"
	 * @generated
	 */
	String getIdentityNumber();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getIdentityNumber <em>Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Number</em>' attribute.
	 * @see #getIdentityNumber()
	 * @generated
	 */
	void setIdentityNumber(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.garrison.model.core.Sex
	 * @see org.garrison.model.core.CorePackage#getPerson_Sex()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.PersonDerived.sex(this);'"
	 * @generated
	 */
	Sex getSex();

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see org.garrison.model.core.CorePackage#getPerson_BirthDate()
	 * @model dataType="org.garrison.model.core.LocalDate" transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.PersonDerived.birthDate(this);'"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Returns the value of the '<em><b>Ethnicity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ethnicity</em>' attribute.
	 * @see #setEthnicity(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_Ethnicity()
	 * @model
	 * @generated
	 */
	String getEthnicity();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getEthnicity <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ethnicity</em>' attribute.
	 * @see #getEthnicity()
	 * @generated
	 */
	void setEthnicity(String value);

	/**
	 * Returns the value of the '<em><b>Household Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household Registration</em>' attribute.
	 * @see #setHouseholdRegistration(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_HouseholdRegistration()
	 * @model
	 * @generated
	 */
	String getHouseholdRegistration();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getHouseholdRegistration <em>Household Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household Registration</em>' attribute.
	 * @see #getHouseholdRegistration()
	 * @generated
	 */
	void setHouseholdRegistration(String value);

	/**
	 * Returns the value of the '<em><b>Political Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.PoliticalStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Political Status</em>' attribute.
	 * @see org.garrison.model.core.PoliticalStatus
	 * @see #setPoliticalStatus(PoliticalStatus)
	 * @see org.garrison.model.core.CorePackage#getPerson_PoliticalStatus()
	 * @model
	 * @generated
	 */
	PoliticalStatus getPoliticalStatus();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getPoliticalStatus <em>Political Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Political Status</em>' attribute.
	 * @see org.garrison.model.core.PoliticalStatus
	 * @see #getPoliticalStatus()
	 * @generated
	 */
	void setPoliticalStatus(PoliticalStatus value);

	/**
	 * Returns the value of the '<em><b>Education</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.Education}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Education</em>' attribute.
	 * @see org.garrison.model.core.Education
	 * @see #setEducation(Education)
	 * @see org.garrison.model.core.CorePackage#getPerson_Education()
	 * @model
	 * @generated
	 */
	Education getEducation();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getEducation <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Education</em>' attribute.
	 * @see org.garrison.model.core.Education
	 * @see #getEducation()
	 * @generated
	 */
	void setEducation(Education value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' attribute.
	 * @see #setEmployer(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_Employer()
	 * @model
	 * @generated
	 */
	String getEmployer();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getEmployer <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' attribute.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(String value);

	/**
	 * Returns the value of the '<em><b>Civilian Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Civilian Specialty</em>' attribute.
	 * @see #setCivilianSpecialty(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_CivilianSpecialty()
	 * @model
	 * @generated
	 */
	String getCivilianSpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getCivilianSpecialty <em>Civilian Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Civilian Specialty</em>' attribute.
	 * @see #getCivilianSpecialty()
	 * @generated
	 */
	void setCivilianSpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.garrison.model.core.CorePackage#getPerson_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.core.CorePackage#getPerson_OrgUnit()
	 * @model
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Person#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model dateDataType="org.garrison.model.core.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.PersonDerived.ageOn(this, date);'"
	 * @generated
	 */
	int ageOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.CoreConstraints.identityNumberValid(this, diagnostics, context);'"
	 * @generated
	 */
	boolean identityNumberValid(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Person
