package org.garrison.testing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF's structural equality of object trees, except that byte arrays (attachments) are compared
 * by content: EMF compares them by identity, so a tree read back from XMI or the store would never
 * be "equal" to the one written.
 */
public final class ModelEquality {

    private ModelEquality() {
    }

    @SuppressWarnings("unchecked")
    public static boolean equal(List<? extends EObject> first, List<? extends EObject> second) {
        return new ContentEquality().equals((List<EObject>) first, (List<EObject>) second);
    }

    private static final class ContentEquality extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualAttribute(EObject eObject1, EObject eObject2, EAttribute attribute) {
            if (eObject1.eGet(attribute) instanceof byte[] bytes1 && eObject2.eGet(attribute) instanceof byte[] bytes2) {
                return Arrays.equals(bytes1, bytes2);
            }
            return super.haveEqualAttribute(eObject1, eObject2, attribute);
        }
    }
}
