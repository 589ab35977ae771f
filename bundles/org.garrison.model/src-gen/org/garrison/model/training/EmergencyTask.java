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
 * A representation of the model object '<em><b>Emergency Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getMembersDispatched <em>Members Dispatched</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.garrison.model.training.EmergencyTask#getWork <em>Work</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask()
 * @model
 * @generated
 */
public interface EmergencyTask extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.training.EmergencyTaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.EmergencyTaskKind
	 * @see #setKind(EmergencyTaskKind)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_Kind()
	 * @model required="true"
	 * @generated
	 */
	EmergencyTaskKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.training.EmergencyTaskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EmergencyTaskKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_StartDate()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_EndDate()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Members Dispatched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members Dispatched</em>' attribute.
	 * @see #setMembersDispatched(int)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_MembersDispatched()
	 * @model
	 * @generated
	 */
	int getMembersDispatched();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getMembersDispatched <em>Members Dispatched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members Dispatched</em>' attribute.
	 * @see #getMembersDispatched()
	 * @generated
	 */
	void setMembersDispatched(int value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_Participants()
	 * @model
	 * @generated
	 */
	EList<Person> getParticipants();

	/**
	 * Returns the value of the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work</em>' attribute.
	 * @see #setWork(String)
	 * @see org.garrison.model.training.TrainingPackage#getEmergencyTask_Work()
	 * @model
	 * @generated
	 */
	String getWork();

	/**
	 * Sets the value of the '{@link org.garrison.model.training.EmergencyTask#getWork <em>Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work</em>' attribute.
	 * @see #getWork()
	 * @generated
	 */
	void setWork(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.datesInOrder(this, diagnostics, context);'"
	 * @generated
	 */
	boolean datesInOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.dispatchedNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean dispatchedNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.participantsEligible(this, diagnostics, context);'"
	 * @generated
	 */
	boolean participantsEligible(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.TrainingConstraints.dispatchedMatchesParticipants(this, diagnostics, context);'"
	 * @generated
	 */
	boolean dispatchedMatchesParticipants(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EmergencyTask
