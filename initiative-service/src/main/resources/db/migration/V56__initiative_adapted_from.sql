-- Where an initiative came from: the practice of another town it adapts, as the transfers on
-- practice-events say (messaging.TransferEventsConsumer). All three are set, or none.
alter table initiative
    add column adapted_from_practice_id uuid,
    add column adapted_from_transfer_id uuid,
    add column adapted_from_city        text,
    add constraint initiative_adapted_from_whole check (
        (adapted_from_practice_id is null) = (adapted_from_transfer_id is null)
        and (adapted_from_transfer_id is null) = (adapted_from_city is null));
