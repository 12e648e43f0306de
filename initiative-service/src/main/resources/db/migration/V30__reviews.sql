-- reviews: panel members learnt from panel-events, review rounds, reviews and the review-due job.

-- Members of the known panels: ids, pillar and role only (no names). keycloak_user_id is the
-- token subject of the member's login, null while the member has none.
create table known_panel_member (
    member_id        uuid primary key,
    panel_id         uuid not null,
    city_code        text not null,
    keycloak_user_id text,
    pillar           text not null
                     check (pillar in ('CITIZENS', 'CIVIL_SOCIETY', 'EXPERTISE', 'PUBLIC_AUTHORITY')),
    role             text not null,
    active           boolean not null,
    updated_at       timestamptz not null
);
create index ix_known_panel_member_panel on known_panel_member (panel_id) where active;

create table review_round (
    id               uuid primary key,
    initiative_id    uuid not null references initiative (id),
    panel_id         uuid not null,
    city_code        text not null,
    status           text not null check (status in ('OPEN', 'CLOSED')),
    opened_at        timestamptz not null,
    opened_by        text not null,
    closes_at        timestamptz not null,
    closed_at        timestamptz,
    closed_by        text,
    -- Set once, by whichever replica's job announced quorum-at-risk first.
    quorum_warned_at timestamptz,
    version          bigint not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null))
);
-- At most one open round per initiative, also against two concurrent requests.
create unique index uq_review_round_open on review_round (initiative_id) where status = 'OPEN';
create index ix_review_round_initiative on review_round (initiative_id, opened_at);
create index ix_review_round_open_closes on review_round (closes_at) where status = 'OPEN';

-- The eligible reviewers, snapshotted when the round opened.
create table review_round_reviewer (
    round_id         uuid not null references review_round (id),
    member_id        uuid not null,
    keycloak_user_id text,
    pillar           text not null,
    primary key (round_id, member_id)
);
create index ix_review_round_reviewer_user on review_round_reviewer (keycloak_user_id);

create table review (
    id               uuid primary key,
    round_id         uuid not null references review_round (id),
    city_code        text not null,
    member_id        uuid,
    keycloak_user_id text,
    pillar           text not null,
    submitted_at     timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0,
    -- One review per member and round; erased reviewers (null) no longer collide.
    constraint uq_review_round_member unique (round_id, member_id)
);
create index ix_review_user on review (keycloak_user_id);

create table review_score (
    review_id uuid not null references review (id),
    criterion text not null check (criterion in ('RELEVANCE', 'EFFECTIVENESS', 'INCLUSIVENESS',
                                                 'SUSTAINABILITY', 'TRANSFERABILITY')),
    score     integer not null check (score between 1 and 5),
    -- null only once the reviewer was erased.
    reason    text check (length(reason) between 1 and 2000),
    primary key (review_id, criterion)
);

alter table initiative add column review_again_on date;

-- review-due announced exactly once per initiative and date, whichever replica's job runs first.
create table review_due_announced (
    initiative_id uuid not null references initiative (id),
    due_on        date not null,
    announced_at  timestamptz not null,
    primary key (initiative_id, due_on)
);
create index ix_initiative_review_again_on on initiative (review_again_on)
    where review_again_on is not null;
