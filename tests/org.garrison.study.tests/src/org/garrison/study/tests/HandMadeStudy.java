package org.garrison.study.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * A small study ledger made by hand, so that every expected value in a test can be counted on
 * paper: four persons, a group of three, a weekly regime from Monday 2026-01-05, two books.
 */
final class HandMadeStudy {

    final StudyFactory study = StudyFactory.eINSTANCE;
    final District district = CoreFactory.eINSTANCE.createDistrict();
    final StudyLedger ledger = study.createStudyLedger();
    final Person zhang = person("张一", 1);
    final Person wang = person("王二", 2);
    final Person li = person("李三", 3);
    final Person zhao = person("赵四", 4);
    final StudyGroup staff = study.createStudyGroup();
    final StudyRegime weekly = study.createStudyRegime();
    final ReadingItem fullBook = book("党章", ReadingMode.FULL, 4);
    final ReadingItem selectedBook = book("习近平强军思想学习问答", ReadingMode.SELECTED, 5);
    final AdapterFactoryEditingDomain domain;

    HandMadeStudy() {
        district.setCode("330100");
        district.setName("测试区");
        ledger.setDistrict(district);
        staff.setName("人武部全体人员");
        staff.getMembers().addAll(List.of(zhang, wang, li));
        staff.getKinds().add(StudyKind.WEEKLY_STUDY);
        staff.setBooksPerYear(2);
        ledger.getGroups().add(staff);
        weekly.setName("每周一学");
        weekly.setKind(StudyKind.WEEKLY_STUDY);
        weekly.setRecurrence(Recurrence.WEEKLY);
        weekly.setStartDate(LocalDate.of(2026, 1, 5));
        weekly.setGroup(staff);
        ledger.getRegimes().add(weekly);
        ledger.getReadingItems().addAll(List.of(fullBook, selectedBook));
        Resource resource = new ResourceImpl();
        resource.getContents().addAll(List.of(district, ledger));
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getResourceSet().getResources().add(resource);
    }

    private Person person(String name, int sequence) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("330102", LocalDate.of(1985, 3, sequence), sequence));
        district.getPersons().add(person);
        return person;
    }

    private ReadingItem book(String title, ReadingMode mode, int chapters) {
        ReadingItem item = study.createReadingItem();
        item.setTitle(title);
        item.setMode(mode);
        item.setYear(2026);
        for (int c = 1; c <= chapters; c++) {
            Chapter chapter = study.createChapter();
            chapter.setNumber(c);
            chapter.setTitle("第" + c + "章");
            item.getChapters().add(chapter);
        }
        return item;
    }

    StudySession session(LocalDate date, StudyKind kind, StudyRegime regime, List<Person> present, List<Person> absent) {
        StudySession session = study.createStudySession();
        session.setDate(date);
        session.setKind(kind);
        session.setTopic(kind.getLiteral() + " " + date);
        session.setRegime(regime);
        session.setGroup(staff);
        session.setHours(1.5);
        session.setPresenter(zhang);
        session.getAttendees().addAll(present);
        session.getAbsentees().addAll(absent);
        ledger.getSessions().add(session);
        return session;
    }

    ReadingProgress read(Person reader, ReadingItem item, int chapters) {
        ReadingProgress progress = study.createReadingProgress();
        progress.setReader(reader);
        progress.setItem(item);
        progress.getChaptersDone().addAll(item.getChapters().subList(0, chapters));
        ledger.getProgress().add(progress);
        return progress;
    }
}
