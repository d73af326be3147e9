-- The reference cases Essor ships with, from the articles listed in shared/cases/cases.csv.
-- The articles date from 2012 and do not give the day of any count: those are dated to the year only.
-- Nothing here is interpolated or invented; what the articles leave out stays empty.

insert into deployment (version, organisation, platform, platform_name, launch_date, launch_precision, headcount,
                        countries_present, group_policy, professional_groups_pct, notes, source, reference_case)
values
 (0, 'Orange', 'HOME_GROWN', 'Plazza', date '2010-12-01', 'MONTH', 170000, 140, 'OPEN_TO_PERSONAL', 70,
  'Aim: "create links between colleagues", "break isolation". 70 % of groups are professional, the rest leisure and passions.',
  'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012', true),
 (0, 'Air France-KLM Cargo', null, null, date '2011-06-01', 'MONTH', 5000, 111, 'BUSINESS_ONLY', 100,
  'Aim: connect field teams worldwide for faster customer response. 100 % business groups.',
  'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012', true),
 (0, 'Carlson Wagonlit Travel', null, null, date '2011-07-01', 'MONTH', 19000, 50, 'OPEN_TO_PERSONAL', 80,
  'The article says 50 % of employees are users. Groups that work best are tied to a company event or to products, then those that solve a customer problem, then groups sharing a trade.',
  'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012', true),
 (0, 'Alcatel-Lucent', 'JIVE', null, null, null, 70000, null, null, null,
  'About 30,000 of 70,000 employees connected, almost half of them active. The start took "20 people for two years" before it took off. Launch date not published.',
  'Twitter, pas pour les entreprises (Data News, Fitce session), 2012', true);

insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, registered_users, source, note)
select 0, id, date '2012-01-01', 'YEAR', 33000, null,
       'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012',
       '33,000 users at the time of the article; exact date not published.'
from deployment where organisation = 'Orange';

insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, registered_users, source, note)
select 0, id, date '2012-01-01', 'YEAR', 1230, null,
       'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012',
       '1,230 users at the time of the article; exact date not published.'
from deployment where organisation = 'Air France-KLM Cargo';

insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, registered_users, source, note)
select 0, id, date '2012-01-01', 'YEAR', 9500, null,
       'Réseaux sociaux d''entreprise : business vs perso (Yammer x WordAppeal conference), 2012',
       'The article says 50 % of the 19,000 employees are users.'
from deployment where organisation = 'Carlson Wagonlit Travel';

-- Alcatel-Lucent: 30,000 connected (registered); "almost half of them active" is not a count, so active users stay empty.
insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, registered_users, source, note)
select 0, id, date '2012-01-01', 'YEAR', null, 30000,
       'Twitter, pas pour les entreprises (Data News, Fitce session), 2012',
       'About 30,000 connected, almost half of them active.'
from deployment where organisation = 'Alcatel-Lucent';
