package io.parley.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void aDatabaseUrlBecomesDatasourceProperties() {
        assertThat(DatabaseUrl.toDatasourceProperties("postgres://parley:s%40cret@db.internal:6543/parley?sslmode=require"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/parley?sslmode=require")
                .containsEntry("spring.datasource.username", "parley")
                .containsEntry("spring.datasource.password", "s@cret");
        assertThat(DatabaseUrl.toDatasourceProperties("postgresql://db/parley"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/parley");
    }

    @Test
    void somethingElseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DatabaseUrl.toDatasourceProperties("mysql://db/parley"))
                .hasMessageContaining("postgres://");
        assertThatThrownBy(() -> DatabaseUrl.toDatasourceProperties("postgres://db"))
                .hasMessageContaining("database name");
    }
}
