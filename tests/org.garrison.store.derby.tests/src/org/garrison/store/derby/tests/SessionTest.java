package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.objects.ObjectIds;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudySession;
import org.garrison.model.validation.RecordValidation;
import org.garrison.store.ConflictException;
import org.garrison.store.StoreSession;
import org.garrison.store.ValidationException;
import org.junit.jupiter.api.Test;

/** Sessions: changes committed whole, optimistic-lock conflicts that lose nothing, deletes and additions. */
class SessionTest {

    @Test
    void secondWriterOfTheSameRecordGetsAConflictAndLosesNothing() throws Exception {
        DerbyStore database = storedDistrict("conflict", "张三", "李四");
        StoreSession first = database.openSession();
        StoreSession second = database.openSession();
        Person mine = person(first.loadAll(), "张三");
        Person theirs = person(second.loadAll(), "张三");

        mine.setName("张三丰");
        first.commit();
        assertThat(ObjectIds.of(mine).version()).isEqualTo(1);

        theirs.setPhone("13900000000");
        assertThatThrownBy(second::commit).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Person").hasMessageContaining("已被他人修改").hasMessageContaining("没有丢失")
                .satisfies(e -> assertThat(((ConflictException) e).records()).containsExactly(theirs));
        assertThat(theirs.getPhone()).isEqualTo("13900000000"); // still in the second user's working copy

        Person stored = person(database.openSession().loadAll(), "张三丰");
        assertThat(stored.getPhone()).isNull();
        database.close();
    }

