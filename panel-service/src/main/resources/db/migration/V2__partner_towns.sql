-- The reference network: one partner town per country.
insert into city (code, name, country_code, country_name, default_language, time_zone) values
    ('elbasan',       'Elbasan',       'AL', 'Albania',     'sq-AL', 'Europe/Tirane'),
    ('mechelen',      'Mechelen',      'BE', 'Belgium',     'nl-BE', 'Europe/Brussels'),
    ('esbjerg',       'Esbjerg',       'DK', 'Denmark',     'da-DK', 'Europe/Copenhagen'),
    ('tartu',         'Tartu',         'EE', 'Estonia',     'et-EE', 'Europe/Tallinn'),
    ('besancon',      'Besançon',      'FR', 'France',      'fr-FR', 'Europe/Paris'),
    ('reggio-emilia', 'Reggio Emilia', 'IT', 'Italy',       'it-IT', 'Europe/Rome'),
    ('jelgava',       'Jelgava',       'LV', 'Latvia',      'lv-LV', 'Europe/Riga'),
    ('panevezys',     'Panevėžys',     'LT', 'Lithuania',   'lt-LT', 'Europe/Vilnius'),
    ('delft',         'Delft',         'NL', 'Netherlands', 'nl-NL', 'Europe/Amsterdam'),
    ('celje',         'Celje',         'SI', 'Slovenia',    'sl-SI', 'Europe/Ljubljana');
