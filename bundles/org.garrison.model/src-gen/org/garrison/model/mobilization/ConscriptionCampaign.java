/**
 */
package org.garrison.model.mobilization;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conscription Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getYear <em>Year</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getQuota <em>Quota</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getMenTurningEighteen <em>Men Turning Eighteen</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getCityRanking <em>City Ranking</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getRecruits <em>Recruits</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getPublicityEvents <em>Publicity Events</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionCampaign#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign()
 * @model
 * @generated
 */
public interface ConscriptionCampaign extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_Year()
	 * @model required="true"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionCampaign#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Quota</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quota</em>' attribute.
	 * @see #setQuota(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_Quota()
	 * @model
	 * @generated
	 */
	int getQuota();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionCampaign#getQuota <em>Quota</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quota</em>' attribute.
	 * @see #getQuota()
	 * @generated
	 */
	void setQuota(int value);

	/**
	 * Returns the value of the '<em><b>Men Turning Eighteen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Men Turning Eighteen</em>' attribute.
	 * @see #setMenTurningEighteen(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_MenTurningEighteen()
	 * @model
	 * @generated
	 */
	int getMenTurningEighteen();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionCampaign#getMenTurningEighteen <em>Men Turning Eighteen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Men Turning Eighteen</em>' attribute.
	 * @see #getMenTurningEighteen()
	 * @generated
	 */
	void setMenTurningEighteen(int value);

	/**
	 * Returns the value of the '<em><b>City Ranking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City Ranking</em>' attribute.
	 * @see #setCityRanking(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_CityRanking()
	 * @model
	 * @generated
	 */
	int getCityRanking();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionCampaign#getCityRanking <em>City Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City Ranking</em>' attribute.
	 * @see #getCityRanking()
	 * @generated
	 */
	void setCityRanking(int value);

	/**
	 * Returns the value of the '<em><b>Recruits</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.Recruit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recruits</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_Recruits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recruit> getRecruits();

	/**
	 * Returns the value of the '<em><b>Publicity Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.PublicityEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publicity Events</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_PublicityEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<PublicityEvent> getPublicityEvents();

	/**
	 * Returns the value of the '<em><b>Complaints</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.IntegrityComplaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complaints</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_Complaints()
	 * @model containment="true"
	 * @generated
	 */
	EList<IntegrityComplaint> getComplaints();

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefits</em>' attribute.
	 * @see #setBenefits(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionCampaign_Benefits()
	 * @model
	 * @generated
	 */
	String getBenefits();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionCampaign#getBenefits <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefits</em>' attribute.
	 * @see #getBenefits()
	 * @generated
	 */
	void setBenefits(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.ConscriptionDerived.count(this, measure);'"
	 * @generated
	 */
	int count(RecruitMeasure measure);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.countsNotNegative(this, diagnostics, context);'"
	 * @generated
	 */
	boolean countsNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ConscriptionCampaign
