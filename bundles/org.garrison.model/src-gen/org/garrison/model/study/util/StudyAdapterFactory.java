/**
 */
package org.garrison.model.study.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage
 * @generated
 */
public class StudyAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StudyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = StudyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudySwitch<Adapter> modelSwitch =
		new StudySwitch<Adapter>()
		{
			@Override
			public Adapter caseStudyLedger(StudyLedger object)
			{
				return createStudyLedgerAdapter();
			}
			@Override
			public Adapter caseStudyGroup(StudyGroup object)
			{
				return createStudyGroupAdapter();
			}
			@Override
			public Adapter caseStudySession(StudySession object)
			{
				return createStudySessionAdapter();
			}
			@Override
			public Adapter caseAbsence(Absence object)
			{
				return createAbsenceAdapter();
			}
			@Override
			public Adapter caseExcusedOccurrence(ExcusedOccurrence object)
			{
				return createExcusedOccurrenceAdapter();
			}
			@Override
			public Adapter caseStudyRegime(StudyRegime object)
			{
				return createStudyRegimeAdapter();
			}
			@Override
			public Adapter caseReadingItem(ReadingItem object)
			{
				return createReadingItemAdapter();
			}
			@Override
			public Adapter caseChapter(Chapter object)
			{
				return createChapterAdapter();
			}
			@Override
			public Adapter caseReadingProgress(ReadingProgress object)
			{
				return createReadingProgressAdapter();
			}
			@Override
			public Adapter caseReflection(Reflection object)
			{
				return createReflectionAdapter();
			}
			@Override
			public Adapter caseMakeUpStudy(MakeUpStudy object)
			{
				return createMakeUpStudyAdapter();
			}
			@Override
			public Adapter caseRecord(org.garrison.model.core.Record object)
			{
				return createRecordAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.StudyLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.StudyLedger
	 * @generated
	 */
	public Adapter createStudyLedgerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.StudyGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.StudyGroup
	 * @generated
	 */
	public Adapter createStudyGroupAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.StudySession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.StudySession
	 * @generated
	 */
	public Adapter createStudySessionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.Absence <em>Absence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.Absence
	 * @generated
	 */
	public Adapter createAbsenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.ExcusedOccurrence <em>Excused Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.ExcusedOccurrence
	 * @generated
	 */
	public Adapter createExcusedOccurrenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.StudyRegime <em>Regime</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.StudyRegime
	 * @generated
	 */
	public Adapter createStudyRegimeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.ReadingItem <em>Reading Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.ReadingItem
	 * @generated
	 */
	public Adapter createReadingItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.Chapter
	 * @generated
	 */
	public Adapter createChapterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.ReadingProgress <em>Reading Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.ReadingProgress
	 * @generated
	 */
	public Adapter createReadingProgressAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.Reflection <em>Reflection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.Reflection
	 * @generated
	 */
	public Adapter createReflectionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.study.MakeUpStudy <em>Make Up Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.study.MakeUpStudy
	 * @generated
	 */
	public Adapter createMakeUpStudyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.core.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.core.Record
	 * @generated
	 */
	public Adapter createRecordAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //StudyAdapterFactory
