-- pgbench script of bench/run's write phase: what initiative-service writes for one
-- POST /initiatives with an Idempotency-Key, statement for statement and in the same transactions:
-- the kit's IdempotencyStore claims the key (a DELETE of a stale claim, then an INSERT, each on
-- its own auto-committed statement); InitiativeCreation reads the panel, inserts the initiative,
-- its first history step, the outbox row of eu.cohesion.initiative.created and the audit row in
-- one transaction; the store then records the response (UPDATE). Not included: the outbox relay's
-- send to Kafka and its published_at stamp after the commit, which the service does besides.
-- Run with -M prepared and -D panel=<a known_panel id>; one pgbench transaction = one request.
select gen_random_uuid() as key, gen_random_uuid() as initiative \gset
delete from idempotency_keys where caller = 'pgbench' and idempotency_key = :key::text and (expires_at < now() or (response_status is null and created_at < now() - make_interval(secs => 60)));
insert into idempotency_keys (caller, idempotency_key, method, path, request_hash, created_at, expires_at) values ('pgbench', :key::text, 'POST', '/initiatives', repeat('a', 64), now(), now() + make_interval(secs => 86400)) on conflict do nothing;
begin;
select kp1_0.id, kp1_0.city_code, kp1_0.first_seen_at, kp1_0.name from known_panel kp1_0 where kp1_0.id = :panel::uuid;
insert into initiative (adapted_from_city, adapted_from_practice_id, adapted_from_transfer_id, budget_amount, budget_currency, city_code, conclusion, created_at, created_by, language, outcome, panel_id, review_again_on, status, summary, title, updated_at, version, id) values (null, null, null, null, null, 'mechelen', null, now(), 'pgbench', 'en', null, :panel::uuid, null, 'DRAFT', 'A weekly welcome desk staffed in pairs, written by the benchmark.', 'Bench write ' || :key::text, now(), 0, :initiative::uuid);
insert into initiative_transition (changed_at, changed_by, from_status, initiative_id, reason, to_status) values (now(), 'pgbench', null, :initiative::uuid, 'created', 'DRAFT');
insert into outbox_event (id, aggregate_id, type, payload, created_at) values (gen_random_uuid(), :initiative::uuid, 'eu.cohesion.initiative.created', ('{"specversion":"1.0","id":"' || gen_random_uuid() || '","source":"/initiative-service","type":"eu.cohesion.initiative.created","subject":"' || :initiative::text || '","time":"' || now() || '","datacontenttype":"application/json","traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","data":{"initiativeId":"' || :initiative::text || '","panelId":"' || :panel::text || '","city":"mechelen","status":"DRAFT","createdAt":"' || now() || '"}}')::jsonb, now());
insert into admin_audit (at, actor, actor_roles, action, resource, aggregate_id, city, version) values (now(), 'pgbench', 'city-coordinator', 'CREATE_INITIATIVE', 'initiative', :initiative::text, 'mechelen', 0);
commit;
update idempotency_keys set response_status = 201, response_type = 'application/json', location = '/initiatives/' || :initiative::text, etag = '"0"', response_body = '{"id":"' || :initiative::text || '","title":"Bench write","status":"DRAFT","version":0}' where caller = 'pgbench' and idempotency_key = :key::text;
