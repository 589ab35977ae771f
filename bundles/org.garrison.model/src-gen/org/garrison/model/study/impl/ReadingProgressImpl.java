/**
 */
package org.garrison.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.study.Chapter;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reading Progress</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.ReadingProgressImpl#getReader <em>Reader</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.ReadingProgressImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.ReadingProgressImpl#getChaptersDone <em>Chapters Done</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.ReadingProgressImpl#isComplete <em>Complete</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReadingProgressImpl extends RecordImpl implements ReadingProgress
{
	/**
	 * The cached value of the '{@link #getReader() <em>Reader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReader()
	 * @generated
	 * @ordered
	 */
	protected Person reader;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected ReadingItem item;

	/**
	 * The cached value of the '{@link #getChaptersDone() <em>Chapters Done</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChaptersDone()
	 * @generated
	 * @ordered
	 */
	protected EList<Chapter> chaptersDone;

	/**
	 * The default value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLETE_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReadingProgressImpl()
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
		return StudyPackage.Literals.READING_PROGRESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReader()
	{
		if (reader != null && reader.eIsProxy())
		{
			InternalEObject oldReader = (InternalEObject)reader;
			reader = (Person)eResolveProxy(oldReader);
			if (reader != oldReader)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.READING_PROGRESS__READER, oldReader, reader));
			}
		}
		return reader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReader()
	{
		return reader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReader(Person newReader)
	{
		Person oldReader = reader;
		reader = newReader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.READING_PROGRESS__READER, oldReader, reader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadingItem getItem()
	{
		if (item != null && item.eIsProxy())
		{
			InternalEObject oldItem = (InternalEObject)item;
			item = (ReadingItem)eResolveProxy(oldItem);
			if (item != oldItem)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.READING_PROGRESS__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadingItem basicGetItem()
	{
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(ReadingItem newItem)
	{
		ReadingItem oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.READING_PROGRESS__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chapter> getChaptersDone()
	{
		if (chaptersDone == null)
		{
			chaptersDone = new EObjectResolvingEList<Chapter>(Chapter.class, this, StudyPackage.READING_PROGRESS__CHAPTERS_DONE);
		}
		return chaptersDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComplete()
	{
		return org.garrison.internal.model.derived.StudyDerived.complete(this);
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
			case StudyPackage.READING_PROGRESS__READER:
				if (resolve) return getReader();
				return basicGetReader();
			case StudyPackage.READING_PROGRESS__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case StudyPackage.READING_PROGRESS__CHAPTERS_DONE:
				return getChaptersDone();
			case StudyPackage.READING_PROGRESS__COMPLETE:
				return isComplete();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StudyPackage.READING_PROGRESS__READER:
				setReader((Person)newValue);
				return;
			case StudyPackage.READING_PROGRESS__ITEM:
				setItem((ReadingItem)newValue);
				return;
			case StudyPackage.READING_PROGRESS__CHAPTERS_DONE:
				getChaptersDone().clear();
				getChaptersDone().addAll((Collection<? extends Chapter>)newValue);
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
			case StudyPackage.READING_PROGRESS__READER:
				setReader((Person)null);
				return;
			case StudyPackage.READING_PROGRESS__ITEM:
				setItem((ReadingItem)null);
				return;
			case StudyPackage.READING_PROGRESS__CHAPTERS_DONE:
				getChaptersDone().clear();
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
			case StudyPackage.READING_PROGRESS__READER:
				return reader != null;
			case StudyPackage.READING_PROGRESS__ITEM:
				return item != null;
			case StudyPackage.READING_PROGRESS__CHAPTERS_DONE:
				return chaptersDone != null && !chaptersDone.isEmpty();
			case StudyPackage.READING_PROGRESS__COMPLETE:
				return isComplete() != COMPLETE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ReadingProgressImpl
