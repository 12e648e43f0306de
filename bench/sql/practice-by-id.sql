-- pgbench script of bench/run: the statement practice-exchange-service issues for
-- GET /practices/{id} (PracticeCatalogue.get -> Panache findByIdOptional = EntityManager.find),
-- copied from Hibernate's SQL log of a private run (bench/run --show-sql prints it again).
-- Run with -M prepared, as the JDBC driver uses server-side prepared statements for repeated ones.
-- bench.mjs fills in the published practices' ids: each transaction reads a random published
-- practice, as wrk's requests do. The id array is a constant of the prepared statement; only the
-- subscript is bound per execution, in place of the service's bound id.
\set i random(1, __COUNT__)
select gp1_0.id,gp1_0.approach,gp1_0.city_code,gp1_0.context,gp1_0.created_at,gp1_0.lessons,gp1_0.outcome,gp1_0.published_at,gp1_0.resources,gp1_0.results,gp1_0.source_initiative_id,gp1_0.status,gp1_0.summary,gp1_0.title,gp1_0.transferability,gp1_0.updated_at,gp1_0.version from good_practice gp1_0 where gp1_0.id=(array[__IDS__]::uuid[])[:i];
