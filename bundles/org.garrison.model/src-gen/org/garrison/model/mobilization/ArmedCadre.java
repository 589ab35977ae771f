/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Armed Cadre</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getPerson <em>Person</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getStage <em>Stage</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getNominatedOn <em>Nominated On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getAppointedOn <em>Appointed On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getDutyFiledOn <em>Duty Filed On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getLeftOn <em>Left On</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ArmedCadre#getMeetingAttendanceRate <em>Meeting Attendance Rate</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre()
 * @model
 * @generated
 */
public interface ArmedCadre extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_OrgUnit()
	 * @model required="true"
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.CadreStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.garrison.model.mobilization.CadreStage
	 * @see #setStage(CadreStage)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_Stage()
	 * @model required="true"
	 * @generated
	 */
	CadreStage getStage();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.garrison.model.mobilization.CadreStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(CadreStage value);

	/**
	 * Returns the value of the '<em><b>Nominated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nominated On</em>' attribute.
	 * @see #setNominatedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_NominatedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getNominatedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getNominatedOn <em>Nominated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominated On</em>' attribute.
	 * @see #getNominatedOn()
	 * @generated
	 */
	void setNominatedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Appointed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appointed On</em>' attribute.
	 * @see #setAppointedOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_AppointedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getAppointedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getAppointedOn <em>Appointed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appointed On</em>' attribute.
	 * @see #getAppointedOn()
	 * @generated
	 */
	void setAppointedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duty Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duty Filed On</em>' attribute.
	 * @see #setDutyFiledOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_DutyFiledOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDutyFiledOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getDutyFiledOn <em>Duty Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duty Filed On</em>' attribute.
	 * @see #getDutyFiledOn()
	 * @generated
	 */
	void setDutyFiledOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Left On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left On</em>' attribute.
	 * @see #setLeftOn(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_LeftOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getLeftOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ArmedCadre#getLeftOn <em>Left On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left On</em>' attribute.
	 * @see #getLeftOn()
	 * @generated
	 */
	void setLeftOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.CadreMeeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_Meetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<CadreMeeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Meeting Attendance Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Attendance Rate</em>' attribute.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getArmedCadre_MeetingAttendanceRate()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.MobilizationDerived.meetingAttendanceRate(this);'"
	 * @generated
	 */
	double getMeetingAttendanceRate();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.stageDatesInOrder(this, diagnostics, context);'"
	 * @generated
	 */
	boolean stageDatesInOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.meetingsAfterAppointment(this, diagnostics, context);'"
	 * @generated
	 */
	boolean meetingsAfterAppointment(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ArmedCadre
