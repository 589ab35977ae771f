package org.garrison.internal.report.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine's Chinese fonts for the PDF, which embeds them: for each role of GB/T 9704 (小标宋
 * title, 黑体 headings, 仿宋 body) the font itself when installed, else the closest installed face
 * (Noto Serif CJK for 宋/仿宋, Noto Sans CJK for 黑体), and a note of every substitution.
 */
public final class CjkFonts {

    /** A font file, and for a collection (.ttc) the face within it. */
    public record Face(Path file, int index, String name) {

        /** As OpenPDF names it: {@code file.ttc,2} for the third face of a collection. */
        public String location() {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + index : file.toString(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** A role of the document's type and the faces that serve it, best first. */
    enum Role {
        TITLE(OfficialDocumentStyle.TITLE_FONT, List.of("fzxbsjw", "xiaobiaosong", "方正小标宋", "notoserifcjk-bold", "notoserifcjksc-bold", "sourcehanserif")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        HEADING(OfficialDocumentStyle.HEADING_FONT, List.of("simhei", "黑体", "notosanscjk-regular", "notosanscjksc-regular", "sourcehansans", "wqy-zenhei", "droidsansfallback")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        BODY(OfficialDocumentStyle.BODY_FONT, List.of("simfang", "fangsong", "仿宋", "notoserifcjk-regular", "notoserifcjksc-regular", "sourcehanserif", "uming", "ukai", "notosanscjk-regular", "wqy-zenhei", "droidsansfallback")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

        final String wanted;
        final List<String> candidates;

        Role(String wanted, List<String> candidates) {
            this.wanted = wanted;
            this.candidates = candidates;
        }

        /** Whether a candidate is the wanted face itself rather than a stand-in (the first ones listed before Noto). */
        boolean isExact(String candidate) {
            return candidates.indexOf(candidate) < candidates.indexOf(candidates.stream().filter(c -> c.startsWith("noto")).findFirst().orElse(candidate)); //$NON-NLS-1$
        }
    }

    private final List<Path> files;

    private CjkFonts(List<Path> files) {
        this.files = files;
    }

    /** The fonts under the usual folders, and under {@code GARRISON_FONTS} when set. */
    public static CjkFonts installed() {
        List<Path> roots = new ArrayList<>();
        String extra = System.getenv("GARRISON_FONTS"); //$NON-NLS-1$
        if (extra != null && !extra.isBlank()) {
            roots.add(Path.of(extra));
        }
        roots.add(Path.of(System.getProperty("user.home"), ".fonts")); //$NON-NLS-1$ //$NON-NLS-2$
        roots.add(Path.of(System.getProperty("user.home"), ".local", "share", "fonts")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        roots.add(Path.of("/usr/local/share/fonts")); //$NON-NLS-1$
        roots.add(Path.of("/usr/share/fonts")); //$NON-NLS-1$
        roots.add(Path.of("C:\\Windows\\Fonts")); //$NON-NLS-1$
        roots.add(Path.of("/System/Library/Fonts")); //$NON-NLS-1$
        roots.add(Path.of("/Library/Fonts")); //$NON-NLS-1$
        return in(roots);
    }

    /** The fonts under the folders (and their subfolders). */
    public static CjkFonts in(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> found = Files.walk(root)) {
                    found.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)")).forEach(files::add); //$NON-NLS-1$
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable font folder is skipped; the message names what is missing.
                }
            }
        }
        return new CjkFonts(files);
    }

    /** The best face for the role, if any Chinese font is installed. */
    Optional<Face> face(Role role, Faces faces) {
        for (String candidate : role.candidates) {
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).replace(' ', '-').contains(candidate)) {
                    Face face = faces.chinese(file);
                    if (face != null) {
                        return Optional.of(face);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the face found for the role is the wanted one rather than a stand-in. */
    static boolean isExact(Role role, Face face) {
        String file = face.file().getFileName().toString().toLowerCase(Locale.ROOT).replace(' ', '-');
        return role.candidates.stream().filter(file::contains).findFirst().map(role::isExact).orElse(false);
    }

    /** Opens a font file and picks its Simplified Chinese face (in a collection), or null when it cannot. */
    interface Faces {
        Face chinese(Path file);
    }
}
