package org.garrison.internal.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Secrets on disk (the service key, the server's TLS key) are readable by the server's account only. */
public final class DepartmentFilesAccess {

    private DepartmentFilesAccess() {
    }

    public static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions protect it
        }
    }
}
