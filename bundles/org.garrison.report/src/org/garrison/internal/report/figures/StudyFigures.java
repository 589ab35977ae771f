package org.garrison.internal.report.figures;

import static org.garrison.internal.report.figures.BuiltInFigures.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyPackage;
import org.garrison.report.Figure;
import org.garrison.report.FigureProvider;
import org.garrison.report.QueryFigure;
import org.garrison.report.ShareFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/** Section 一 and 二.一: the headquarters' study sessions of the year, their attendance, the books studied. */
public final class StudyFigures implements FigureProvider {

    private static final StudyPackage S = StudyPackage.eINSTANCE;
    private static final String AREA = "study"; //$NON-NLS-1$

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(sessions("study.sessions", null)); //$NON-NLS-1$
        for (StudyKind kind : StudyKind.values()) {
            figures.add(sessions("study.sessions." + camel(kind.name()), kind)); //$NON-NLS-1$
        }
        QueryFigure attended = QueryFigure.builder("study.attendances", AREA, TEXTS).query(StudyFigures::sessionsOfYear) //$NON-NLS-1$
                .elements(FeaturePath.of(S.getStudySession_Attendees())).build();
        QueryFigure absent = QueryFigure.builder("study.absences", AREA, TEXTS).query(StudyFigures::sessionsOfYear) //$NON-NLS-1$
                .elements(FeaturePath.of(S.getStudySession_Absentees())).build();
        figures.add(attended);
        figures.add(absent);
        figures.add(new ShareFigure("study.attendanceRate", AREA, TEXTS, attended, List.of(attended, absent), null)); //$NON-NLS-1$
        figures.add(books("study.booksInFull", ReadingMode.FULL)); //$NON-NLS-1$
        figures.add(books("study.booksInPart", ReadingMode.SELECTED)); //$NON-NLS-1$
        return figures;
    }

    private static QueryFigure sessions(String id, StudyKind kind) {
        return QueryFigure.builder(id, AREA, TEXTS)
                .query(context -> kind == null ? sessionsOfYear(context) : sessionsOfYear(context).where(Condition.eq(S.getStudySession_Kind(), kind)))
                .records().build();
    }

    private static QueryFigure books(String id, ReadingMode mode) {
        return QueryFigure.builder(id, AREA, TEXTS)
                .query(context -> sessionsOfYear(context).where(Condition.eq(FeaturePath.of(S.getStudySession_ReadingItem(), S.getReadingItem_Mode()), mode)))
                .distinctElements(FeaturePath.of(S.getStudySession_ReadingItem())).build();
    }

    private static Query sessionsOfYear(org.garrison.report.FigureContext context) {
        return Query.of(S.getStudySession()).where(context.inYear(FeaturePath.of(S.getStudySession_Date())));
    }

    /** {@code GROUP_STUDY} → {@code groupStudy}. */
    static String camel(String literal) {
        StringBuilder id = new StringBuilder();
        for (String part : literal.toLowerCase(Locale.ROOT).split("_")) { //$NON-NLS-1$
            id.append(id.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.toString();
    }
}
