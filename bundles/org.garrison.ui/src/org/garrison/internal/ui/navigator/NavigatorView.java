package org.garrison.internal.ui.navigator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.garrison.internal.ui.Messages;

/**
 * Shows the records of every area. Until areas are contributed it shows an empty tree and says so.
 */
public class NavigatorView extends ViewPart {

    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new EmptyTreeContentProvider());
        viewer.setInput(new Object[0]);
        setContentDescription(Messages.Navigator_empty);
        getSite().setSelectionProvider(viewer);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** An array content provider that also answers the tree's questions: no element has children. */
    private static final class EmptyTreeContentProvider extends ArrayContentProvider
            implements org.eclipse.jface.viewers.ITreeContentProvider {

        @Override
        public Object[] getChildren(Object parentElement) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
