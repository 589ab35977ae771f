/**
 */
package org.garrison.model.study;

import java.time.LocalDate;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reflection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.Reflection#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.garrison.model.study.Reflection#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.study.Reflection#getTitle <em>Title</em>}</li>
 *   <li>{@link org.garrison.model.study.Reflection#getText <em>Text</em>}</li>
 *   <li>{@link org.garrison.model.study.Reflection#getSession <em>Session</em>}</li>
 *   <li>{@link org.garrison.model.study.Reflection#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getReflection()
 * @model
 * @generated
 */
public interface Reflection extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Author()
	 * @model required="true"
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' reference.
	 * @see #setSession(StudySession)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Session()
	 * @model
	 * @generated
	 */
	StudySession getSession();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getSession <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' reference.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(StudySession value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ReadingItem)
	 * @see org.garrison.model.study.StudyPackage#getReflection_Item()
	 * @model
	 * @generated
	 */
	ReadingItem getItem();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.Reflection#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ReadingItem value);

} // Reflection
