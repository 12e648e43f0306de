-- Residents' feedback: one anonymous short survey per initiative (docs/survey.md).
create table survey (
    id             uuid primary key,
    initiative_id  uuid not null unique references initiative (id) on delete cascade,
    -- Copied from the initiative: the town decides who may read and change the survey.
    city_code      text not null,
    -- What the public link and the QR code carry (128 random bits), never the initiative id.
    public_token   text not null unique check (length(public_token) between 20 and 64),
    languages      jsonb not null,
    title          jsonb not null,
    questions      jsonb not null,
    status         text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    -- Counted by the answering use case directly, so the coordinator's ETag stays valid.
    response_count integer not null default 0 check (response_count >= 0),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0
);

-- A rating or a choice of one resident, deliberately without a response id, a time or anything
-- about the client: answers of one resident cannot be put together again.
create table survey_answer (
    id          bigserial primary key,
    survey_id   uuid not null references survey (id) on delete cascade,
    question_id text not null check (length(question_id) between 1 and 10),
    rating      smallint check (rating between 1 and 5),
    choice      text check (length(choice) between 1 and 10),
    check ((rating is null) <> (choice is null))
);

create index ix_survey_answer_survey on survey_answer (survey_id, question_id);

-- A screened free-text answer (FreeTextScreen), apart from the same resident's other answers.
create table survey_quote (
    id          uuid primary key,
    survey_id   uuid not null references survey (id) on delete cascade,
    city_code   text not null,
    question_id text not null check (length(question_id) between 1 and 10),
    text        text not null check (length(text) between 1 and 1000),
    status      text not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    version     bigint not null default 0
);

create index ix_survey_quote_survey on survey_quote (survey_id, status);

-- Duplicate suppression: a keyed hash (HMAC-SHA-256) of the browser's random answer token. Not
-- the client address, not a time: the key stays on the server, so the row cannot be tied back to
-- a browser without it, and never to a person.
create table survey_answer_token (
    survey_id  uuid not null references survey (id) on delete cascade,
    token_hash bytea not null,
    primary key (survey_id, token_hash)
);
