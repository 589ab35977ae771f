/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.common.util.EList;

import org.garrison.model.core.OrgUnit;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Militia Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getType <em>Type</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getRole <em>Role</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getSpecialty <em>Specialty</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getCommander <em>Commander</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getSubUnits <em>Sub Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getParentUnit <em>Parent Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getMembers <em>Members</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getMemberCount <em>Member Count</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MilitiaUnit#getCoreMemberCount <em>Core Member Count</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit()
 * @model
 * @generated
 */
public interface MilitiaUnit extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.UnitType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.garrison.model.mobilization.UnitType
	 * @see #setType(UnitType)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Type()
	 * @model required="true"
	 * @generated
	 */
	UnitType getType();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.garrison.model.mobilization.UnitType
	 * @see #getType()
	 * @generated
	 */
	void setType(UnitType value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.UnitRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.garrison.model.mobilization.UnitRole
	 * @see #setRole(UnitRole)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Role()
	 * @model required="true"
	 * @generated
	 */
	UnitRole getRole();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.garrison.model.mobilization.UnitRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(UnitRole value);

	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_OrgUnit()
	 * @model required="true"
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Specialty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialty</em>' attribute.
	 * @see #setSpecialty(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Specialty()
	 * @model
	 * @generated
	 */
	String getSpecialty();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getSpecialty <em>Specialty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialty</em>' attribute.
	 * @see #getSpecialty()
	 * @generated
	 */
	void setSpecialty(String value);

	/**
	 * Returns the value of the '<em><b>Commander</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commander</em>' reference.
	 * @see #setCommander(MilitiaMember)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Commander()
	 * @model
	 * @generated
	 */
	MilitiaMember getCommander();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getCommander <em>Commander</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commander</em>' reference.
	 * @see #getCommander()
	 * @generated
	 */
	void setCommander(MilitiaMember value);

	/**
	 * Returns the value of the '<em><b>Sub Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.MilitiaUnit}.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.mobilization.MilitiaUnit#getParentUnit <em>Parent Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Units</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_SubUnits()
	 * @see org.garrison.model.mobilization.MilitiaUnit#getParentUnit
	 * @model opposite="parentUnit" containment="true"
	 * @generated
	 */
	EList<MilitiaUnit> getSubUnits();

	/**
	 * Returns the value of the '<em><b>Parent Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.mobilization.MilitiaUnit#getSubUnits <em>Sub Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Unit</em>' container reference.
	 * @see #setParentUnit(MilitiaUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_ParentUnit()
	 * @see org.garrison.model.mobilization.MilitiaUnit#getSubUnits
	 * @model opposite="subUnits" transient="false"
	 * @generated
	 */
	MilitiaUnit getParentUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MilitiaUnit#getParentUnit <em>Parent Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Unit</em>' container reference.
	 * @see #getParentUnit()
	 * @generated
	 */
	void setParentUnit(MilitiaUnit value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.MilitiaMember}.
	 * It is bidirectional and its opposite is '{@link org.garrison.model.mobilization.MilitiaMember#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_Members()
	 * @see org.garrison.model.mobilization.MilitiaMember#getUnit
	 * @model opposite="unit" containment="true"
	 * @generated
	 */
	EList<MilitiaMember> getMembers();

	/**
	 * Returns the value of the '<em><b>Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Count</em>' attribute.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_MemberCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, null);'"
	 * @generated
	 */
	int getMemberCount();

	/**
	 * Returns the value of the '<em><b>Core Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Core Member Count</em>' attribute.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMilitiaUnit_CoreMemberCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return org.garrison.internal.model.derived.MobilizationDerived.memberCount(this, org.garrison.model.mobilization.MilitiaCategory.CORE);'"
	 * @generated
	 */
	int getCoreMemberCount();

} // MilitiaUnit
