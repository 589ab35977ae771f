/**
 */
package org.garrison.model.core;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything staff record: who created and last changed it, when, and its attachments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.core.Record#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.garrison.model.core.Record#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.garrison.model.core.Record#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link org.garrison.model.core.Record#getChangedAt <em>Changed At</em>}</li>
 *   <li>{@link org.garrison.model.core.Record#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.core.CorePackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject
{
	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.garrison.model.core.CorePackage#getRecord_CreatedBy()
	 * @model
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Record#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.garrison.model.core.CorePackage#getRecord_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Record#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed By</em>' attribute.
	 * @see #setChangedBy(String)
	 * @see org.garrison.model.core.CorePackage#getRecord_ChangedBy()
	 * @model
	 * @generated
	 */
	String getChangedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Record#getChangedBy <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed By</em>' attribute.
	 * @see #getChangedBy()
	 * @generated
	 */
	void setChangedBy(String value);

	/**
	 * Returns the value of the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed At</em>' attribute.
	 * @see #setChangedAt(Date)
	 * @see org.garrison.model.core.CorePackage#getRecord_ChangedAt()
	 * @model
	 * @generated
	 */
	Date getChangedAt();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.Record#getChangedAt <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed At</em>' attribute.
	 * @see #getChangedAt()
	 * @generated
	 */
	void setChangedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.core.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.garrison.model.core.CorePackage#getRecord_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

} // Record
