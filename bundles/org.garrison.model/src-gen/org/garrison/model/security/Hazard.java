/**
 */
package org.garrison.model.security;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.garrison.model.core.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.Hazard#getDescription <em>Description</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getSource <em>Source</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getState <em>State</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getRectifiedOn <em>Rectified On</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getAcceptedOn <em>Accepted On</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getCheckItem <em>Check Item</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getRectifiedBy <em>Rectified By</em>}</li>
 *   <li>{@link org.garrison.model.security.Hazard#getAcceptedBy <em>Accepted By</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.security.SecurityPackage#getHazard()
 * @model
 * @generated
 */
public interface Hazard extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found On</em>' attribute.
	 * @see #setFoundOn(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_FoundOn()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getFoundOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getFoundOn <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found On</em>' attribute.
	 * @see #getFoundOn()
	 * @generated
	 */
	void setFoundOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.HazardSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.garrison.model.security.HazardSource
	 * @see #setSource(HazardSource)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Source()
	 * @model required="true"
	 * @generated
	 */
	HazardSource getSource();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.garrison.model.security.HazardSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(HazardSource value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.HazardSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.garrison.model.security.HazardSeverity
	 * @see #setSeverity(HazardSeverity)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Severity()
	 * @model required="true"
	 * @generated
	 */
	HazardSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.garrison.model.security.HazardSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(HazardSeverity value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.security.HazardState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.garrison.model.security.HazardState
	 * @see #setState(HazardState)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_State()
	 * @model required="true"
	 * @generated
	 */
	HazardState getState();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.garrison.model.security.HazardState
	 * @see #getState()
	 * @generated
	 */
	void setState(HazardState value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Deadline()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' attribute.
	 * @see #setMeasures(String)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Measures()
	 * @model
	 * @generated
	 */
	String getMeasures();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getMeasures <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measures</em>' attribute.
	 * @see #getMeasures()
	 * @generated
	 */
	void setMeasures(String value);

	/**
	 * Returns the value of the '<em><b>Rectified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rectified On</em>' attribute.
	 * @see #setRectifiedOn(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_RectifiedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getRectifiedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getRectifiedOn <em>Rectified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rectified On</em>' attribute.
	 * @see #getRectifiedOn()
	 * @generated
	 */
	void setRectifiedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Accepted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accepted On</em>' attribute.
	 * @see #setAcceptedOn(LocalDate)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_AcceptedOn()
	 * @model dataType="org.garrison.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getAcceptedOn();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getAcceptedOn <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted On</em>' attribute.
	 * @see #getAcceptedOn()
	 * @generated
	 */
	void setAcceptedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(Asset)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_Asset()
	 * @model
	 * @generated
	 */
	Asset getAsset();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(Asset value);

	/**
	 * Returns the value of the '<em><b>Check Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Check Item</em>' attribute.
	 * @see #setCheckItem(String)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_CheckItem()
	 * @model
	 * @generated
	 */
	String getCheckItem();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getCheckItem <em>Check Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check Item</em>' attribute.
	 * @see #getCheckItem()
	 * @generated
	 */
	void setCheckItem(String value);

	/**
	 * Returns the value of the '<em><b>Raised By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised By</em>' reference.
	 * @see #setRaisedBy(org.garrison.model.core.Record)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_RaisedBy()
	 * @model
	 * @generated
	 */
	org.garrison.model.core.Record getRaisedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getRaisedBy <em>Raised By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised By</em>' reference.
	 * @see #getRaisedBy()
	 * @generated
	 */
	void setRaisedBy(org.garrison.model.core.Record value);

	/**
	 * Returns the value of the '<em><b>Rectified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rectified By</em>' reference.
	 * @see #setRectifiedBy(Person)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_RectifiedBy()
	 * @model
	 * @generated
	 */
	Person getRectifiedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getRectifiedBy <em>Rectified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rectified By</em>' reference.
	 * @see #getRectifiedBy()
	 * @generated
	 */
	void setRectifiedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Accepted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accepted By</em>' reference.
	 * @see #setAcceptedBy(Person)
	 * @see org.garrison.model.security.SecurityPackage#getHazard_AcceptedBy()
	 * @model
	 * @generated
	 */
	Person getAcceptedBy();

	/**
	 * Sets the value of the '{@link org.garrison.model.security.Hazard#getAcceptedBy <em>Accepted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted By</em>' reference.
	 * @see #getAcceptedBy()
	 * @generated
	 */
	void setAcceptedBy(Person value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model dateDataType="org.garrison.model.core.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.SecurityDerived.overdue(this, date);'"
	 * @generated
	 */
	boolean overdueOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.SecurityConstraints.closedOnlyAfterRectification(this, diagnostics, context);'"
	 * @generated
	 */
	boolean closedOnlyAfterRectification(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Hazard
