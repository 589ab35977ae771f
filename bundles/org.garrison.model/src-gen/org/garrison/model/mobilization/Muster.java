/**
 */
package org.garrison.model.mobilization;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Muster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.Muster#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getUnits <em>Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getPresent <em>Present</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getRollCall <em>Roll Call</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getAbsent <em>Absent</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.Muster#getAttendanceRate <em>Attendance Rate</em>}</li>
 * </ul>
 *
 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster()
 * @model
 * @generated
 */
public interface Muster extends org.garrison.model.core.Record
{
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Date()
	 * @model dataType="org.garrison.model.core.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Muster#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.garrison.model.mobilization.InspectionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.mobilization.InspectionLevel
	 * @see #setLevel(InspectionLevel)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Level()
	 * @model required="true"
	 * @generated
	 */
	InspectionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Muster#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.garrison.model.mobilization.InspectionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(InspectionLevel value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.MilitiaUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Units()
	 * @model
	 * @generated
	 */
	EList<MilitiaUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Expected()
	 * @model
	 * @generated
	 */
	int getExpected();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Muster#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(int value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(int)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Present()
	 * @model
	 * @generated
	 */
	int getPresent();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Muster#getPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #getPresent()
	 * @generated
	 */
	void setPresent(int value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.garrison.model.mobilization.Muster#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Roll Call</b></em>' containment reference list.
	 * The list contents are of type {@link org.garrison.model.mobilization.RollCallEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roll Call</em>' containment reference list.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_RollCall()
	 * @model containment="true"
	 * @generated
	 */
	EList<RollCallEntry> getRollCall();

	/**
	 * Returns the value of the '<em><b>Absent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Absent</em>' attribute.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_Absent()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return Math.max(0, getExpected() - getPresent());'"
	 * @generated
	 */
	int getAbsent();

	/**
	 * Returns the value of the '<em><b>Attendance Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance Rate</em>' attribute.
	 * @see org.garrison.model.mobilization.MobilizationPackage#getMuster_AttendanceRate()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return getExpected() == 0 ? 0.0 : (double) getPresent() / getExpected();'"
	 * @generated
	 */
	double getAttendanceRate();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.countsConsistent(this, diagnostics, context);'"
	 * @generated
	 */
	boolean countsConsistent(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return org.garrison.internal.model.validation.MobilizationConstraints.rollCallEligible(this, diagnostics, context);'"
	 * @generated
	 */
	boolean rollCallEligible(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Muster
