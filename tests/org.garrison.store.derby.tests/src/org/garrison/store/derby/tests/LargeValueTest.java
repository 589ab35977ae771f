package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * Attachment contents are large values: loading and querying records leaves them in the database,
 * they are read when asked for, and an update of the record's other fields never overwrites them.
 */
class LargeValueTest {

    private static final EAttribute CONTENT = CorePackage.Literals.ATTACHMENT__CONTENT;

    @Test
    void contentsAreNotReadWithTheRecordsAndLoadWhenAskedFor() throws Exception {
        byte[] scan = bytes(300_000);
        DerbyStore store = storedPersonWithAttachment("lazy-blob", scan);
        try (StoreSession session = store.openSession()) {
            Attachment attachment = onlyAttachment(session);
            assertThat(session.isLargeValueLoaded(attachment, CONTENT)).as("not read with the district").isFalse();
            assertThat(attachment.getContent()).isNull();
            assertThat(attachment.getName()).isEqualTo("签到表.png");

            assertThat(session.loadLargeValue(attachment, CONTENT)).isEqualTo(scan);
            assertThat(attachment.getContent()).isEqualTo(scan);
            assertThat(session.isLargeValueLoaded(attachment, CONTENT)).isTrue();
            assertThat(session.hasChanges()).as("reading is not changing").isFalse();
        }
        store.close();
    }

    @Test
    void anUpdateOfOtherFieldsKeepsTheUnreadContentAndANewContentIsWritten() throws Exception {
        byte[] scan = bytes(50_000);
        DerbyStore store = storedPersonWithAttachment("lazy-blob-update", scan);
        try (StoreSession session = store.openSession()) {
            Attachment attachment = onlyAttachment(session);
            attachment.setDescription("第一季度");
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            Attachment attachment = onlyAttachment(session);
            assertThat(attachment.getDescription()).isEqualTo("第一季度");
            assertThat(session.loadLargeValue(attachment, CONTENT)).as("the content survived the update").isEqualTo(scan);
            attachment.setContent(bytes(10));
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            Attachment attachment = onlyAttachment(session);
            assertThat(session.loadLargeValue(attachment, CONTENT)).isEqualTo(bytes(10));
        }
        store.close();
    }

    @Test
    void aNewRecordsContentIsItsOwn() throws Exception {
        DerbyStore store = storedPersonWithAttachment("lazy-blob-new", bytes(5));
        try (StoreSession session = store.openSession()) {
            Attachment fresh = CoreFactory.eINSTANCE.createAttachment();
            fresh.setContent(bytes(7));
            assertThat(session.isLargeValueLoaded(fresh, CONTENT)).isTrue();
            assertThat(session.loadLargeValue(fresh, CONTENT)).isEqualTo(bytes(7));
        }
        store.close();
    }

    private static Attachment onlyAttachment(StoreSession session) throws Exception {
        List<District> districts = session.loadRoots(CorePackage.Literals.DISTRICT);
        return districts.get(0).getPersons().get(0).getAttachments().get(0);
    }

    private static DerbyStore storedPersonWithAttachment(String name, byte[] content) throws Exception {
        DerbyStore store = TestDatabases.freshStore(name, records -> new BasicDiagnostic());
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("测试区");
        district.setCode("320102");
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName("张三");
        person.setIdentityNumber(IdentityNumber.of("320102", LocalDate.of(1995, 5, 5), 11));
        Attachment attachment = CoreFactory.eINSTANCE.createAttachment();
        attachment.setName("签到表.png");
        attachment.setMediaType("image/png");
        attachment.setContent(content);
        person.getAttachments().add(attachment);
        district.getPersons().add(person);
        try (StoreSession session = store.openSession()) {
            session.add(district);
            session.commit();
        }
        return store;
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + length);
        }
        return bytes;
    }
}
