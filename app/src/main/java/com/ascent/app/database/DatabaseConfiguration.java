package com.ascent.app.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Transactions that carry the current organization to PostgreSQL's row-level security. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, OrganizationScope scope) {
        return new OrganizationAwareTransactionManager(dataSource, scope);
    }
}
