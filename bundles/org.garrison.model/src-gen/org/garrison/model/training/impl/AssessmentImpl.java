/**
 */
package org.garrison.model.training.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;

import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.AssessmentImpl#getTrainee <em>Trainee</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.AssessmentImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.AssessmentImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.AssessmentImpl#getGrade <em>Grade</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends MinimalEObjectImpl.Container implements Assessment
{
	/**
	 * The cached value of the '{@link #getTrainee() <em>Trainee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainee()
	 * @generated
	 * @ordered
	 */
	protected Person trainee;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected PlanSubject subject;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Grade GRADE_EDEFAULT = Grade.EXCELLENT;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected Grade grade = GRADE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return TrainingPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getTrainee()
	{
		if (trainee != null && trainee.eIsProxy())
		{
			InternalEObject oldTrainee = (InternalEObject)trainee;
			trainee = (Person)eResolveProxy(oldTrainee);
			if (trainee != oldTrainee)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.ASSESSMENT__TRAINEE, oldTrainee, trainee));
			}
		}
		return trainee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetTrainee()
	{
		return trainee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainee(Person newTrainee)
	{
		Person oldTrainee = trainee;
		trainee = newTrainee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ASSESSMENT__TRAINEE, oldTrainee, trainee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSubject getSubject()
	{
		if (subject != null && subject.eIsProxy())
		{
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (PlanSubject)eResolveProxy(oldSubject);
			if (subject != oldSubject)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.ASSESSMENT__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanSubject basicGetSubject()
	{
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(PlanSubject newSubject)
	{
		PlanSubject oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ASSESSMENT__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore()
	{
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore)
	{
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ASSESSMENT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grade getGrade()
	{
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(Grade newGrade)
	{
		Grade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ASSESSMENT__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean scoreInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.scoreInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case TrainingPackage.ASSESSMENT__TRAINEE:
				if (resolve) return getTrainee();
				return basicGetTrainee();
			case TrainingPackage.ASSESSMENT__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case TrainingPackage.ASSESSMENT__SCORE:
				return getScore();
			case TrainingPackage.ASSESSMENT__GRADE:
				return getGrade();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case TrainingPackage.ASSESSMENT__TRAINEE:
				setTrainee((Person)newValue);
				return;
			case TrainingPackage.ASSESSMENT__SUBJECT:
				setSubject((PlanSubject)newValue);
				return;
			case TrainingPackage.ASSESSMENT__SCORE:
				setScore((Double)newValue);
				return;
			case TrainingPackage.ASSESSMENT__GRADE:
				setGrade((Grade)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case TrainingPackage.ASSESSMENT__TRAINEE:
				setTrainee((Person)null);
				return;
			case TrainingPackage.ASSESSMENT__SUBJECT:
				setSubject((PlanSubject)null);
				return;
			case TrainingPackage.ASSESSMENT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case TrainingPackage.ASSESSMENT__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case TrainingPackage.ASSESSMENT__TRAINEE:
				return trainee != null;
			case TrainingPackage.ASSESSMENT__SUBJECT:
				return subject != null;
			case TrainingPackage.ASSESSMENT__SCORE:
				return score != SCORE_EDEFAULT;
			case TrainingPackage.ASSESSMENT__GRADE:
				return grade != GRADE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case TrainingPackage.ASSESSMENT___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return scoreInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (score: ");
		result.append(score);
		result.append(", grade: ");
		result.append(grade);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
