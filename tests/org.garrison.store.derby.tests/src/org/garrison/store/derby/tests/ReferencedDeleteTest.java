package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.store.ReferencedRecordException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.Test;

/** Deleting a record that others still refer to is refused with a message that names both and says what to do. */
class ReferencedDeleteTest {

    @Test
    void aPersonStillOnTheRosterCannotBeDeleted() throws Exception {
        MilitiaFixture fixture = MilitiaFixture.stored("referenced");
        try (StoreSession session = fixture.store.openSession()) {
            District district = session.<District>loadRoots(CorePackage.Literals.DISTRICT).get(0);
            Person zhao = district.getPersons().stream().filter(p -> p.getName().equals("赵一")).findFirst().orElseThrow();
            long zhaoId = session.idOf(zhao).getAsLong();
            district.getPersons().remove(zhao);

            assertThatThrownBy(session::commit).isInstanceOf(ReferencedRecordException.class)
                    .hasMessageContaining("Person “赵一”").hasMessageContaining("编号 " + zhaoId)
                    .hasMessageContaining("MilitiaMember").hasMessageContaining("“person”").hasMessageContaining("请先删除")
                    .satisfies(e -> assertThat(((ReferencedRecordException) e).record()).isSameAs(zhao))
                    .satisfies(e -> assertThat(((ReferencedRecordException) e).referrers()).hasSize(1));
            assertThat(session.hasChanges()).as("the change is kept for the user to undo or fix").isTrue();
        }
        try (StoreSession reader = fixture.store.openSession()) {
            assertThat(reader.count(Query.of(CorePackage.Literals.PERSON))).isEqualTo(6);
        }
        fixture.store.close();
    }
}
