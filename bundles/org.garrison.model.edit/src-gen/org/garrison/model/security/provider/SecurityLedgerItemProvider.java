/**
 */
package org.garrison.model.security.provider;


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

import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.security.SecurityLedger} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SecurityLedgerItemProvider 
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
	public SecurityLedgerItemProvider(AdapterFactory adapterFactory)
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
			addAssetsPropertyDescriptor(object);
			addHazardsPropertyDescriptor(object);
			addActivitiesPropertyDescriptor(object);
			addDrillsPropertyDescriptor(object);
			addDispatchesPropertyDescriptor(object);
			addLinkedUnitsPropertyDescriptor(object);
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
				 getString("_UI_SecurityLedger_district_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_district_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__DISTRICT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assets feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssetsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_assets_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_assets_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__ASSETS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hazards feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHazardsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_hazards_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_hazards_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__HAZARDS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activities feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivitiesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_activities_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_activities_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__ACTIVITIES,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Drills feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDrillsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_drills_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_drills_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__DRILLS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dispatches feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDispatchesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_dispatches_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_dispatches_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__DISPATCHES,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Linked Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLinkedUnitsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityLedger_linkedUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityLedger_linkedUnits_feature", "_UI_SecurityLedger_type"),
				 SecurityPackage.Literals.SECURITY_LEDGER__LINKED_UNITS,
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
			childrenFeatures.add(SecurityPackage.Literals.SECURITY_LEDGER__CATEGORY_PLANS);
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
	 * This returns SecurityLedger.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SecurityLedger"));
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
		return getString("_UI_SecurityLedger_type");
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

		switch (notification.getFeatureID(SecurityLedger.class))
		{
			case SecurityPackage.SECURITY_LEDGER__ASSETS:
			case SecurityPackage.SECURITY_LEDGER__HAZARDS:
			case SecurityPackage.SECURITY_LEDGER__ACTIVITIES:
			case SecurityPackage.SECURITY_LEDGER__DRILLS:
			case SecurityPackage.SECURITY_LEDGER__DISPATCHES:
			case SecurityPackage.SECURITY_LEDGER__LINKED_UNITS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SecurityPackage.SECURITY_LEDGER__CATEGORY_PLANS:
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
				(SecurityPackage.Literals.SECURITY_LEDGER__ASSETS,
				 SecurityFactory.eINSTANCE.createAsset()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__CATEGORY_PLANS,
				 SecurityFactory.eINSTANCE.createMaintenancePlan()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__HAZARDS,
				 SecurityFactory.eINSTANCE.createHazard()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__ACTIVITIES,
				 SecurityFactory.eINSTANCE.createSafetyActivity()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__DRILLS,
				 SecurityFactory.eINSTANCE.createDrill()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__DISPATCHES,
				 SecurityFactory.eINSTANCE.createVehicleDispatch()));

		newChildDescriptors.add
			(createChildParameter
				(SecurityPackage.Literals.SECURITY_LEDGER__LINKED_UNITS,
				 SecurityFactory.eINSTANCE.createLinkedUnit()));
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
