/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage
 * @generated
 */
public interface MobilizationFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MobilizationFactory eINSTANCE = org.garrison.model.mobilization.impl.MobilizationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ledger</em>'.
	 * @generated
	 */
	MobilizationLedger createMobilizationLedger();

	/**
	 * Returns a new object of class '<em>Militia Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Militia Unit</em>'.
	 * @generated
	 */
	MilitiaUnit createMilitiaUnit();

	/**
	 * Returns a new object of class '<em>Militia Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Militia Member</em>'.
	 * @generated
	 */
	MilitiaMember createMilitiaMember();

	/**
	 * Returns a new object of class '<em>Organization Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organization Task</em>'.
	 * @generated
	 */
	OrganizationTask createOrganizationTask();

	/**
	 * Returns a new object of class '<em>Muster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Muster</em>'.
	 * @generated
	 */
	Muster createMuster();

	/**
	 * Returns a new object of class '<em>Roll Call Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roll Call Entry</em>'.
	 * @generated
	 */
	RollCallEntry createRollCallEntry();

	/**
	 * Returns a new object of class '<em>Armed Cadre</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Armed Cadre</em>'.
	 * @generated
	 */
	ArmedCadre createArmedCadre();

	/**
	 * Returns a new object of class '<em>Cadre Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cadre Meeting</em>'.
	 * @generated
	 */
	CadreMeeting createCadreMeeting();

	/**
	 * Returns a new object of class '<em>Standardization Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standardization Item</em>'.
	 * @generated
	 */
	StandardizationItem createStandardizationItem();

	/**
	 * Returns a new object of class '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation</em>'.
	 * @generated
	 */
	Evaluation createEvaluation();

	/**
	 * Returns a new object of class '<em>Conscription Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conscription Campaign</em>'.
	 * @generated
	 */
	ConscriptionCampaign createConscriptionCampaign();

	/**
	 * Returns a new object of class '<em>Recruit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recruit</em>'.
	 * @generated
	 */
	Recruit createRecruit();

	/**
	 * Returns a new object of class '<em>Publicity Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Publicity Event</em>'.
	 * @generated
	 */
	PublicityEvent createPublicityEvent();

	/**
	 * Returns a new object of class '<em>Integrity Complaint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Integrity Complaint</em>'.
	 * @generated
	 */
	IntegrityComplaint createIntegrityComplaint();

	/**
	 * Returns a new object of class '<em>Conscription Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conscription Indicator</em>'.
	 * @generated
	 */
	ConscriptionIndicator createConscriptionIndicator();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MobilizationPackage getMobilizationPackage();

} //MobilizationFactory
