-- Questions, comments and replies on published practices, their reports and moderation (docs/discussion.md).
create table discussion_post (
    id                uuid primary key,
    practice_id       uuid not null references good_practice (id),
    -- The practice's (source) town: its coordinator marks answers.
    practice_city     text not null,
    kind              text not null check (kind in ('QUESTION', 'COMMENT', 'REPLY')),
    -- A reply's question or comment; replies are one level deep.
    parent_id         uuid references discussion_post (id),
    parent_kind       text check (parent_kind in ('QUESTION', 'COMMENT')),
    -- Keycloak id of the author, or 'erased' after eu.cohesion.person.erased; never a name.
    author_id         text not null,
    author_role       text not null check (author_role in ('MEMBER', 'COORDINATOR', 'NETWORK_ADMIN')),
    author_city       text,
    title             text check (length(title) between 2 and 200),
    body              text not null check (length(body) between 2 and 4000),
    visibility        text not null check (visibility in ('VISIBLE', 'HIDDEN')),
    answer_id         uuid references discussion_post (id),
    answered_at       timestamptz,
    moderation_reason text check (length(moderation_reason) <= 500),
    moderated_at      timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null default 0,
    check ((kind = 'QUESTION') = (title is not null)),
    check ((kind = 'REPLY') = (parent_id is not null and parent_kind is not null)),
    check (answer_id is null or kind = 'QUESTION')
);

create index ix_discussion_post_practice on discussion_post (practice_id, kind, created_at);
create index ix_discussion_post_parent on discussion_post (parent_id, created_at);
create index ix_discussion_post_author on discussion_post (author_id);

-- One report per person and post; the reports after a post's last moderation step (moderated_at)
-- are open and put it in the moderation queue.
create table post_report (
    id          uuid primary key,
    post_id     uuid not null references discussion_post (id),
    reported_by text not null,
    reason      text check (length(reason) between 2 and 500),
    reported_at timestamptz not null,
    constraint uq_post_report_reporter unique (post_id, reported_by)
);

create index ix_post_report_reporter on post_report (reported_by);
create index ix_post_report_reported_at on post_report (reported_at desc, post_id);

-- Every hide and restore: who (Keycloak id), when, why. Never deleted.
create table post_moderation (
    id           uuid primary key,
    post_id      uuid not null references discussion_post (id),
    step         text not null check (step in ('HIDE', 'RESTORE')),
    moderated_by text not null,
    reason       text not null check (length(reason) between 2 and 500),
    moderated_at timestamptz not null
);

create index ix_post_moderation_post on post_moderation (post_id, moderated_at);
create index ix_post_moderation_moderator on post_moderation (moderated_by);
