package com.ascent.app.mail;

import static com.ascent.app.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder run over a running program of 5,000 participants (2,500 HiPos, 2,500 mentors,
 * 2,500 pairs): every pair has a session in two days (5,000 session reminders), an overdue action
 * item (2,500 reminders) and no held session for eight weeks (one digest per administrator). Target:
 * under 10 s, all messages queued in one pass (batch inserts). A second run the same day queues
 * nothing. No SMTP server: the messages are kept (sending is the dispatcher's, measured apart).
 *
 * <p>Not part of the normal build (tag {@code benchmark}); the command is in docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
class ReminderBenchmark {

    static final int PAIRS = 2_500;

    @Autowired
    ReminderRunner runner;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void theDailyRunOverFiveThousandParticipants() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        UUID org = admin.organizationId();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(zone);
        UUID program = UUID.randomUUID();
        long setUp = System.nanoTime();
        inOrganization(org, () -> {
            dsl.execute("""
                    insert into ascent.program (id, organization_id, name, start_date, end_date, owner_name, state)
                    values (?, ?, 'Benchmark program', ?, ?, 'HR', 'RUNNING')""",
                    program, org, today.minusWeeks(8), today.plusMonths(10));
            dsl.execute("""
                    insert into ascent.person (id, organization_id, employee_id, full_name, email, function, title, level, location)
                    select gen_random_uuid(), ?, 'E' || n, 'Person ' || n, 'person' || n || '@example.com', 'Sales', 'Manager', 5, 'Berlin'
                    from generate_series(1, ?) n""", org, 2 * PAIRS);
            dsl.execute("""
                    insert into ascent.roster_member (id, organization_id, program_id, person_id, role, capacity)
                    select gen_random_uuid(), ?, ?, p.id,
                           case when substring(p.employee_id from 2)::int <= ? then 'HIPO' else 'MENTOR' end,
                           case when substring(p.employee_id from 2)::int <= ? then 0 else 1 end
                    from ascent.person p where p.organization_id = ?""", org, program, PAIRS, PAIRS, org);
            dsl.execute("""
                    insert into ascent.pair (id, organization_id, program_id, hipo_member_id, guide_member_id, kind, status)
                    select gen_random_uuid(), ?, ?, h.id, g.id, 'MENTORING', 'CONFIRMED'
                    from ascent.roster_member h
                    join ascent.person hp on hp.id = h.person_id
                    join ascent.person gp on gp.organization_id = hp.organization_id
                         and substring(gp.employee_id from 2)::int = substring(hp.employee_id from 2)::int + ?
                    join ascent.roster_member g on g.person_id = gp.id and g.program_id = h.program_id
                    where h.program_id = ? and h.role = 'HIPO'""", org, program, PAIRS, program);
            dsl.execute("""
                    insert into ascent.calendar_event (id, organization_id, program_id, pair_id, kind, title, starts_at, ends_at)
                    select gen_random_uuid(), ?, ?, p.id, 'SESSION', 'Mentoring session', s.at, s.at + interval '1 hour'
                    from ascent.pair p cross join lateral (select (?::date + time '10:00') at time zone 'Europe/Berlin' as at) s
                    where p.program_id = ?""", org, program, today.plusDays(2), program);
            dsl.execute("""
                    insert into ascent.calendar_event (id, organization_id, program_id, pair_id, kind, title, starts_at, ends_at, status)
                    select gen_random_uuid(), ?, ?, p.id, 'SESSION', 'First session', s.at, s.at + interval '1 hour', 'CANCELLED'
                    from ascent.pair p cross join lateral (select (?::date + time '10:00') at time zone 'Europe/Berlin' as at) s
                    where p.program_id = ?""", org, program, today.minusWeeks(7), program);
            dsl.execute("""
                    insert into ascent.action_item (id, organization_id, event_id, description, owner_name, due_date)
                    select gen_random_uuid(), ?, e.id, 'Prepare the next session', hp.full_name, ?
                    from ascent.calendar_event e join ascent.pair p on p.id = e.pair_id
                    join ascent.roster_member h on h.id = p.hipo_member_id join ascent.person hp on hp.id = h.person_id
                    where e.program_id = ? and e.status = 'CANCELLED'""", org, today.minusDays(3), program);
            return null;
        });
        System.out.printf("set-up (5,000 people, 2,500 pairs, 5,000 sessions, 2,500 action items): %d ms%n",
                (System.nanoTime() - setUp) / 1_000_000);

        long start = System.nanoTime();
        int queued = runner.run(org, today);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        int again = runner.run(org, today);
        long secondMs = (System.nanoTime() - start) / 1_000_000;
        int stored = inOrganization(org, () -> dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.ORGANIZATION_ID.eq(org)));

        System.out.printf("daily reminder run, 5,000 participants: %d messages queued in %d ms; second run: %d in %d ms%n",
                queued, firstMs, again, secondMs);
        assertThat(queued).isEqualTo(2 * PAIRS + PAIRS + 1);
        assertThat(stored).isEqualTo(queued);
        assertThat(again).isZero();
        assertThat(firstMs).as("target: under 10 s").isLessThan(10_000);
    }

    private <T> T inOrganization(UUID org, Supplier<T> work) {
        return OrganizationScope.callAs(org, () -> transactions.execute(tx -> work.get()));
    }
}
