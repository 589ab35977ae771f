/**
 */
package org.garrison.model.training;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.Competition#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.Competition#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.training.Competition#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.training.Competition#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.training.Competition#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getCompetition()
 * @model
 * @generated
 */
public interface Competition extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.training.TrainingPackage#getCompetition_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Competition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.CompetitionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.CompetitionLevel
	 * @see #setLevel(CompetitionLevel)
	 * @see org.garrison.model.training.TrainingPackage#getCompetition_Level()
	 * @model required="true"
	 * @generated
	 */
	CompetitionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Competition#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.training.CompetitionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(CompetitionLevel value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getCompetition_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Competition#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.garrison.model.training.TrainingPackage#getCompetition_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.Competition#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.training.CompetitionEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.garrison.model.training.TrainingPackage#getCompetition_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompetitionEntry> getEntries();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.entrantsEligible(this, diagnostics, context);'"
	 * @generated
	 */
	boolean entrantsEligible(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Competition
