/**
 */
package org.garrison.model.study;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who is expected at which kinds of study (学习对象): the committee, the department's staff, the town cadres.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.StudyGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyGroup#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link org.garrison.model.study.StudyGroup#getBooksPerYear <em>Books Per Year</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.study.StudyPackage#getStudyGroup()
 * @model
 * @generated
 */
public interface StudyGroup extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.study.StudyPackage#getStudyGroup_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.garrison.model.study.StudyKind}.
	 * The literals are from the enumeration {@link org.garrison.model.study.StudyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.garrison.model.study.StudyKind
	 * @see org.garrison.model.study.StudyPackage#getStudyGroup_Kinds()
	 * @model
	 * @generated
	 */
	EList<StudyKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.core.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.garrison.model.study.StudyPackage#getStudyGroup_Members()
	 * @model
	 * @generated
	 */
	EList<Person> getMembers();

	/**
	 * Returns the value of the '<em><b>Books Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Books Per Year</em>' attribute.
	 * @see #setBooksPerYear(int)
	 * @see org.garrison.model.study.StudyPackage#getStudyGroup_BooksPerYear()
	 * @model
	 * @generated
	 */
	int getBooksPerYear();

	/**
	 * Sets the value of the '{@link org.garrison.model.study.StudyGroup#getBooksPerYear <em>Books Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Books Per Year</em>' attribute.
	 * @see #getBooksPerYear()
	 * @generated
	 */
	void setBooksPerYear(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.StudyConstraints.booksNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean booksNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // StudyGroup
