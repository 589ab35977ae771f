/**
 */
package org.garrison.model.study;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.StudySession#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getKind <em>Kind</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getAbsentees <em>Absentees</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getHours <em>Hours</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getPlace <em>Place</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getRegime <em>Regime</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getReadingItem <em>Reading Item</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getChapters <em>Chapters</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getGroup <em>Group</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getAbsences <em>Absences</em>}</li>
 *   <li>{@link org.garrison.model.study.StudySession#getAttendanceCount <em>Attendance Count</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getStudySession()
 * @model
 * @generated
 */
public interface StudySession extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.StudyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.study.StudyKind
	 * @see #setKind(StudyKind)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Kind()
	 * @model required="true"
	 * @generated
	 */
	StudyKind getKind();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.garrison.model.study.StudyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StudyKind value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Topic()
	 * @model required="true"
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Presenter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Presenter</em>' reference.
	 * @see #setPresenter(Person)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Presenter()
	 * @model
	 * @generated
	 */
	Person getPresenter();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getPresenter <em>Presenter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presenter</em>' reference.
	 * @see #getPresenter()
	 * @generated
	 */
	void setPresenter(Person value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Attendees()
	 * @model
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Absentees</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Absentees</em>' reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Absentees()
	 * @model
	 * @generated
	 */
	EList<Person> getAbsentees();

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Regime</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regime</em>' reference.
	 * @see #setRegime(StudyRegime)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Regime()
	 * @model
	 * @generated
	 */
	StudyRegime getRegime();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getRegime <em>Regime</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regime</em>' reference.
	 * @see #getRegime()
	 * @generated
	 */
	void setRegime(StudyRegime value);

	/**
	 * Returns the value of the '<em><b>Reading Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reading Item</em>' reference.
	 * @see #setReadingItem(ReadingItem)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_ReadingItem()
	 * @model
	 * @generated
	 */
	ReadingItem getReadingItem();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getReadingItem <em>Reading Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reading Item</em>' reference.
	 * @see #getReadingItem()
	 * @generated
	 */
	void setReadingItem(ReadingItem value);

	/**
	 * Returns the value of the '<em><b>Chapters</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.study.Chapter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapters</em>' reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Chapters()
	 * @model
	 * @generated
	 */
	EList<Chapter> getChapters();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(StudyGroup)
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Group()
	 * @model
	 * @generated
	 */
	StudyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudySession#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StudyGroup value);

	/**
	 * Returns the value of the '<em><b>Absences</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.Absence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Absences</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudySession_Absences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Absence> getAbsences();

	/**
	 * Returns the value of the '<em><b>Attendance Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance Count</em>' attribute.
	 * @see org.garrison.model.study.StudyPackage#getStudySession_AttendanceCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return getAttendees().size();'"
	 * @generated
	 */
	int getAttendanceCount();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.hoursNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean hoursNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.attendeesNotAbsent(this, diagnostics, context);'"
	 * @generated
	 */
	boolean attendeesNotAbsent(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.absencesOfAbsentees(this, diagnostics, context);'"
	 * @generated
	 */
	boolean absencesOfAbsentees(DiagnosticChain diagnostics, Map<Object, Object> context);

} // StudySession
