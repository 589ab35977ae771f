package org.garrison.internal.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.garrison.model.core.Person;
import org.garrison.model.study.Absence;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/** The sample district's year of political study: regimes, sessions, reading and reflections. */
final class SampleStudy extends SampleArea {

    /** How far ahead the office has planned its sessions. */
    private static final int PLANNED_DAYS = 28;

    private final StudyFactory study = StudyFactory.eINSTANCE;

    private final List<Person> townCadres;
    private StudyGroup committee;
    private StudyGroup department;

    /** The town cadres are the armed cadres appointed in the mobilization area. */
    SampleStudy(SampleContext context, List<Person> townCadres) {
        super(context);
        this.townCadres = townCadres;
    }


    StudyLedger build() {
        StudyLedger ledger = study.createStudyLedger();
        ledger.setDistrict(district);
        // the committee (党委中心组) is the department's leading five; every staff member attends the
        // department's own regimes; the town cadres come to the quarterly group study and the party lectures
        committee = group("党委中心组成员", staff.subList(0, 5), StudyKind.COMMITTEE_STUDY);
        department = group("人武部全体人员", staff, StudyKind.WEEKLY_STUDY, StudyKind.MORNING_BRIEFING, StudyKind.FRIDAY_PARTY_DAY,
                StudyKind.ON_SITE_TEACHING);
        StudyGroup cadres = group("乡镇专武干部", townCadres, StudyKind.GROUP_STUDY, StudyKind.PARTY_LECTURE);
        ledger.getGroups().addAll(List.of(committee, department, cadres));
        StudyRegime weekly = regime("每周一学", StudyKind.WEEKLY_STUDY, Recurrence.WEEKLY, firstMonday(), department);
        StudyRegime briefing = regime("每日早交班", StudyKind.MORNING_BRIEFING, Recurrence.WORKDAYS, yearStart, department);
        StudyRegime partyDay = regime("周五党日", StudyKind.FRIDAY_PARTY_DAY, Recurrence.FRIDAYS, yearStart, department);
        StudyRegime committeeStudy = regime("党委中心组学习", StudyKind.COMMITTEE_STUDY, Recurrence.MONTHLY, yearStart.withDayOfMonth(15), committee);
        ledger.getRegimes().addAll(List.of(weekly, briefing, partyDay, committeeStudy));

        for (int i = 0; i < 4; i++) {
            ledger.getReadingItems().add(readingItem(i));
        }
        for (LocalDate day = yearStart; !day.isAfter(yearEnd); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || random.nextInt(25) == 0) {
                continue;
            }
            StudySession morning = session(ledger, day, StudyKind.MORNING_BRIEFING, "早交班：当日工作部署", briefing, 0.5);
            if (day.equals(yearStart)) {
                // New Year's Day is a holiday: the briefing drawn for it is not held (and its draws keep the rest of the sample as it was)
                ledger.getMakeUps().removeIf(makeUp -> makeUp.getSession() == morning);
            } else {
                keep(ledger, morning);
            }
            if (weekday == DayOfWeek.MONDAY) {
                keep(ledger, session(ledger, day, StudyKind.WEEKLY_STUDY, "每周一学：重要讲话精神", weekly, 1.5));
            }
            if (weekday == DayOfWeek.FRIDAY) {
                keep(ledger, session(ledger, day, StudyKind.FRIDAY_PARTY_DAY, "周五党日：党章党规学习", partyDay, 2));
            }
            if (day.getDayOfMonth() == 15 || day.getDayOfMonth() == 16 && weekday == DayOfWeek.MONDAY) {
                keep(ledger, session(ledger, day, StudyKind.COMMITTEE_STUDY, "党委中心组学习", committeeStudy, 3));
            }
        }
        excuseFirstMissedBriefing(ledger, briefing);
        for (int quarter = 0; quarter < 4; quarter++) {
            keep(ledger, session(ledger, LocalDate.of(year, quarter * 3 + 2, 20), StudyKind.PARTY_LECTURE, "专题党课", null, 2));
            StudySession groupStudy = session(ledger, LocalDate.of(year, quarter * 3 + 3, 10), StudyKind.GROUP_STUDY, "集中学习", null, 4);
            // each quarter's group study works through one book of the reading list (read in full or in part)
            groupStudy.setReadingItem(ledger.getReadingItems().get(quarter));
            keep(ledger, groupStudy);
        }
        keep(ledger, session(ledger, LocalDate.of(year, 7, 1), StudyKind.ON_SITE_TEACHING, "现地教学：革命纪念馆", null, 4));
        for (Person reader : staff) {
            for (ReadingItem item : ledger.getReadingItems()) {
                ReadingProgress progress = study.createReadingProgress();
                progress.setReader(reader);
                progress.setItem(item);
                int done = item.getMode() == ReadingMode.FULL ? item.getChapters().size() : random.nextInt(item.getChapters().size() + 1);
                progress.getChaptersDone().addAll(item.getChapters().subList(0, done));
                ledger.getProgress().add(progress);
            }
            if (!happened(LocalDate.of(year, 6, 28))) {
                continue;
            }
            Reflection reflection = study.createReflection();
            reflection.setAuthor(reader);
            reflection.setDate(LocalDate.of(year, 6, 28));
            reflection.setTitle("学习心得体会");
            reflection.setText("通过学习，进一步坚定了理想信念，增强了履职尽责的本领。");
            reflection.setItem(ledger.getReadingItems().get(0));
            ledger.getReflections().add(reflection);
        }
        return ledger;
    }

    private StudyRegime regime(String name, StudyKind kind, Recurrence recurrence, LocalDate start, StudyGroup group) {
        StudyRegime regime = study.createStudyRegime();
        regime.setName(name);
        regime.setKind(kind);
        regime.setRecurrence(recurrence);
        regime.setStartDate(start);
        regime.setGroup(group);
        return regime;
    }

    /** New Year's Day is a holiday, and the first other workday without a briefing a day of training away: excused, not missed. */
    private void excuseFirstMissedBriefing(StudyLedger ledger, StudyRegime briefing) {
        if (yearStart.getDayOfWeek() != DayOfWeek.SATURDAY && yearStart.getDayOfWeek() != DayOfWeek.SUNDAY) {
            ExcusedOccurrence holiday = study.createExcusedOccurrence();
            holiday.setDate(yearStart);
            holiday.setReason("元旦假期");
            briefing.getExcused().add(holiday);
        }
        for (LocalDate day = yearStart.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate workday = day;
            if (workday.getDayOfWeek() != DayOfWeek.SATURDAY && workday.getDayOfWeek() != DayOfWeek.SUNDAY
                    && ledger.getSessions().stream().noneMatch(session -> session.getRegime() == briefing && session.getDate().equals(workday))) {
                ExcusedOccurrence away = study.createExcusedOccurrence();
                away.setDate(workday);
                away.setReason("全体人员参加上级集中轮训");
                briefing.getExcused().add(away);
                return;
            }
        }
    }

    private LocalDate firstMonday() {
        LocalDate day = yearStart;
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private StudyGroup group(String name, List<Person> members, StudyKind... kinds) {
        StudyGroup group = study.createStudyGroup();
        group.setName(name);
        group.getMembers().addAll(members);
        group.getKinds().addAll(List.of(kinds));
        group.setBooksPerYear(4);
        return group;
    }

    /** What the record book says was studied, as offices write it. */
    private static String summary(StudyKind kind) {
        return switch (kind) {
            case MORNING_BRIEFING -> "通报当日工作安排，传达上级通知要求，明确责任分工。";
            case WEEKLY_STUDY -> "学习习近平总书记重要讲话精神，结合人武部工作实际交流体会。";
            case FRIDAY_PARTY_DAY -> "学习党章党规，开展党员谈心交流，查摆问题明确整改措施。";
            case COMMITTEE_STUDY -> "党委中心组专题学习，围绕国防动员和民兵建设研讨交流。";
            case PARTY_LECTURE -> "书记讲专题党课，对照初心使命查找差距。";
            case GROUP_STUDY -> "集中学习规定书目，逐章领学，分组讨论。";
            case ON_SITE_TEACHING -> "参观革命纪念馆，重温入党誓词，接受革命传统教育。";
        };
    }

    /** Who is expected: the committee at its own study, the department's staff at everything else. */
    private StudyGroup groupOf(StudyKind kind) {
        return kind == StudyKind.COMMITTEE_STUDY ? committee : department;
    }

    private ReadingItem readingItem(int index) {
        String[] titles = { "习近平新时代中国特色社会主义思想学习纲要", "党章", "中国共产党纪律处分条例", "习近平强军思想学习问答" };
        ReadingItem item = study.createReadingItem();
        item.setTitle(titles[index]);
        item.setMode(index < 2 ? ReadingMode.FULL : ReadingMode.SELECTED);
        item.setYear(year);
        int chapters = 6 + random.nextInt(5);
        for (int c = 1; c <= chapters; c++) {
            Chapter chapter = study.createChapter();
            chapter.setNumber(c);
            chapter.setTitle("第" + c + "章");
            item.getChapters().add(chapter);
        }
        return item;
    }

    /** How far back an absence may still be waiting for its make-up in the sample. */
    private static final int OPEN_MAKE_UPS_DAYS = 21;

    /** Sessions held, and those planned for the next weeks; later ones are not planned yet. */
    private void keep(StudyLedger ledger, StudySession session) {
        if (!session.getDate().isAfter(today.plusDays(PLANNED_DAYS))) {
            ledger.getSessions().add(session);
        }
    }

    /** A session planned (dated after today) has its topic and group but no roll call, summary or make-ups yet. */
    private StudySession session(StudyLedger ledger, LocalDate date, StudyKind kind, String topic, StudyRegime regime, double hours) {
        boolean held = happened(date);
        StudySession session = study.createStudySession();
        session.setDate(date);
        session.setKind(kind);
        session.setTopic(topic);
        session.setRegime(regime);
        session.setHours(hours);
        session.setPlace("人武部会议室");
        session.setNotes(held ? summary(kind) : null);
        session.setPresenter(staff.get(0));
        StudyGroup group = groupOf(kind);
        session.setGroup(group);
        for (Person person : staff) {
            // one draw per staff member whether expected or not, so the rest of the sample stays as it was
            boolean absent = random.nextInt(12) == 0;
            boolean madeUp = absent && random.nextBoolean();
            if (!group.getMembers().contains(person) || !held) {
                continue;
            }
            if (absent) {
                session.getAbsentees().add(person);
                Absence absence = study.createAbsence();
                absence.setPerson(person);
                absence.setReason(AbsenceReason.get((date.getDayOfYear() + staff.indexOf(person)) % AbsenceReason.VALUES.size()));
                session.getAbsences().add(absence);
                // absences are made up as a rule, within the two weeks the department allows; of the last three weeks'
                // about half are still open, a few of them past those two weeks (an office's register, not a backlog)
                if ((madeUp || date.isBefore(today.minusDays(OPEN_MAKE_UPS_DAYS))) && happened(date.plusDays(3))) {
                    MakeUpStudy makeUp = study.createMakeUpStudy();
                    makeUp.setPerson(person);
                    makeUp.setSession(session);
                    makeUp.setDate(date.plusDays(3));
                    makeUp.setMethod(date.getDayOfMonth() % 3 == 0 ? MakeUpMethod.MAKE_UP_CLASS : MakeUpMethod.SELF_STUDY);
                    ledger.getMakeUps().add(makeUp);
                }
            } else {
                session.getAttendees().add(person);
            }
        }
        return session;
    }
}
