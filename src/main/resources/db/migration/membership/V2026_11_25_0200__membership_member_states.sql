-- The 35 member states of the OAS; those on the TAG on Port Security in 2010, the United States
-- in the chair (Resolution CIDI/CIP/RES. 100 (VI-10)).
create table member_state (
    code        varchar(2) primary key,
    tag_member  boolean not null default false,
    chair       boolean not null default false
);

insert into member_state (code, tag_member, chair) values
    ('AG', false, false), ('AR', true,  false), ('BS', false, false), ('BB', true,  false),
    ('BZ', false, false), ('BO', false, false), ('BR', true,  false), ('CA', false, false),
    ('CL', false, false), ('CO', false, false), ('CR', true,  false), ('CU', false, false),
    ('DM', false, false), ('DO', true,  false), ('EC', true,  false), ('SV', false, false),
    ('GD', false, false), ('GT', true,  false), ('GY', false, false), ('HT', false, false),
    ('HN', false, false), ('JM', true,  false), ('MX', true,  false), ('NI', true,  false),
    ('PA', true,  false), ('PY', false, false), ('PE', true,  false), ('KN', false, false),
    ('LC', false, false), ('VC', false, false), ('SR', false, false), ('TT', false, false),
    ('US', true,  true),  ('UY', true,  false), ('VE', true,  false);
