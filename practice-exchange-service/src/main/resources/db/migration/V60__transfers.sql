-- transfers: a published practice travelling to another town (docs/transfers.md).
create table practice_transfer (
    id             uuid primary key,
    practice_id    uuid not null references good_practice (id),
    -- The practice's town, which answers; and the adopting town, which moves the transfer.
    source_city    text not null,
    city_code      text not null check (city_code <> source_city),
    status         text not null
        check (status in ('INTERESTED', 'ADAPTING', 'TRANSFERRED', 'ABANDONED')),
    note           text,
    -- The adopting town's initiative (initiative-service), from ADAPTING on.
    initiative_id  uuid,
    changes        text,
    abandon_reason text,
    answer         text,
    answered_at    timestamptz,
    -- Keycloak id of the coordinator who registered it, 'erased' after eu.cohesion.person.erased.
    created_by     text not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0,
    check (status = 'INTERESTED' or initiative_id is not null or status = 'ABANDONED'),
    check (status <> 'TRANSFERRED' or changes is not null),
    check (status <> 'ABANDONED' or abandon_reason is not null)
);

-- One open transfer per practice and adopting town; a concurrent second registration loses here.
create unique index uq_practice_transfer_open
    on practice_transfer (practice_id, city_code)
    where status in ('INTERESTED', 'ADAPTING');
create index ix_practice_transfer_practice on practice_transfer (practice_id, created_at, id);
create index ix_practice_transfer_initiative on practice_transfer (initiative_id)
    where initiative_id is not null;
create index ix_practice_transfer_city on practice_transfer (city_code);
create index ix_practice_transfer_source on practice_transfer (source_city);
create index ix_practice_transfer_author on practice_transfer (created_by);
