-- Following (issue 10 item 6, docs/practices.md#following): a signed-in person (their token
-- subject) follows a published practice or a theme of the network's vocabulary and is told when it
-- is revised, answered or, for a theme, when a practice of it is published. Personal data: erased
-- with the person, listed in their export (docs/personal-data.md).
create table practice_follow (
    follower    text not null,
    practice_id uuid not null references good_practice (id) on delete cascade,
    followed_at timestamptz not null,
    primary key (follower, practice_id)
);
create index practice_follow_by_practice on practice_follow (practice_id);

create table theme_follow (
    follower    text not null,
    theme       text not null check (theme in ('LANGUAGE_AND_EDUCATION', 'EMPLOYMENT', 'HOUSING',
        'HEALTH', 'CULTURE_AND_SPORT', 'CIVIC_PARTICIPATION', 'ANTI_DISCRIMINATION', 'PUBLIC_SPACE',
        'DIGITAL_INCLUSION')),
    followed_at timestamptz not null,
    primary key (follower, theme)
);
create index theme_follow_by_theme on theme_follow (theme);
