/**
 */
package org.garrison.model.training;

import java.time.LocalDate;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instructor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.Instructor#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#getCertifiedOn <em>Certified On</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#isCanExplain <em>Can Explain</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#isCanDemonstrate <em>Can Demonstrate</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#isCanTeach <em>Can Teach</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#isCanDoPoliticalWork <em>Can Do Political Work</em>}</li>
 *   <li>{@link org.garrison.model.training.Instructor#isFourAbilities <em>Four Abilities</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getInstructor()
 * @model
 * @generated
 */
public interface Instructor extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.InstructorLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.InstructorLevel
	 * @see #setLevel(InstructorLevel)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_Level()
	 * @model required="true"
	 * @generated
	 */
	InstructorLevel getLevel();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.InstructorLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(InstructorLevel value);

	/**
	 * Returns the value of the '<em><b>Certified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certified On</em>' attribute.
	 * @see #setCertifiedOn(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_CertifiedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getCertifiedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#getCertifiedOn <em>Certified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certified On</em>' attribute.
	 * @see #getCertifiedOn()
	 * @generated
	 */
	void setCertifiedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialty</em>' attribute.
	 * @see #setSpecialty(String)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_Specialty()
	 * @model
	 * @generated
	 */
	String getSpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#getSpecialty <em>Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialty</em>' attribute.
	 * @see #getSpecialty()
	 * @generated
	 */
	void setSpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Can Explain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Can Explain</em>' attribute.
	 * @see #setCanExplain(boolean)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_CanExplain()
	 * @model
	 * @generated
	 */
	boolean isCanExplain();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#isCanExplain <em>Can Explain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Explain</em>' attribute.
	 * @see #isCanExplain()
	 * @generated
	 */
	void setCanExplain(boolean value);

	/**
	 * Returns the value of the '<em><b>Can Demonstrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Can Demonstrate</em>' attribute.
	 * @see #setCanDemonstrate(boolean)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_CanDemonstrate()
	 * @model
	 * @generated
	 */
	boolean isCanDemonstrate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#isCanDemonstrate <em>Can Demonstrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Demonstrate</em>' attribute.
	 * @see #isCanDemonstrate()
	 * @generated
	 */
	void setCanDemonstrate(boolean value);

	/**
	 * Returns the value of the '<em><b>Can Teach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Can Teach</em>' attribute.
	 * @see #setCanTeach(boolean)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_CanTeach()
	 * @model
	 * @generated
	 */
	boolean isCanTeach();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#isCanTeach <em>Can Teach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Teach</em>' attribute.
	 * @see #isCanTeach()
	 * @generated
	 */
	void setCanTeach(boolean value);

	/**
	 * Returns the value of the '<em><b>Can Do Political Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Can Do Political Work</em>' attribute.
	 * @see #setCanDoPoliticalWork(boolean)
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_CanDoPoliticalWork()
	 * @model
	 * @generated
	 */
	boolean isCanDoPoliticalWork();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Instructor#isCanDoPoliticalWork <em>Can Do Political Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Do Political Work</em>' attribute.
	 * @see #isCanDoPoliticalWork()
	 * @generated
	 */
	void setCanDoPoliticalWork(boolean value);

	/**
	 * Returns the value of the '<em><b>Four Abilities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Four Abilities</em>' attribute.
	 * @see org.garrison.model.training.TrainingPackage#getInstructor_FourAbilities()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return isCanExplain() &amp;&amp; isCanDemonstrate() &amp;&amp; isCanTeach() &amp;&amp; isCanDoPoliticalWork();'"
	 * @generated
	 */
	boolean isFourAbilities();

} // Instructor
