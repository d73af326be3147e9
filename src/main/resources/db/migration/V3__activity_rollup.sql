-- Measurements may now be broken down by country (the platforms' usage exports give one row per day
-- and country); a row without a country is the whole network, as a lead logs it by hand.
alter table measurement add column country_code varchar(2);
alter table measurement drop constraint measurement_one_per_day_uk;
alter table measurement add constraint measurement_one_per_day_uk
    unique nulls not distinct (deployment_id, happened_on, country_code);

-- One row per deployment and day with data: the whole-network figures when logged, else the sum of the
-- country rows. Kept by the service on every write, so charts and the latest figures read a few
-- thousand rows per deployment, never millions of measurements.
create table activity_day (
    deployment_id     bigint     not null references deployment (id) on delete cascade,
    on_day            date       not null,
    day_precision     varchar(8) not null,
    active_users      integer,
    countries_reached integer,
    source            varchar(500),
    primary key (deployment_id, on_day)
);

insert into activity_day (deployment_id, on_day, day_precision, active_users, countries_reached, source)
select deployment_id, happened_on, min(happened_precision),
       coalesce(max(case when country_code is null then active_users end),
                sum(case when country_code is not null then active_users end)),
       coalesce(max(case when country_code is null then countries_reached end),
                nullif(count(case when country_code is not null and active_users > 0 then 1 end), 0)),
       max(source)
from measurement
group by deployment_id, happened_on;

-- A deployment made up to show what a full curve looks like; labelled as fictitious wherever it appears.
alter table deployment add column demo boolean default false not null;
