/**
 */
package org.garrison.model.core;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Org Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.core.OrgUnit#getCode <em>Code</em>}</li>
 *   <li>{@link org.garrison.model.core.OrgUnit#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.core.OrgUnit#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.core.OrgUnit#getChildren <em>Children</em>}</li>
 *   <li>{@link org.garrison.model.core.OrgUnit#getParent <em>Parent</em>}</li>
 *   <li>{@link org.garrison.model.core.OrgUnit#getTown <em>Town</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.core.CorePackage#getOrgUnit()
 * @model
 * @generated
 */
public interface OrgUnit extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.OrgUnit#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.OrgUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.core.OrgUnitLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.core.OrgUnitLevel
	 * @see #setLevel(OrgUnitLevel)
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Level()
	 * @model required="true"
	 * @generated
	 */
	OrgUnitLevel getLevel();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.OrgUnit#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.core.OrgUnitLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(OrgUnitLevel value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.core.OrgUnit}.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.core.OrgUnit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Children()
	 * @see org.garrison.model.core.OrgUnit#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<OrgUnit> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.core.OrgUnit#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(OrgUnit)
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Parent()
	 * @see org.garrison.model.core.OrgUnit#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	OrgUnit getParent();

	/**
	 * Sets the value of the '{@link org.garrison.model.core.OrgUnit#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Town</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The town or subdistrict (乡镇、街道) this is or belongs to; null for the district.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Town</em>' reference.
	 * @see org.garrison.model.core.CorePackage#getOrgUnit_Town()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.OrgUnitDerived.town(this);'"
	 * @generated
	 */
	OrgUnit getTown();

} // OrgUnit
