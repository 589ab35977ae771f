/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recruit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getEducation <em>Education</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getStage <em>Stage</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getRegisteredOn <em>Registered On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getPreliminaryCheckOn <em>Preliminary Check On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getPhysicalExamOn <em>Physical Exam On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#isPhysicalPassed <em>Physical Passed</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getPoliticalReviewOn <em>Political Review On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#isPoliticalPassed <em>Political Passed</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getSelectedOn <em>Selected On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getEnlistedOn <em>Enlisted On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getReturnedOn <em>Returned On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Recruit#getReturnReason <em>Return Reason</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit()
 * @model
 * @generated
 */
public interface Recruit extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Education</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.RecruitEducation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Education</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitEducation
	 * @see #setEducation(RecruitEducation)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_Education()
	 * @model required="true"
	 * @generated
	 */
	RecruitEducation getEducation();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getEducation <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Education</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitEducation
	 * @see #getEducation()
	 * @generated
	 */
	void setEducation(RecruitEducation value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.RecruitStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitStage
	 * @see #setStage(RecruitStage)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_Stage()
	 * @model required="true"
	 * @generated
	 */
	RecruitStage getStage();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(RecruitStage value);

	/**
	 * Returns the value of the '<em><b>Registered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registered On</em>' attribute.
	 * @see #setRegisteredOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_RegisteredOn()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getRegisteredOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getRegisteredOn <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered On</em>' attribute.
	 * @see #getRegisteredOn()
	 * @generated
	 */
	void setRegisteredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Preliminary Check On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preliminary Check On</em>' attribute.
	 * @see #setPreliminaryCheckOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_PreliminaryCheckOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPreliminaryCheckOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getPreliminaryCheckOn <em>Preliminary Check On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preliminary Check On</em>' attribute.
	 * @see #getPreliminaryCheckOn()
	 * @generated
	 */
	void setPreliminaryCheckOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Physical Exam On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Exam On</em>' attribute.
	 * @see #setPhysicalExamOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_PhysicalExamOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPhysicalExamOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getPhysicalExamOn <em>Physical Exam On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Exam On</em>' attribute.
	 * @see #getPhysicalExamOn()
	 * @generated
	 */
	void setPhysicalExamOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Physical Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Passed</em>' attribute.
	 * @see #setPhysicalPassed(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_PhysicalPassed()
	 * @model
	 * @generated
	 */
	boolean isPhysicalPassed();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#isPhysicalPassed <em>Physical Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Passed</em>' attribute.
	 * @see #isPhysicalPassed()
	 * @generated
	 */
	void setPhysicalPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Political Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Political Review On</em>' attribute.
	 * @see #setPoliticalReviewOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_PoliticalReviewOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPoliticalReviewOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getPoliticalReviewOn <em>Political Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Political Review On</em>' attribute.
	 * @see #getPoliticalReviewOn()
	 * @generated
	 */
	void setPoliticalReviewOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Political Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Political Passed</em>' attribute.
	 * @see #setPoliticalPassed(boolean)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_PoliticalPassed()
	 * @model
	 * @generated
	 */
	boolean isPoliticalPassed();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#isPoliticalPassed <em>Political Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Political Passed</em>' attribute.
	 * @see #isPoliticalPassed()
	 * @generated
	 */
	void setPoliticalPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Selected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selected On</em>' attribute.
	 * @see #setSelectedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_SelectedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getSelectedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getSelectedOn <em>Selected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selected On</em>' attribute.
	 * @see #getSelectedOn()
	 * @generated
	 */
	void setSelectedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Enlisted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enlisted On</em>' attribute.
	 * @see #setEnlistedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_EnlistedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getEnlistedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getEnlistedOn <em>Enlisted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enlisted On</em>' attribute.
	 * @see #getEnlistedOn()
	 * @generated
	 */
	void setEnlistedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Returned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned On</em>' attribute.
	 * @see #setReturnedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_ReturnedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getReturnedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getReturnedOn <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned On</em>' attribute.
	 * @see #getReturnedOn()
	 * @generated
	 */
	void setReturnedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Return Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Return Reason</em>' attribute.
	 * @see #setReturnReason(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruit_ReturnReason()
	 * @model
	 * @generated
	 */
	String getReturnReason();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Recruit#getReturnReason <em>Return Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Reason</em>' attribute.
	 * @see #getReturnReason()
	 * @generated
	 */
	void setReturnReason(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.stagesInOrder(this, diagnostics, context);'"
	 * @generated
	 */
	boolean stagesInOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.educationConsistent(this, diagnostics, context);'"
	 * @generated
	 */
	boolean educationConsistent(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Recruit
