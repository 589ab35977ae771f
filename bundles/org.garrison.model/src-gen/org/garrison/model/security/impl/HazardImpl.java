/**
 */
package org.garrison.model.security.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.Asset;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hazard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getState <em>State</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getRectifiedOn <em>Rectified On</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getAcceptedOn <em>Accepted On</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getCheckItem <em>Check Item</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getRectifiedBy <em>Rectified By</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.HazardImpl#getAcceptedBy <em>Accepted By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HazardImpl extends RecordImpl implements Hazard
{
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOUND_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate foundOn = FOUND_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final HazardSource SOURCE_EDEFAULT = HazardSource.SELF_CHECK;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected HazardSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final HazardSeverity SEVERITY_EDEFAULT = HazardSeverity.MINOR;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected HazardSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final HazardState STATE_EDEFAULT = HazardState.PENDING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected HazardState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasures() <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected String measures = MEASURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRectifiedOn() <em>Rectified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECTIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRectifiedOn() <em>Rectified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate rectifiedOn = RECTIFIED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceptedOn() <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACCEPTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcceptedOn() <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate acceptedOn = ACCEPTED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAsset() <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsset()
	 * @generated
	 * @ordered
	 */
	protected Asset asset;

	/**
	 * The default value of the '{@link #getCheckItem() <em>Check Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckItem()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECK_ITEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckItem() <em>Check Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckItem()
	 * @generated
	 * @ordered
	 */
	protected String checkItem = CHECK_ITEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRaisedBy() <em>Raised By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected org.garrison.model.core.Record raisedBy;

	/**
	 * The cached value of the '{@link #getRectifiedBy() <em>Rectified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectifiedBy()
	 * @generated
	 * @ordered
	 */
	protected Person rectifiedBy;

	/**
	 * The cached value of the '{@link #getAcceptedBy() <em>Accepted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedBy()
	 * @generated
	 * @ordered
	 */
	protected Person acceptedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HazardImpl()
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
		return SecurityPackage.Literals.HAZARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFoundOn()
	{
		return foundOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundOn(LocalDate newFoundOn)
	{
		LocalDate oldFoundOn = foundOn;
		foundOn = newFoundOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__FOUND_ON, oldFoundOn, foundOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardSource getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(HazardSource newSource)
	{
		HazardSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardSeverity getSeverity()
	{
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(HazardSeverity newSeverity)
	{
		HazardSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardState getState()
	{
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(HazardState newState)
	{
		HazardState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Person)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.HAZARD__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner)
	{
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline()
	{
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline)
	{
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasures()
	{
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasures(String newMeasures)
	{
		String oldMeasures = measures;
		measures = newMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__MEASURES, oldMeasures, measures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRectifiedOn()
	{
		return rectifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRectifiedOn(LocalDate newRectifiedOn)
	{
		LocalDate oldRectifiedOn = rectifiedOn;
		rectifiedOn = newRectifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__RECTIFIED_ON, oldRectifiedOn, rectifiedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAcceptedOn()
	{
		return acceptedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptedOn(LocalDate newAcceptedOn)
	{
		LocalDate oldAcceptedOn = acceptedOn;
		acceptedOn = newAcceptedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__ACCEPTED_ON, oldAcceptedOn, acceptedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getAsset()
	{
		if (asset != null && asset.eIsProxy())
		{
			InternalEObject oldAsset = (InternalEObject)asset;
			asset = (Asset)eResolveProxy(oldAsset);
			if (asset != oldAsset)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.HAZARD__ASSET, oldAsset, asset));
			}
		}
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetAsset()
	{
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsset(Asset newAsset)
	{
		Asset oldAsset = asset;
		asset = newAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__ASSET, oldAsset, asset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCheckItem()
	{
		return checkItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckItem(String newCheckItem)
	{
		String oldCheckItem = checkItem;
		checkItem = newCheckItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__CHECK_ITEM, oldCheckItem, checkItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.garrison.model.core.Record getRaisedBy()
	{
		if (raisedBy != null && raisedBy.eIsProxy())
		{
			InternalEObject oldRaisedBy = (InternalEObject)raisedBy;
			raisedBy = (org.garrison.model.core.Record)eResolveProxy(oldRaisedBy);
			if (raisedBy != oldRaisedBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.HAZARD__RAISED_BY, oldRaisedBy, raisedBy));
			}
		}
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public org.garrison.model.core.Record basicGetRaisedBy()
	{
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedBy(org.garrison.model.core.Record newRaisedBy)
	{
		org.garrison.model.core.Record oldRaisedBy = raisedBy;
		raisedBy = newRaisedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__RAISED_BY, oldRaisedBy, raisedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRectifiedBy()
	{
		if (rectifiedBy != null && rectifiedBy.eIsProxy())
		{
			InternalEObject oldRectifiedBy = (InternalEObject)rectifiedBy;
			rectifiedBy = (Person)eResolveProxy(oldRectifiedBy);
			if (rectifiedBy != oldRectifiedBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.HAZARD__RECTIFIED_BY, oldRectifiedBy, rectifiedBy));
			}
		}
		return rectifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRectifiedBy()
	{
		return rectifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRectifiedBy(Person newRectifiedBy)
	{
		Person oldRectifiedBy = rectifiedBy;
		rectifiedBy = newRectifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__RECTIFIED_BY, oldRectifiedBy, rectifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAcceptedBy()
	{
		if (acceptedBy != null && acceptedBy.eIsProxy())
		{
			InternalEObject oldAcceptedBy = (InternalEObject)acceptedBy;
			acceptedBy = (Person)eResolveProxy(oldAcceptedBy);
			if (acceptedBy != oldAcceptedBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SecurityPackage.HAZARD__ACCEPTED_BY, oldAcceptedBy, acceptedBy));
			}
		}
		return acceptedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAcceptedBy()
	{
		return acceptedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptedBy(Person newAcceptedBy)
	{
		Person oldAcceptedBy = acceptedBy;
		acceptedBy = newAcceptedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.HAZARD__ACCEPTED_BY, oldAcceptedBy, acceptedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean overdueOn(final LocalDate date)
	{
		return org.garrison.internal.model.derived.SecurityDerived.overdue(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean closedOnlyAfterRectification(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.SecurityConstraints.closedOnlyAfterRectification(this, diagnostics, context);
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
			case SecurityPackage.HAZARD__DESCRIPTION:
				return getDescription();
			case SecurityPackage.HAZARD__FOUND_ON:
				return getFoundOn();
			case SecurityPackage.HAZARD__SOURCE:
				return getSource();
			case SecurityPackage.HAZARD__SEVERITY:
				return getSeverity();
			case SecurityPackage.HAZARD__STATE:
				return getState();
			case SecurityPackage.HAZARD__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case SecurityPackage.HAZARD__DEADLINE:
				return getDeadline();
			case SecurityPackage.HAZARD__MEASURES:
				return getMeasures();
			case SecurityPackage.HAZARD__RECTIFIED_ON:
				return getRectifiedOn();
			case SecurityPackage.HAZARD__ACCEPTED_ON:
				return getAcceptedOn();
			case SecurityPackage.HAZARD__ASSET:
				if (resolve) return getAsset();
				return basicGetAsset();
			case SecurityPackage.HAZARD__CHECK_ITEM:
				return getCheckItem();
			case SecurityPackage.HAZARD__RAISED_BY:
				if (resolve) return getRaisedBy();
				return basicGetRaisedBy();
			case SecurityPackage.HAZARD__RECTIFIED_BY:
				if (resolve) return getRectifiedBy();
				return basicGetRectifiedBy();
			case SecurityPackage.HAZARD__ACCEPTED_BY:
				if (resolve) return getAcceptedBy();
				return basicGetAcceptedBy();
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
			case SecurityPackage.HAZARD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SecurityPackage.HAZARD__FOUND_ON:
				setFoundOn((LocalDate)newValue);
				return;
			case SecurityPackage.HAZARD__SOURCE:
				setSource((HazardSource)newValue);
				return;
			case SecurityPackage.HAZARD__SEVERITY:
				setSeverity((HazardSeverity)newValue);
				return;
			case SecurityPackage.HAZARD__STATE:
				setState((HazardState)newValue);
				return;
			case SecurityPackage.HAZARD__OWNER:
				setOwner((Person)newValue);
				return;
			case SecurityPackage.HAZARD__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case SecurityPackage.HAZARD__MEASURES:
				setMeasures((String)newValue);
				return;
			case SecurityPackage.HAZARD__RECTIFIED_ON:
				setRectifiedOn((LocalDate)newValue);
				return;
			case SecurityPackage.HAZARD__ACCEPTED_ON:
				setAcceptedOn((LocalDate)newValue);
				return;
			case SecurityPackage.HAZARD__ASSET:
				setAsset((Asset)newValue);
				return;
			case SecurityPackage.HAZARD__CHECK_ITEM:
				setCheckItem((String)newValue);
				return;
			case SecurityPackage.HAZARD__RAISED_BY:
				setRaisedBy((org.garrison.model.core.Record)newValue);
				return;
			case SecurityPackage.HAZARD__RECTIFIED_BY:
				setRectifiedBy((Person)newValue);
				return;
			case SecurityPackage.HAZARD__ACCEPTED_BY:
				setAcceptedBy((Person)newValue);
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
			case SecurityPackage.HAZARD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__FOUND_ON:
				setFoundOn(FOUND_ON_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__OWNER:
				setOwner((Person)null);
				return;
			case SecurityPackage.HAZARD__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__MEASURES:
				setMeasures(MEASURES_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__RECTIFIED_ON:
				setRectifiedOn(RECTIFIED_ON_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__ACCEPTED_ON:
				setAcceptedOn(ACCEPTED_ON_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__ASSET:
				setAsset((Asset)null);
				return;
			case SecurityPackage.HAZARD__CHECK_ITEM:
				setCheckItem(CHECK_ITEM_EDEFAULT);
				return;
			case SecurityPackage.HAZARD__RAISED_BY:
				setRaisedBy((org.garrison.model.core.Record)null);
				return;
			case SecurityPackage.HAZARD__RECTIFIED_BY:
				setRectifiedBy((Person)null);
				return;
			case SecurityPackage.HAZARD__ACCEPTED_BY:
				setAcceptedBy((Person)null);
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
			case SecurityPackage.HAZARD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SecurityPackage.HAZARD__FOUND_ON:
				return FOUND_ON_EDEFAULT == null ? foundOn != null : !FOUND_ON_EDEFAULT.equals(foundOn);
			case SecurityPackage.HAZARD__SOURCE:
				return source != SOURCE_EDEFAULT;
			case SecurityPackage.HAZARD__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case SecurityPackage.HAZARD__STATE:
				return state != STATE_EDEFAULT;
			case SecurityPackage.HAZARD__OWNER:
				return owner != null;
			case SecurityPackage.HAZARD__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case SecurityPackage.HAZARD__MEASURES:
				return MEASURES_EDEFAULT == null ? measures != null : !MEASURES_EDEFAULT.equals(measures);
			case SecurityPackage.HAZARD__RECTIFIED_ON:
				return RECTIFIED_ON_EDEFAULT == null ? rectifiedOn != null : !RECTIFIED_ON_EDEFAULT.equals(rectifiedOn);
			case SecurityPackage.HAZARD__ACCEPTED_ON:
				return ACCEPTED_ON_EDEFAULT == null ? acceptedOn != null : !ACCEPTED_ON_EDEFAULT.equals(acceptedOn);
			case SecurityPackage.HAZARD__ASSET:
				return asset != null;
			case SecurityPackage.HAZARD__CHECK_ITEM:
				return CHECK_ITEM_EDEFAULT == null ? checkItem != null : !CHECK_ITEM_EDEFAULT.equals(checkItem);
			case SecurityPackage.HAZARD__RAISED_BY:
				return raisedBy != null;
			case SecurityPackage.HAZARD__RECTIFIED_BY:
				return rectifiedBy != null;
			case SecurityPackage.HAZARD__ACCEPTED_BY:
				return acceptedBy != null;
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
			case SecurityPackage.HAZARD___OVERDUE_ON__LOCALDATE:
				return overdueOn((LocalDate)arguments.get(0));
			case SecurityPackage.HAZARD___CLOSED_ONLY_AFTER_RECTIFICATION__DIAGNOSTICCHAIN_MAP:
				return closedOnlyAfterRectification((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (description: ");
		result.append(description);
		result.append(", foundOn: ");
		result.append(foundOn);
		result.append(", source: ");
		result.append(source);
		result.append(", severity: ");
		result.append(severity);
		result.append(", state: ");
		result.append(state);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", measures: ");
		result.append(measures);
		result.append(", rectifiedOn: ");
		result.append(rectifiedOn);
		result.append(", acceptedOn: ");
		result.append(acceptedOn);
		result.append(", checkItem: ");
		result.append(checkItem);
		result.append(')');
		return result.toString();
	}

} //HazardImpl
