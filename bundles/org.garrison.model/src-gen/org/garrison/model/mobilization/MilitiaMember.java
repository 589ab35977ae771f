/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Militia Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getCategory <em>Category</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getJoinDate <em>Join Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getLeaveDate <em>Leave Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getPosition <em>Position</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#isCadre <em>Cadre</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#isFullTime <em>Full Time</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getMilitarySpecialty <em>Military Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#isVeteran <em>Veteran</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getVeteranBranch <em>Veteran Branch</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getVeteranRank <em>Veteran Rank</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#getVeteranSpecialty <em>Veteran Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaMember#isTrained <em>Trained</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember()
 * @model
 * @generated
 */
public interface MilitiaMember extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.mobilization.MilitiaUnit#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' container reference.
	 * @see #setUnit(MilitiaUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Unit()
	 * @see org.garrison.model.mobilization.MilitiaUnit#getMembers
	 * @model opposite="members" transient="false"
	 * @generated
	 */
	MilitiaUnit getUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getUnit <em>Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' container reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(MilitiaUnit value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.MilitiaCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.mobilization.MilitiaCategory
	 * @see #setCategory(MilitiaCategory)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Category()
	 * @model required="true"
	 * @generated
	 */
	MilitiaCategory getCategory();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.garrison.model.mobilization.MilitiaCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(MilitiaCategory value);

	/**
	 * Returns the value of the '<em><b>Join Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Join Date</em>' attribute.
	 * @see #setJoinDate(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_JoinDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getJoinDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getJoinDate <em>Join Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Join Date</em>' attribute.
	 * @see #getJoinDate()
	 * @generated
	 */
	void setJoinDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Leave Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leave Date</em>' attribute.
	 * @see #setLeaveDate(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_LeaveDate()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getLeaveDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getLeaveDate <em>Leave Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leave Date</em>' attribute.
	 * @see #getLeaveDate()
	 * @generated
	 */
	void setLeaveDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Cadre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cadre</em>' attribute.
	 * @see #setCadre(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Cadre()
	 * @model
	 * @generated
	 */
	boolean isCadre();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#isCadre <em>Cadre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadre</em>' attribute.
	 * @see #isCadre()
	 * @generated
	 */
	void setCadre(boolean value);

	/**
	 * Returns the value of the '<em><b>Full Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Time</em>' attribute.
	 * @see #setFullTime(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_FullTime()
	 * @model
	 * @generated
	 */
	boolean isFullTime();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#isFullTime <em>Full Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Time</em>' attribute.
	 * @see #isFullTime()
	 * @generated
	 */
	void setFullTime(boolean value);

	/**
	 * Returns the value of the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialty</em>' attribute.
	 * @see #setSpecialty(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Specialty()
	 * @model
	 * @generated
	 */
	String getSpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getSpecialty <em>Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialty</em>' attribute.
	 * @see #getSpecialty()
	 * @generated
	 */
	void setSpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Military Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Military Specialty</em>' attribute.
	 * @see #setMilitarySpecialty(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_MilitarySpecialty()
	 * @model
	 * @generated
	 */
	String getMilitarySpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getMilitarySpecialty <em>Military Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Military Specialty</em>' attribute.
	 * @see #getMilitarySpecialty()
	 * @generated
	 */
	void setMilitarySpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Veteran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Veteran</em>' attribute.
	 * @see #setVeteran(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Veteran()
	 * @model
	 * @generated
	 */
	boolean isVeteran();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#isVeteran <em>Veteran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veteran</em>' attribute.
	 * @see #isVeteran()
	 * @generated
	 */
	void setVeteran(boolean value);

	/**
	 * Returns the value of the '<em><b>Veteran Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Veteran Branch</em>' attribute.
	 * @see #setVeteranBranch(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_VeteranBranch()
	 * @model
	 * @generated
	 */
	String getVeteranBranch();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranBranch <em>Veteran Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veteran Branch</em>' attribute.
	 * @see #getVeteranBranch()
	 * @generated
	 */
	void setVeteranBranch(String value);

	/**
	 * Returns the value of the '<em><b>Veteran Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Veteran Rank</em>' attribute.
	 * @see #setVeteranRank(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_VeteranRank()
	 * @model
	 * @generated
	 */
	String getVeteranRank();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranRank <em>Veteran Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veteran Rank</em>' attribute.
	 * @see #getVeteranRank()
	 * @generated
	 */
	void setVeteranRank(String value);

	/**
	 * Returns the value of the '<em><b>Veteran Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Veteran Specialty</em>' attribute.
	 * @see #setVeteranSpecialty(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_VeteranSpecialty()
	 * @model
	 * @generated
	 */
	String getVeteranSpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#getVeteranSpecialty <em>Veteran Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veteran Specialty</em>' attribute.
	 * @see #getVeteranSpecialty()
	 * @generated
	 */
	void setVeteranSpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Trained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trained</em>' attribute.
	 * @see #setTrained(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaMember_Trained()
	 * @model
	 * @generated
	 */
	boolean isTrained();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaMember#isTrained <em>Trained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trained</em>' attribute.
	 * @see #isTrained()
	 * @generated
	 */
	void setTrained(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model dateDataType="org.garrison.model.core.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return !getJoinDate().isAfter(date) &amp;&amp; (getLeaveDate() == null || getLeaveDate().isAfter(date));'"
	 * @generated
	 */
	boolean activeOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.ageWithinLimits(this, diagnostics, context);'"
	 * @generated
	 */
	boolean ageWithinLimits(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.leaveAfterJoin(this, diagnostics, context);'"
	 * @generated
	 */
	boolean leaveAfterJoin(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MilitiaMember
