package org.garrison.internal.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudySession;
import org.garrison.report.OfficialForm;

/**
 * The paper registers offices print and file: the study record book (学习记录本), each session with
 * date, kind, topic, presenter, place, hours, book and chapters, attendees, absentees with reasons
 * and their make-up, and the summary; and the attendance register (考勤登记), a session per row.
 * For the department or for one person (the sessions the person was expected at).
 */
public final class StudyRecordBook {

    private StudyRecordBook() {
    }

    /** The sessions of the register, in date order: those held by today, the person's only when a person is given. */
    public static List<StudySession> sessions(List<StudySession> held, Person person) {
        return held.stream().filter(session -> person == null || session.getAttendees().contains(person) || session.getAbsentees().contains(person))
                .sorted(java.util.Comparator.comparing(StudySession::getDate)).toList();
    }

    public static void writeRecordBook(List<StudySession> sessions, List<MakeUpStudy> makeUps, String title, LocalDate today, Path file, Locale locale)
            throws IOException {
        OfficialForm form = OfficialForm.titled(title);
        form.paragraph(NLS.bind(Messages.RecordBook_summary, sessions.size(), StudyTexts.date(today)));
        for (StudySession session : sessions) {
            form.heading(NLS.bind(Messages.RecordBook_heading, StudyTexts.date(session.getDate()), StudyTexts.label(session.getKind(), locale)));
            List<String[]> fields = new ArrayList<>();
            fields.add(row(Literals.STUDY_SESSION__TOPIC, session.getTopic(), locale));
            fields.add(row(Literals.STUDY_SESSION__PRESENTER, session.getPresenter() == null ? "" : session.getPresenter().getName(), locale)); //$NON-NLS-1$
            fields.add(row(Literals.STUDY_SESSION__PLACE, session.getPlace(), locale));
            fields.add(row(Literals.STUDY_SESSION__HOURS, StudyTexts.hours(session.getHours()), locale));
            if (session.getReadingItem() != null) {
                fields.add(new String[] { ModelLabels.of(Literals.STUDY_SESSION__READING_ITEM, locale), book(session) });
            }
            fields.add(new String[] { ModelLabels.of(Literals.STUDY_SESSION__ATTENDEES, locale),
                    NLS.bind(Messages.RecordBook_count, session.getAttendees().size(), StudyTexts.names(session.getAttendees())) });
            fields.add(new String[] { ModelLabels.of(Literals.STUDY_SESSION__ABSENTEES, locale), session.getAbsentees().isEmpty() ? Messages.RecordBook_none
                    : NLS.bind(Messages.RecordBook_count, session.getAbsentees().size(), StudyTexts.absentees(session, locale)) });
            if (!session.getAbsentees().isEmpty()) {
                fields.add(new String[] { Messages.RecordBook_makeUps, StudyTexts.makeUps(session, makeUps, today, locale) });
            }
            fields.add(new String[] { Messages.RecordBook_content, session.getNotes() == null ? "" : session.getNotes() }); //$NON-NLS-1$
            form.fields(fields);
        }
        form.writeDocx(file);
    }

    public static void writeAttendanceRegister(List<StudySession> sessions, List<MakeUpStudy> makeUps, String title, LocalDate today, Path file,
            Locale locale) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (StudySession session : sessions) {
            int expected = session.getAttendees().size() + session.getAbsentees().size();
            rows.add(List.of(StudyTexts.date(session.getDate()), StudyTexts.label(session.getKind(), locale), text(session.getTopic()),
                    String.valueOf(expected), String.valueOf(session.getAttendees().size()),
                    StudyTexts.share(expected == 0 ? Double.NaN : (double) session.getAttendees().size() / expected),
                    StudyTexts.absentees(session, locale), StudyTexts.makeUps(session, makeUps, today, locale)));
        }
        OfficialForm.titled(title).paragraph(NLS.bind(Messages.RecordBook_summary, sessions.size(), StudyTexts.date(today)))
                .table(List.of(Messages.Register_date, Messages.Register_kind, Messages.Register_topic, Messages.Register_expected,
                        Messages.Register_present, Messages.Register_rate, Messages.Register_absentees, Messages.Register_makeUps), rows)
                .writeDocx(file);
    }

    private static String book(StudySession session) {
        String chapters = session.getChapters().stream().map(Chapter::getTitle).collect(Collectors.joining(Messages.Texts_listSeparator));
        return chapters.isEmpty() ? session.getReadingItem().getTitle() : NLS.bind(Messages.RecordBook_book, session.getReadingItem().getTitle(), chapters);
    }

    private static String[] row(org.eclipse.emf.ecore.EStructuralFeature feature, String value, Locale locale) {
        return new String[] { ModelLabels.of(feature, locale), text(value) };
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
