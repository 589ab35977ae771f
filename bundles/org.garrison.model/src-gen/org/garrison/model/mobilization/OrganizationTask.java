/**
 */
package org.garrison.model.mobilization;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.OrgUnit;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.OrganizationTask#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.OrganizationTask#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.OrganizationTask#getTarget <em>Target</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.OrganizationTask#getCompleted <em>Completed</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getOrganizationTask()
 * @model
 * @generated
 */
public interface OrganizationTask extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getOrganizationTask_Year()
	 * @model required="true"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.OrganizationTask#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Org Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit</em>' reference.
	 * @see #setOrgUnit(OrgUnit)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getOrganizationTask_OrgUnit()
	 * @model
	 * @generated
	 */
	OrgUnit getOrgUnit();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.OrganizationTask#getOrgUnit <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit</em>' reference.
	 * @see #getOrgUnit()
	 * @generated
	 */
	void setOrgUnit(OrgUnit value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getOrganizationTask_Target()
	 * @model
	 * @generated
	 */
	int getTarget();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.OrganizationTask#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(int value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getOrganizationTask_Completed()
	 * @model
	 * @generated
	 */
	int getCompleted();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.OrganizationTask#getCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #getCompleted()
	 * @generated
	 */
	void setCompleted(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean countsNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.completedMatchesRoster(this, diagnostics, context);'"
	 * @generated
	 */
	boolean completedMatchesRoster(DiagnosticChain diagnostics, Map<Object, Object> context);

} // OrganizationTask
