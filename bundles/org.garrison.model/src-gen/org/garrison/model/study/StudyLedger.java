/**
 */
package org.garrison.model.study;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.District;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.StudyLedger#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getRegimes <em>Regimes</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getReadingItems <em>Reading Items</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getReflections <em>Reflections</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getMakeUps <em>Make Ups</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyLedger#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getStudyLedger()
 * @model
 * @generated
 */
public interface StudyLedger extends EObject
{
	/**
	 * Returns the value of the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>District</em>' reference.
	 * @see #setDistrict(District)
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_District()
	 * @model required="true"
	 * @generated
	 */
	District getDistrict();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyLedger#getDistrict <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>District</em>' reference.
	 * @see #getDistrict()
	 * @generated
	 */
	void setDistrict(District value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.StudySession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudySession> getSessions();

	/**
	 * Returns the value of the '<em><b>Regimes</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.StudyRegime}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regimes</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_Regimes()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudyRegime> getRegimes();

	/**
	 * Returns the value of the '<em><b>Reading Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.ReadingItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reading Items</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_ReadingItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReadingItem> getReadingItems();

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.ReadingProgress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_Progress()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReadingProgress> getProgress();

	/**
	 * Returns the value of the '<em><b>Reflections</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.Reflection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reflections</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_Reflections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reflection> getReflections();

	/**
	 * Returns the value of the '<em><b>Make Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.MakeUpStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Make Ups</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_MakeUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<MakeUpStudy> getMakeUps();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.StudyGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyLedger_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudyGroup> getGroups();

} // StudyLedger
