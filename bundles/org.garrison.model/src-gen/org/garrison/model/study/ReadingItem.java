/**
 */
package org.garrison.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reading Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.ReadingItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingItem#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingItem#getMode <em>Mode</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingItem#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingItem#getChapters <em>Chapters</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getReadingItem()
 * @model
 * @generated
 */
public interface ReadingItem extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.garrison.model.study.StudyPackage#getReadingItem_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.garrison.model.study.StudyPackage#getReadingItem_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingItem#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.study.ReadingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.garrison.model.study.ReadingMode
	 * @see #setMode(ReadingMode)
	 * @see org.garrison.model.study.StudyPackage#getReadingItem_Mode()
	 * @model required="true"
	 * @generated
	 */
	ReadingMode getMode();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingItem#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.garrison.model.study.ReadingMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ReadingMode value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.garrison.model.study.StudyPackage#getReadingItem_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingItem#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Chapters</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.study.Chapter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapters</em>' containment reference list.
	 * @see org.garrison.model.study.StudyPackage#getReadingItem_Chapters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Chapter> getChapters();

} // ReadingItem
