/**
 */
package org.garrison.model.training.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

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

import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.training.TrainingLedger} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingLedgerItemProvider 
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
	public TrainingLedgerItemProvider(AdapterFactory adapterFactory)
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
			addPlansPropertyDescriptor(object);
			addBatchesPropertyDescriptor(object);
			addInstructorsPropertyDescriptor(object);
			addSelectionsPropertyDescriptor(object);
			addCompetitionsPropertyDescriptor(object);
			addTasksPropertyDescriptor(object);
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
				 getString("_UI_TrainingLedger_district_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_district_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__DISTRICT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plans feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlansPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_plans_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_plans_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__PLANS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Batches feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_batches_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_batches_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__BATCHES,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Instructors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstructorsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_instructors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_instructors_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__INSTRUCTORS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Selections feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelectionsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_selections_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_selections_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__SELECTIONS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Competitions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompetitionsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_competitions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_competitions_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__COMPETITIONS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tasks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTasksPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingLedger_tasks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingLedger_tasks_feature", "_UI_TrainingLedger_type"),
				 TrainingPackage.Literals.TRAINING_LEDGER__TASKS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns TrainingLedger.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TrainingLedger"));
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
		return getString("_UI_TrainingLedger_type");
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

		switch (notification.getFeatureID(TrainingLedger.class))
		{
			case TrainingPackage.TRAINING_LEDGER__PLANS:
			case TrainingPackage.TRAINING_LEDGER__BATCHES:
			case TrainingPackage.TRAINING_LEDGER__INSTRUCTORS:
			case TrainingPackage.TRAINING_LEDGER__SELECTIONS:
			case TrainingPackage.TRAINING_LEDGER__COMPETITIONS:
			case TrainingPackage.TRAINING_LEDGER__TASKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
				(TrainingPackage.Literals.TRAINING_LEDGER__PLANS,
				 TrainingFactory.eINSTANCE.createTrainingPlan()));

		newChildDescriptors.add
			(createChildParameter
				(TrainingPackage.Literals.TRAINING_LEDGER__BATCHES,
				 TrainingFactory.eINSTANCE.createTrainingBatch()));

		newChildDescriptors.add
			(createChildParameter
				(TrainingPackage.Literals.TRAINING_LEDGER__INSTRUCTORS,
				 TrainingFactory.eINSTANCE.createInstructor()));

		newChildDescriptors.add
			(createChildParameter
				(TrainingPackage.Literals.TRAINING_LEDGER__SELECTIONS,
				 TrainingFactory.eINSTANCE.createInstructorSelection()));

		newChildDescriptors.add
			(createChildParameter
				(TrainingPackage.Literals.TRAINING_LEDGER__COMPETITIONS,
				 TrainingFactory.eINSTANCE.createCompetition()));

		newChildDescriptors.add
			(createChildParameter
				(TrainingPackage.Literals.TRAINING_LEDGER__TASKS,
				 TrainingFactory.eINSTANCE.createEmergencyTask()));
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
