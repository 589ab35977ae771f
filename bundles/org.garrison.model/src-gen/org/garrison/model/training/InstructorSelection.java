/**
 */
package org.garrison.model.training;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instructor Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.InstructorSelection#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.training.InstructorSelection#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.training.InstructorSelection#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.garrison.model.training.InstructorSelection#getSelected <em>Selected</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getInstructorSelection()
 * @model
 * @generated
 */
public interface InstructorSelection extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getInstructorSelection_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.InstructorSelection#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.InstructorLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.InstructorLevel
	 * @see #setLevel(InstructorLevel)
	 * @see org.garrison.model.training.TrainingPackage#getInstructorSelection_Level()
	 * @model required="true"
	 * @generated
	 */
	InstructorLevel getLevel();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.InstructorSelection#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.InstructorLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(InstructorLevel value);

	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Candidates</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getInstructorSelection_Candidates()
	 * @model
	 * @generated
	 */
	EList<Person> getCandidates();

	/**
	 * Returns the value of the '<em><b>Selected</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.training.Instructor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selected</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getInstructorSelection_Selected()
	 * @model
	 * @generated
	 */
	EList<Instructor> getSelected();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.selectedQualified(this, diagnostics, context);'"
	 * @generated
	 */
	boolean selectedQualified(DiagnosticChain diagnostics, Map<Object, Object> context);

} // InstructorSelection
