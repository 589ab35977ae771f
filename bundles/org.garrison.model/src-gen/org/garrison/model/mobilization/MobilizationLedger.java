/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.core.District;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getDistrict <em>District</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getUnits <em>Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getOrganizationTasks <em>Organization Tasks</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getMusters <em>Musters</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getCadres <em>Cadres</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getStandardizationItems <em>Standardization Items</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.MobilizationLedger#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger()
 * @model
 * @generated
 */
public interface MobilizationLedger extends EObject
{
	/**
	 * Returns the value of the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>District</em>' reference.
	 * @see #setDistrict(District)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_District()
	 * @model required="true"
	 * @generated
	 */
	District getDistrict();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.MobilizationLedger#getDistrict <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>District</em>' reference.
	 * @see #getDistrict()
	 * @generated
	 */
	void setDistrict(District value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.MilitiaUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<MilitiaUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Organization Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.OrganizationTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization Tasks</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_OrganizationTasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrganizationTask> getOrganizationTasks();

	/**
	 * Returns the value of the '<em><b>Musters</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.Muster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Musters</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Musters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Muster> getMusters();

	/**
	 * Returns the value of the '<em><b>Cadres</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.ArmedCadre}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cadres</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Cadres()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArmedCadre> getCadres();

	/**
	 * Returns the value of the '<em><b>Standardization Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.StandardizationItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standardization Items</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_StandardizationItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardizationItem> getStandardizationItems();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.ConscriptionCampaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConscriptionCampaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.ConscriptionIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMobilizationLedger_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConscriptionIndicator> getIndicators();

} // MobilizationLedger