    @Test
    void theChangeLogRecordsWhoWhenWhatAndTheValues() throws Exception {
        DerbyStore database = storedDistrict("log", "张三");
        StoreSession session = database.openSession("王参谋");
        District district = (District) session.loadAll().get(0);
        Person zhang = person(List.of(district), "张三");
        zhang.setName("张三丰");
        zhang.setName("张三峰");
        Person li = person("李四");
        district.getPersons().add(li);
        session.commit();

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet commit = statement.executeQuery("SELECT AUTHOR, COMMITTED_AT FROM GARRISON_COMMIT ORDER BY ID DESC")) {
                assertThat(commit.next()).isTrue();
                assertThat(commit.getString(1)).isEqualTo("王参谋");
                assertThat(commit.getTimestamp(2)).isNotNull();
            }
            List<String> changes = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT C.OBJECT_ID, C.KIND, C.FEATURE, C.OLD_VALUE, C.NEW_VALUE FROM GARRISON_CHANGE C "
                    + "WHERE C.COMMIT_ID = (SELECT MAX(ID) FROM GARRISON_COMMIT) ORDER BY C.KIND, C.FEATURE")) {
                while (rows.next()) {
                    changes.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4) + " → " + rows.getString(5));
                }
            }
            long zhangId = ObjectIds.of(zhang).id();
            long liId = ObjectIds.of(li).id();
            long districtId = ObjectIds.of(district).id();
            assertThat(changes).containsExactly(
                    liId + " INSERT null null → null",
                    zhangId + " UPDATE name 张三 → 张三峰",
                    districtId + " UPDATE persons [#" + zhangId + "] → [#" + zhangId + ", #" + liId + "]");
            connection.rollback();
        }
        database.close();
    }

    /** The district's persons list of a real district is longer than the log's column: the log keeps its start and its length. */
    @Test
    void aListTooLongForTheChangeLogIsLoggedCutAndTheCommitGoesThrough() throws Exception {
        DerbyStore database = storedDistrict("longlist", java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "人员" + i).toArray(String[]::new));
        StoreSession session = database.openSession();
        District district = (District) session.loadAll().get(0);
        district.getPersons().add(person("新来的"));
        session.commit();

        assertThat(database.openSession().count(org.garrison.store.query.Query.of(CorePackage.Literals.PERSON))).isEqualTo(5001);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet logged = statement.executeQuery("SELECT OLD_VALUE, NEW_VALUE FROM GARRISON_CHANGE WHERE FEATURE = 'persons' "
                        + "AND COMMIT_ID = (SELECT MAX(ID) FROM GARRISON_COMMIT)")) {
            assertThat(logged.next()).isTrue();
            String before = logged.getString(1);
            String after = logged.getString(2);
            assertThat(after).hasSize(32_672).startsWith("[#").matches(".*…\\[\\d+\\]$");
            assertThat(before).hasSize(32_672);
            assertThat(Integer.parseInt(after.substring(after.lastIndexOf('[') + 1, after.length() - 1)))
                    .as("the full length, one element more than before").isGreaterThan(Integer.parseInt(before.substring(before.lastIndexOf('[') + 1, before.length() - 1)));
            connection.rollback();
        }
        database.close();
    }

    @Test
    void loadingRootsAgainAnswersTheSameRoots() throws Exception {
        DerbyStore database = storedDistrict("again", "张三");
        StoreSession session = database.openSession();
        List<District> first = session.loadRoots(CorePackage.Literals.DISTRICT);
        List<District> second = session.loadRoots(CorePackage.Literals.DISTRICT);
        assertThat(first).hasSize(1);
        assertThat(second).containsExactlyElementsOf(first);
        database.close();
    }

    @Test
    void addedAndRemovedRecordsAreStored() throws Exception {
        DerbyStore database = storedDistrict("addremove", "张三", "李四");
        StoreSession session = database.openSession();
        District district = (District) session.loadAll().get(0);
        district.getPersons().remove(person(List.of(district), "李四"));
        Person added = person("王五");
        district.getPersons().add(0, added);
        session.commit();

        District reloaded = (District) database.openSession().loadAll().get(0);
        assertThat(reloaded.getPersons()).extracting(Person::getName).containsExactly("王五", "张三");
        assertThat(objectCount(database)).isEqualTo(3);
        database.close();
    }

    @Test
    void anInvalidRecordAmongAThousandStopsTheWholeCommit() throws Exception {
        DerbyStore database = storedDistrict("invalid",
                records -> RecordValidation.validateEach(records, Locale.CHINA, LocalDate.of(2026, 12, 31)));
        StoreSession session = database.openSession();
        District district = (District) session.loadAll().get(0);
        for (int i = 0; i < 1000; i++) {
            district.getPersons().add(person("民兵" + i));
        }
        Person wrong = district.getPersons().get(500);
        wrong.setName("错号人员");
        wrong.setIdentityNumber(wrong.getIdentityNumber().substring(0, 17) + (wrong.getIdentityNumber().charAt(17) == '0' ? '1' : '0'));

        assertThatThrownBy(session::commit).isInstanceOf(ValidationException.class)
                .hasMessageContaining("人员“错号人员”").hasMessageContaining("校验码错误")
                .satisfies(e -> assertThat(((ValidationException) e).errors()).hasSize(1));
        assertThat(objectCount(database)).isEqualTo(1); // the district alone: none of the thousand
        database.close();
    }

    @Test
    void aFailedCommitWritesNothingKeepsTheChangesAndCanBeRepeated() throws Exception {
        DerbyStore database = storedDistrict("repeat", "张三");
        StoreSession session = database.openSession();
        District district = (District) session.loadAll().get(0);
        Person zhang = person(List.of(district), "张三");
        zhang.setName("张三丰");
        Person newcomer = person("赵六");
        district.getPersons().add(newcomer);
        StudySession talk = StudyFactory.eINSTANCE.createStudySession();
        talk.setDate(LocalDate.of(2026, 3, 2));
        talk.setKind(StudyKind.WEEKLY_STUDY);
        talk.setTopic("每周一学");
        talk.setPresenter(person("外来人员")); // a presenter in no stored tree
        session.add(talk);

        assertThatThrownBy(session::commit).isInstanceOf(ValidationException.class).hasMessageContaining("presenter");
        assertThat(objectCount(database)).isEqualTo(2); // the district and 张三, as before
        assertThat(ObjectIds.of(newcomer)).isNull();
        assertThat(zhang.getName()).isEqualTo("张三丰");

        session.remove(talk);
        session.commit();
        District reloaded = (District) database.openSession().loadAll().get(0);
        assertThat(reloaded.getPersons()).extracting(Person::getName).containsExactly("张三丰", "赵六");
        database.close();
    }

    private static DerbyStore storedDistrict(String name, String... persons) throws Exception {
        return storedDistrict(name, CommitValidator.EMF, persons);
    }

    private static DerbyStore storedDistrict(String name, CommitValidator validator, String... persons) throws Exception {
        DerbyStore database = TestDatabases.freshStore(name, validator);
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("示范区");
        district.setCode("320102");
        for (String personName : persons) {
            district.getPersons().add(person(personName));
        }
        StoreSession session = database.openSession();
        session.add(district);
        session.commit();
        return database;
    }

    private static int sequence;

    /** A person with a valid, unique identity number. */
    private static Person person(String name) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        int n = ++sequence;
        person.setIdentityNumber(IdentityNumber.of("320102", LocalDate.of(1990, 1, 1).plusDays(n / 400), n % 400 * 2 + 1));
        return person;
    }

    private static Person person(List<EObject> roots, String name) {
        return ((District) roots.get(0)).getPersons().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
    }

    private static int objectCount(DerbyStore database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM GARRISON_OBJECT")) {
            count.next();
            int result = count.getInt(1);
            connection.rollback();
            return result;
        }
    }
}
