-- The member state an event is held in (or organised from, when it is online), chosen by the
-- editors from the member states; the country pages list an event by it. Optional: an event held
-- nowhere in particular has none. Existing events get none until an editor chooses one.
alter table event_item add column host_country varchar(2) references member_state (code);
create index event_item_host_country_idx on event_item (host_country, starts_at)
    where host_country is not null;
