/**
 */
package org.garrison.model.study.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.garrison.model.core.provider.GarrisonEditPlugin;

import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.study.StudyLedger} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyLedgerItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyLedgerItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addDistrictPropertyDescriptor(object);
			addSessionsPropertyDescriptor(object);
			addRegimesPropertyDescriptor(object);
			addReadingItemsPropertyDescriptor(object);
			addProgressPropertyDescriptor(object);
			addReflectionsPropertyDescriptor(object);
			addMakeUpsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the District feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDistrictPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_district_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_district_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__DISTRICT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sessions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_sessions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_sessions_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__SESSIONS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Regimes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegimesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_regimes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_regimes_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__REGIMES,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reading Items feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReadingItemsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_readingItems_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_readingItems_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__READING_ITEMS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Progress feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgressPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_progress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_progress_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__PROGRESS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reflections feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReflectionsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_reflections_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_reflections_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__REFLECTIONS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Make Ups feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMakeUpsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StudyLedger_makeUps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StudyLedger_makeUps_feature", "_UI_StudyLedger_type"),
				 StudyPackage.Literals.STUDY_LEDGER__MAKE_UPS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(StudyPackage.Literals.STUDY_LEDGER__GROUPS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns StudyLedger.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/StudyLedger"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		return getString("_UI_StudyLedger_type");
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(StudyLedger.class))
		{
			case StudyPackage.STUDY_LEDGER__SESSIONS:
			case StudyPackage.STUDY_LEDGER__REGIMES:
			case StudyPackage.STUDY_LEDGER__READING_ITEMS:
			case StudyPackage.STUDY_LEDGER__PROGRESS:
			case StudyPackage.STUDY_LEDGER__REFLECTIONS:
			case StudyPackage.STUDY_LEDGER__MAKE_UPS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case StudyPackage.STUDY_LEDGER__GROUPS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__SESSIONS,
				 StudyFactory.eINSTANCE.createStudySession()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__REGIMES,
				 StudyFactory.eINSTANCE.createStudyRegime()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__READING_ITEMS,
				 StudyFactory.eINSTANCE.createReadingItem()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__PROGRESS,
				 StudyFactory.eINSTANCE.createReadingProgress()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__REFLECTIONS,
				 StudyFactory.eINSTANCE.createReflection()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__MAKE_UPS,
				 StudyFactory.eINSTANCE.createMakeUpStudy()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY_LEDGER__GROUPS,
				 StudyFactory.eINSTANCE.createStudyGroup()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return GarrisonEditPlugin.INSTANCE;
	}

}
