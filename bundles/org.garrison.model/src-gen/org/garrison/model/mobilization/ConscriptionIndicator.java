/**
 */
package org.garrison.model.mobilization;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conscription Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the conscription rates (五率): numerator ÷ denominator against a target, as the province's rules set it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.ConscriptionIndicator#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator()
 * @model
 * @generated
 */
public interface ConscriptionIndicator extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Numerator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.RecruitMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numerator</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @see #setNumerator(RecruitMeasure)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_Numerator()
	 * @model required="true"
	 * @generated
	 */
	RecruitMeasure getNumerator();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getNumerator <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @see #getNumerator()
	 * @generated
	 */
	void setNumerator(RecruitMeasure value);

	/**
	 * Returns the value of the '<em><b>Denominator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.RecruitMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Denominator</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @see #setDenominator(RecruitMeasure)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_Denominator()
	 * @model required="true"
	 * @generated
	 */
	RecruitMeasure getDenominator();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getDenominator <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator</em>' attribute.
	 * @see org.garrison.model.mobilization.RecruitMeasure
	 * @see #getDenominator()
	 * @generated
	 */
	void setDenominator(RecruitMeasure value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.TargetDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.garrison.model.mobilization.TargetDirection
	 * @see #setDirection(TargetDirection)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getConscriptionIndicator_Direction()
	 * @model required="true"
	 * @generated
	 */
	TargetDirection getDirection();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.ConscriptionIndicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.garrison.model.mobilization.TargetDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TargetDirection value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.ConscriptionDerived.value(this, campaign);'"
	 * @generated
	 */
	double valueFor(ConscriptionCampaign campaign);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.derived.ConscriptionDerived.met(this, campaign);'"
	 * @generated
	 */
	boolean metBy(ConscriptionCampaign campaign);

} // ConscriptionIndicator
