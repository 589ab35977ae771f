package org.garrison.update;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.garrison.internal.update.UpdateMessages;

/**
 * The update sites an installation takes features and updates from: those the administrator presets in
 * {@code garrison.ini} ({@code garrison/updateSites=SITE|SITE…}) or given on the command line. A site is a
 * p2 repository: a folder, a share, a zip ({@code jar:file:…!/}) or an http(s) address.
 */
public final class UpdateSites {

    /** The preference (qualifier {@value #QUALIFIER}) holding the preset sites, separated by {@code |}. */
    public static final String PREFERENCE = "updateSites"; //$NON-NLS-1$
    public static final String QUALIFIER = "garrison"; //$NON-NLS-1$

    private UpdateSites() {
    }

    /** The sites preset for this installation, in the order given; none when nothing is preset. */
    public static List<URI> preset() {
        // garrison.ini (the platform's plug-in customization) fills the default scope; a user's own setting wins
        String preset = DefaultScope.INSTANCE.getNode(QUALIFIER).get(PREFERENCE, ""); //$NON-NLS-1$
        String value = InstanceScope.INSTANCE.getNode(QUALIFIER).get(PREFERENCE, preset);
        List<URI> sites = new ArrayList<>();
        for (String site : value.split("\\|")) { //$NON-NLS-1$
            if (!site.isBlank()) {
                sites.add(parse(site));
            }
        }
        return sites;
    }

    /**
     * A site as a user writes it: an address with a scheme ({@code file:}, {@code http:}, {@code https:},
     * {@code jar:}) or a folder or {@code .zip} on this machine.
     */
    public static URI parse(String site) {
        String text = site.strip();
        if (text.matches("(?i)(https?|file|jar|ftp):.*")) { //$NON-NLS-1$
            try {
                return URI.create(text.replace(" ", "%20")); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(UpdateMessages.format("site.bad", text, e.getMessage()), e); //$NON-NLS-1$
            }
        }
        Path path = Path.of(text).toAbsolutePath().normalize();
        if (path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
            return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return path.toUri();
    }
}
