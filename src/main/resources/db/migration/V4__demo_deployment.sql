-- A fictitious deployment with a year of monthly measurements and events, to show what a full curve
-- looks like. Flagged demo = true: the UI labels it as fictitious wherever it appears.
insert into deployment (version, organisation, platform, launch_date, launch_precision, headcount, countries_present,
                        group_policy, professional_groups_pct, target_activation_pct, target_date, notes, source,
                        reference_case, demo)
values (0, 'Groupe Démo', 'VIVA_ENGAGE', date '2025-11-01', 'MONTH', 12000, 24, 'OPEN_TO_PERSONAL', 75, 80,
        date '2027-06-30',
        'Déploiement fictif livré avec Essor pour montrer une courbe complète. / Fictitious deployment shipped with Essor to show a full curve.',
        'Essor (fictif / fictitious)', false, true);

insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, registered_users, countries_reached, source)
select 0, d.id, v.happened_on, 'DAY', v.active_users, v.registered_users, v.countries_reached, 'Essor (fictif / fictitious)'
from deployment d,
     (values (date '2025-11-30',  420, 1900,  3),
             (date '2025-12-31', 1150, 3100,  5),
             (date '2026-01-31', 1780, 4200,  7),
             (date '2026-02-28', 2460, 5300,  9),
             (date '2026-03-31', 2900, 6000, 11),
             (date '2026-04-30', 3350, 6700, 12),
             (date '2026-05-31', 3980, 7400, 14),
             (date '2026-06-30', 4300, 7900, 15),
             (date '2026-07-31', 4520, 8100, 16),
             (date '2026-08-31', 4610, 8300, 17),
             (date '2026-09-30', 5240, 8900, 19),
             (date '2026-10-31', 5650, 9400, 20)) as v (happened_on, active_users, registered_users, countries_reached)
where d.organisation = 'Groupe Démo';

insert into rollout_event (version, deployment_id, happened_on, happened_precision, kind, title, note)
select 0, d.id, v.happened_on, v.happened_precision, v.kind, v.title, v.note
from deployment d,
     (values (date '2025-09-15', 'DAY', 'PILOT', 'Pilote RH et IT', '150 volontaires / 150 volunteers'),
             (date '2025-11-01', 'MONTH', 'LAUNCH', 'Lancement', null),
             (date '2026-01-20', 'DAY', 'USAGE_CHARTER', 'Charte d’utilisation', null),
             (date '2026-02-10', 'DAY', 'TRAINING_WAVE', 'Formation vague 1', 'Managers'),
             (date '2026-04-01', 'DAY', 'AMBASSADOR_PROGRAMME', 'Ambassadeurs', '60 ambassadeurs / 60 ambassadors'),
             (date '2026-06-15', 'DAY', 'TRAINING_WAVE', 'Formation vague 2', 'Usines / plants'),
             (date '2026-09-05', 'DAY', 'COMMUNICATION_CAMPAIGN', 'Campagne de rentrée', null))
         as v (happened_on, happened_precision, kind, title, note)
where d.organisation = 'Groupe Démo';

insert into activity_day (deployment_id, on_day, day_precision, active_users, countries_reached, source)
select m.deployment_id, m.happened_on, m.happened_precision, m.active_users, m.countries_reached, m.source
from measurement m join deployment d on d.id = m.deployment_id
where d.organisation = 'Groupe Démo';
