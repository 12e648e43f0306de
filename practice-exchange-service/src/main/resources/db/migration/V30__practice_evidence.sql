-- reviews: evidence carried from the initiative's conclusion (eu.cohesion.initiative.concluded):
-- the panel's review results and the indicator outcomes, as the event gave them. Kept as sent,
-- never edited: the practice's own texts are where the town writes.
alter table good_practice add column review_results jsonb;
alter table good_practice add column indicator_outcomes jsonb;
