/**
 */
package org.garrison.model.study;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage
 * @generated
 */
public interface StudyFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudyFactory eINSTANCE = org.garrison.model.study.impl.StudyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ledger</em>'.
	 * @generated
	 */
	StudyLedger createStudyLedger();

	/**
	 * Returns a new object of class '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group</em>'.
	 * @generated
	 */
	StudyGroup createStudyGroup();

	/**
	 * Returns a new object of class '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session</em>'.
	 * @generated
	 */
	StudySession createStudySession();

	/**
	 * Returns a new object of class '<em>Absence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Absence</em>'.
	 * @generated
	 */
	Absence createAbsence();

	/**
	 * Returns a new object of class '<em>Excused Occurrence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Excused Occurrence</em>'.
	 * @generated
	 */
	ExcusedOccurrence createExcusedOccurrence();

	/**
	 * Returns a new object of class '<em>Regime</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Regime</em>'.
	 * @generated
	 */
	StudyRegime createStudyRegime();

	/**
	 * Returns a new object of class '<em>Reading Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reading Item</em>'.
	 * @generated
	 */
	ReadingItem createReadingItem();

	/**
	 * Returns a new object of class '<em>Chapter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Chapter</em>'.
	 * @generated
	 */
	Chapter createChapter();

	/**
	 * Returns a new object of class '<em>Reading Progress</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reading Progress</em>'.
	 * @generated
	 */
	ReadingProgress createReadingProgress();

	/**
	 * Returns a new object of class '<em>Reflection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reflection</em>'.
	 * @generated
	 */
	Reflection createReflection();

	/**
	 * Returns a new object of class '<em>Make Up Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Make Up Study</em>'.
	 * @generated
	 */
	MakeUpStudy createMakeUpStudy();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StudyPackage getStudyPackage();

} //StudyFactory
