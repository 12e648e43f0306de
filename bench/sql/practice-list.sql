-- pgbench script of bench/run: the two statements practice-exchange-service issues for the public
-- GET /practices?page=0&size=20 (PracticeCatalogue.list -> Panache find(...).page(0, 20).list(),
-- then count(), which pageCount() reuses), copied from Hibernate's SQL log of a private run
-- (bench/run --show-sql prints them again). Anonymous callers list every town's published
-- practices, so there is no city condition. Run with -M prepared and -D status=PUBLISHED;
-- one pgbench transaction = one HTTP request.
\set offset 0
\set size 20
select gp1_0.id,gp1_0.approach,gp1_0.city_code,gp1_0.context,gp1_0.created_at,gp1_0.lessons,gp1_0.outcome,gp1_0.published_at,gp1_0.resources,gp1_0.results,gp1_0.source_initiative_id,gp1_0.status,gp1_0.summary,gp1_0.title,gp1_0.transferability,gp1_0.updated_at,gp1_0.version from good_practice gp1_0 where gp1_0.status=:status order by gp1_0.published_at desc nulls last,gp1_0.id offset :offset rows fetch first :size rows only;
select count(*) from good_practice gp1_0 where gp1_0.status=:status;
