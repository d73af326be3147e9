-- The milestone log reads a deployment's rows of one country (or of the whole network: country_code null)
-- newest first, a page at a time, and lists the countries that have rows. The unique key starts with the day,
-- so with an export's per-country rows (50 countries x 3,650 days) each page, count and country list went
-- through every row of the deployment (bench/large-deployment.sh: up to 1.3 s per request). This index
-- makes them ranges of one country's rows, and the country list one step per country.
create index measurement_country_day_ix on measurement (deployment_id, country_code, happened_on);
