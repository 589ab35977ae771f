/**
 */
package org.garrison.model.training;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competition Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.CompetitionEntry#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.garrison.model.training.CompetitionEntry#getEvent <em>Event</em>}</li>
 *   <li>{@link org.garrison.model.training.CompetitionEntry#getPlacing <em>Placing</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getCompetitionEntry()
 * @model
 * @generated
 */
public interface CompetitionEntry extends EObject
{
	/**
	 * Returns the value of the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' reference.
	 * @see #setParticipant(Person)
	 * @see org.garrison.model.training.TrainingPackage#getCompetitionEntry_Participant()
	 * @model required="true"
	 * @generated
	 */
	Person getParticipant();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.CompetitionEntry#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(Person value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(String)
	 * @see org.garrison.model.training.TrainingPackage#getCompetitionEntry_Event()
	 * @model required="true"
	 * @generated
	 */
	String getEvent();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.CompetitionEntry#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(String value);

	/**
	 * Returns the value of the '<em><b>Placing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Placing</em>' attribute.
	 * @see #setPlacing(int)
	 * @see org.garrison.model.training.TrainingPackage#getCompetitionEntry_Placing()
	 * @model
	 * @generated
	 */
	int getPlacing();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.CompetitionEntry#getPlacing <em>Placing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placing</em>' attribute.
	 * @see #getPlacing()
	 * @generated
	 */
	void setPlacing(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.placingNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean placingNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CompetitionEntry
