/**
 */
package org.garrison.model.study.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.garrison.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage
 * @generated
 */
public class StudySwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StudyPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudySwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = StudyPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case StudyPackage.STUDY_LEDGER:
			{
				StudyLedger studyLedger = (StudyLedger)theEObject;
				T result = caseStudyLedger(studyLedger);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.STUDY_GROUP:
			{
				StudyGroup studyGroup = (StudyGroup)theEObject;
				T result = caseStudyGroup(studyGroup);
				if (result == null) result = caseRecord(studyGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.STUDY_SESSION:
			{
				StudySession studySession = (StudySession)theEObject;
				T result = caseStudySession(studySession);
				if (result == null) result = caseRecord(studySession);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ABSENCE:
			{
				Absence absence = (Absence)theEObject;
				T result = caseAbsence(absence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.EXCUSED_OCCURRENCE:
			{
				ExcusedOccurrence excusedOccurrence = (ExcusedOccurrence)theEObject;
				T result = caseExcusedOccurrence(excusedOccurrence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.STUDY_REGIME:
			{
				StudyRegime studyRegime = (StudyRegime)theEObject;
				T result = caseStudyRegime(studyRegime);
				if (result == null) result = caseRecord(studyRegime);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.READING_ITEM:
			{
				ReadingItem readingItem = (ReadingItem)theEObject;
				T result = caseReadingItem(readingItem);
				if (result == null) result = caseRecord(readingItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.CHAPTER:
			{
				Chapter chapter = (Chapter)theEObject;
				T result = caseChapter(chapter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.READING_PROGRESS:
			{
				ReadingProgress readingProgress = (ReadingProgress)theEObject;
				T result = caseReadingProgress(readingProgress);
				if (result == null) result = caseRecord(readingProgress);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.REFLECTION:
			{
				Reflection reflection = (Reflection)theEObject;
				T result = caseReflection(reflection);
				if (result == null) result = caseRecord(reflection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.MAKE_UP_STUDY:
			{
				MakeUpStudy makeUpStudy = (MakeUpStudy)theEObject;
				T result = caseMakeUpStudy(makeUpStudy);
				if (result == null) result = caseRecord(makeUpStudy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ledger</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyLedger(StudyLedger object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyGroup(StudyGroup object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Session</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudySession(StudySession object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Absence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Absence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbsence(Absence object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Excused Occurrence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Excused Occurrence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExcusedOccurrence(ExcusedOccurrence object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Regime</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Regime</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyRegime(StudyRegime object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reading Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reading Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadingItem(ReadingItem object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Chapter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Chapter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChapter(Chapter object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reading Progress</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reading Progress</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadingProgress(ReadingProgress object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reflection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reflection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReflection(Reflection object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Make Up Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Make Up Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMakeUpStudy(MakeUpStudy object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecord(org.garrison.model.core.Record object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //StudySwitch
