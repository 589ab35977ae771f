/**
 */
package org.garrison.model.study;

import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reading Progress</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.ReadingProgress#getReader <em>Reader</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingProgress#getItem <em>Item</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingProgress#getChaptersDone <em>Chapters Done</em>}</li>
 *   <li>{@link org.garrison.model.study.ReadingProgress#isComplete <em>Complete</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getReadingProgress()
 * @model
 * @generated
 */
public interface ReadingProgress extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Reader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reader</em>' reference.
	 * @see #setReader(Person)
	 * @see org.garrison.model.study.StudyPackage#getReadingProgress_Reader()
	 * @model required="true"
	 * @generated
	 */
	Person getReader();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingProgress#getReader <em>Reader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reader</em>' reference.
	 * @see #getReader()
	 * @generated
	 */
	void setReader(Person value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ReadingItem)
	 * @see org.garrison.model.study.StudyPackage#getReadingProgress_Item()
	 * @model required="true"
	 * @generated
	 */
	ReadingItem getItem();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.ReadingProgress#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ReadingItem value);

	/**
	 * Returns the value of the '<em><b>Chapters Done</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.study.Chapter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapters Done</em>' reference list.
	 * @see org.garrison.model.study.StudyPackage#getReadingProgress_ChaptersDone()
	 * @model
	 * @generated
	 */
	EList<Chapter> getChaptersDone();

	/**
	 * Returns the value of the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complete</em>' attribute.
	 * @see org.garrison.model.study.StudyPackage#getReadingProgress_Complete()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.StudyDerived.complete(this);'"
	 * @generated
	 */
	boolean isComplete();

} // ReadingProgress
