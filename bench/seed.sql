-- A large, deterministic data set for the benchmark, generated in the database itself.
-- Extend it when a module arrives: add its rows at the end, sized like a decade of use.
-- Needs: the schema (Flyway) and one account whose password hash the generated accounts reuse.
\set ON_ERROR_STOP on
\timing on

begin;

-- 20,000 accounts in every role and member state, all with the reference account's password.
insert into account (email, display_name, organisation, country_code, role, port_facility,
                     password_hash, email_verified_at, enabled, language, created_at, updated_at)
select 'member' || n || '@bench.safeports.org',
       'Member ' || n,
       'Port Authority ' || (n % 500),
       (array['AR','BB','BR','CR','DO','EC','GT','JM','MX','NI','PA','PE','US','UY','VE'])[1 + n % 15],
       (array['USER','USER','USER','ASSOCIATE','DELEGATE','PFSO'])[1 + n % 6],
       case when n % 6 = 5 then 'Terminal ' || (n % 40) end,
       (select password_hash from account where email = :'reference'),
       now(), true,
       (array['en','es','pt','fr'])[1 + n % 4],
       now() - (n || ' minutes')::interval,
       now() - (n || ' minutes')::interval
from generate_series(1, 20000) as n;

-- Ten editors of the secretariat, for the signed-in scenarios of an editor.
insert into account (email, display_name, organisation, country_code, role,
                     password_hash, email_verified_at, enabled, language, created_at, updated_at)
select 'editor' || n || '@bench.safeports.org', 'Editor ' || n, 'TAG Secretariat', 'US', 'EDITOR',
       (select password_hash from account where email = :'reference'), now(), true, 'en', now(), now()
from generate_series(1, 10) as n;

-- 20,000 news items over fifteen years, each in four languages.
insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, original_revision, created_at, updated_at)
select 'NEWS', null, 0, (array['en','es','pt','fr'])[1 + n % 4],
       (array['standards','mda','contingency','cooperation','membership','events'])[1 + n % 6],
       'TAG Secretariat', 'PUBLISHED',
       timestamp with time zone '2011-01-01' + (n * interval '6 hours'), 1,
       timestamp with time zone '2011-01-01' + (n * interval '6 hours'),
       timestamp with time zone '2011-01-01' + (n * interval '6 hours')
from generate_series(1, 20000) as n;

-- 2,000 resource pages: 20 sections of 99 sub-pages.
insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, next_review_on, original_revision, created_at, updated_at)
select 'PAGE', null, 100 + n, 'en', null, 'TAG Secretariat', 'PUBLISHED', now(),
       current_date + (n % 400), 1, now(), now()
from generate_series(1, 20) as n;

insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, next_review_on, original_revision, created_at, updated_at)
select 'PAGE', s.id, n, 'en', null, 'TAG Secretariat', 'PUBLISHED', now(),
       current_date + (n % 400), 1, now(), now()
from (select id from content_item where kind = 'PAGE' and position > 100 and parent_id is null
      and author_name = 'TAG Secretariat' order by id desc limit 20) s,
     generate_series(1, 99) as n;

-- Every generated item in the four languages, the body a realistic length.
insert into content_translation (item_id, language, title, slug, summary, body_markdown, body_html,
                                 status, based_on_revision, updated_at, updated_by, created_at)
select i.id, l.lang,
       initcap(l.word) || ' ' || i.id || ': port security in the Americas',
       'bench-' || lower(i.kind) || '-' || i.id || '-' || l.lang,
       'Summary of item ' || i.id || ' in ' || l.lang || ', about ports, standards and preparedness.',
       repeat('## Section' || chr(10) || chr(10) || 'Ports share plans, drills and lessons. ', 8),
       repeat('<h2 id="section">Section</h2><p>Ports share plans, drills and lessons. </p>', 8),
       'PUBLISHED', 1, now(), 'TAG Secretariat', now()
from content_item i
cross join (values ('en','news'), ('es','noticia'), ('pt','notícia'), ('fr','nouvelle')) as l(lang, word)
where i.author_name = 'TAG Secretariat'
  and not exists (select 1 from content_translation t where t.item_id = i.id);

commit;
analyze;

-- ---------------------------------------------------------------------------------------------
-- The document library: 5,000 documents, generated from per-language vocabularies.
--
-- Everything below is arithmetic on the row number (no random()), so every run produces the same
-- rows, texts and search vectors. Documents: n = 1..5000; language by n % 20 (10/20 es, 5/20 en,
-- 3/20 pt, 2/20 fr: 2,500 / 1,250 / 750 / 500); k = the document's rank within its language,
-- from 0. Other attributes come from lib_mix(n, salt), a 32-bit integer hash. Each document has a
-- description in its language, one PDF-looking file of one chunk, one approved version whose
-- extracted text is 2,000 to 30,000 characters long (log-uniform), and its search vectors built
-- by library_refresh_search().
--
-- The text is drawn token by token: 34 % function words, 46 % domain words (~180 per language,
-- Zipf-like: the first in every document, the last in about half), 7 % words of the document's
-- hazards, 9 % proper names (8,000, Zipf: the first in most documents, most in a handful), 4 %
-- numbers (2,000): about 290 distinct lexemes per document, 11,000 in the library, from words in
-- every document to words in one. On top, three marker words per language whose frequencies are
-- known (bench/README.md), in the extracted text only, except the rare one, also in the title:
--   frequent, in the text of the documents with k % 2 = 1      (50 % of the language's documents)
--   medium,   in the text of the documents with k % 20 = 10    (5 %)
--   rare,     in the title and text of those with k % 1000 = 1 (0.1 %: es 3, en 2, pt 1, fr 1)
--            en          es            pt             fr
--   frequent readiness   resiliencia   planejamento   sauvegarde
--   medium   breakwater  rompeolas     molhe          digue
--   rare     sargassum   sargazo       manguezal      varech
-- ---------------------------------------------------------------------------------------------

begin;

-- A 32-bit integer hash (the "0x45d9f3b" mixer), for the per-document choices.
create function pg_temp.lib_mix(n bigint, salt integer) returns bigint
    language plpgsql immutable strict as $$
declare
    x bigint := (n * 1000003 + salt * 7777793) & 4294967295;
begin
    x := (((x >> 16) # x) * 73244475) & 4294967295;
    x := (((x >> 16) # x) * 73244475) & 4294967295;
    return (x >> 16) # x;
end
$$;

-- The words, by language and kind: stop (function words), word (domain, most common first),
-- topic:<HAZARD>, name (proper names), num (numbers), marker (frequent, medium, rare).
create temp table lib_vocab (lang text, kind text, i integer, word text, primary key (lang, kind, i));

insert into lib_vocab
select l.lang, l.kind, w.i, w.word
from (values
  ('en', 'stop', 'the of and to in for on with by as at from is are be that this each all their an a or it will should must which during under into'),
  ('es', 'stop', 'de la el en y los del las por para con se un una que al como su sus o entre sobre durante cada este esta todo todas ante desde hasta sin según muy más también cuando donde'),
  ('pt', 'stop', 'de a o e do da em para com os as dos das por no na um uma que ao se cada como seu sua entre sobre durante pelo pela mais também quando onde até sem'),
  ('fr', 'stop', 'de la le les et des du en pour avec par sur un une dans au aux est sont que qui chaque leur son sa ses entre pendant selon plus aussi lorsque sans vers'),
  ('en', 'word', 'port terminal vessel security plan emergency ship cargo container berth wharf safety evacuation drill exercise authority harbour master officer facility operation operations communication alert level risk threat vulnerability assessment response recovery continuity procedure staff crew passengers access control surveillance patrol inspection customs immigration health firefighters police navy coast guard line agent operator crane warehouse yard zone perimeter fence lighting camera radio channel contact coordination committee commission ministry government national regional international code standard regulation convention requirement audit report record document training course workshop meeting agreement cooperation support resource equipment vehicle boat tug pilot anchorage tide wind rain storm swell shore beach river city road railway power water fuel oil spill pollution fire explosion goods dangerous chemical substance waste medical hospital casualty injured rescue search shelter population community company customer supplier chain supply logistics trade export import traffic shift schedule list map route point area sector system network data information technology server incident event damage loss cost budget investment improvement lesson review update approval verify coordinate evacuate protect inform activate suspend resume maintain establish designate ensure prevent mitigate respond restore'),
  ('es', 'word', 'puerto terminal buque protección plan emergencia seguridad carga contenedor muelle portuario evacuación simulacro ejercicio autoridad capitanía oficial instalación operación operaciones comunicación alerta nivel riesgo amenaza vulnerabilidad evaluación respuesta recuperación continuidad procedimiento personal tripulación pasajeros acceso control vigilancia patrulla inspección aduana migración sanidad bomberos policía marina guardacostas naviera agente operador grúa almacén patio zona perímetro cerca iluminación cámara radio canal contacto coordinación comité comisión ministerio gobierno nacional regional internacional código norma reglamento convenio requisito auditoría informe registro documento formación capacitación curso taller reunión acuerdo cooperación apoyo recurso equipo vehículo embarcación remolcador práctico fondeadero marea viento lluvia tormenta oleaje costa playa río ciudad carretera ferrocarril energía agua combustible hidrocarburo derrame contaminación incendio explosión mercancía peligrosa química sustancia residuo médico hospital salud víctima herido rescate búsqueda refugio albergue población comunidad empresa cliente proveedor cadena suministro logística comercio exportación importación tráfico turno horario lista mapa ruta punto área sector sistema red datos información tecnología servidor incidente evento daño pérdida costo presupuesto inversión mejora lección revisión actualización aprobación verificar coordinar evacuar proteger informar activar suspender reanudar mantener establecer designar garantizar asegurar prevenir mitigar responder restablecer'),
  ('pt', 'word', 'porto terminal navio proteção plano emergência segurança carga contêiner cais portuário embarcação berço evacuação simulado exercício autoridade capitania oficial instalação operação operações comunicação alerta nível risco ameaça vulnerabilidade avaliação resposta recuperação continuidade procedimento pessoal tripulação passageiros acesso controle vigilância patrulha inspeção alfândega receita saúde bombeiros polícia marinha guarda costeira agente operador guindaste armazém pátio zona perímetro cerca iluminação câmera rádio canal contato coordenação comitê comissão ministério governo nacional regional internacional código norma regulamento convenção requisito auditoria relatório registro documento treinamento capacitação curso oficina reunião acordo cooperação apoio recurso equipamento veículo rebocador prático fundeadouro maré vento chuva tempestade ondulação costa praia rio cidade rodovia ferrovia energia água combustível óleo derramamento poluição incêndio explosão mercadoria perigosa química substância resíduo médico hospital vítima ferido resgate busca abrigo população comunidade empresa cliente fornecedor cadeia suprimento logística comércio exportação importação tráfego turno horário lista mapa rota ponto área setor sistema rede dados informação tecnologia servidor incidente evento dano perda custo orçamento investimento melhoria lição revisão atualização aprovação verificar coordenar evacuar proteger informar ativar suspender retomar manter estabelecer designar garantir assegurar prevenir mitigar responder restabelecer'),
  ('fr', 'word', 'port terminal navire sûreté plan urgence sécurité cargaison conteneur quai portuaire bateau poste évacuation exercice simulation autorité capitainerie agent installation opération opérations communication alerte niveau risque menace vulnérabilité évaluation réponse rétablissement continuité procédure personnel équipage passagers accès contrôle surveillance patrouille inspection douane immigration santé pompiers police marine gendarmerie armateur exploitant grue entrepôt parc zone périmètre clôture éclairage caméra radio canal contact coordination comité commission ministère gouvernement national régional international code norme règlement convention exigence audit rapport registre document formation cours atelier réunion accord coopération appui ressource équipement véhicule remorqueur pilote mouillage marée vent pluie tempête houle côte plage fleuve ville route chemin énergie eau carburant hydrocarbure déversement pollution incendie explosion marchandise dangereuse chimique substance déchet médecin hôpital victime blessé sauvetage recherche abri population communauté entreprise client fournisseur chaîne approvisionnement logistique commerce exportation importation trafic équipe horaire liste carte itinéraire point secteur système réseau données information technologie serveur incident événement dommage perte coût budget investissement amélioration leçon révision actualisation approbation vérifier coordonner évacuer protéger informer activer suspendre reprendre maintenir établir désigner garantir assurer prévenir atténuer répondre rétablir'),
  ('en', 'topic:HURRICANE', 'hurricane cyclone gusts surge'),
  ('en', 'topic:EARTHQUAKE', 'earthquake seismic aftershock epicentre'),
  ('en', 'topic:TSUNAMI', 'tsunami wave inundation runup'),
  ('en', 'topic:FLOOD', 'flood flooding rainfall drainage'),
  ('en', 'topic:PANDEMIC', 'pandemic quarantine infection vaccination'),
  ('en', 'topic:SECURITY_INCIDENT', 'intrusion stowaway sabotage smuggling'),
  ('en', 'topic:CYBER_INCIDENT', 'cyberattack malware password backup'),
  ('en', 'topic:OTHER', 'strike blackout drought accident'),
  ('es', 'topic:HURRICANE', 'huracán ciclón vientos marejada'),
  ('es', 'topic:EARTHQUAKE', 'sismo terremoto réplica epicentro'),
  ('es', 'topic:TSUNAMI', 'tsunami maremoto olas altura'),
  ('es', 'topic:FLOOD', 'inundación crecida lluvias drenaje'),
  ('es', 'topic:PANDEMIC', 'pandemia cuarentena contagio vacunación'),
  ('es', 'topic:SECURITY_INCIDENT', 'intrusión polizón sabotaje contrabando'),
  ('es', 'topic:CYBER_INCIDENT', 'ciberataque malware contraseña respaldo'),
  ('es', 'topic:OTHER', 'huelga apagón sequía accidente'),
  ('pt', 'topic:HURRICANE', 'furacão ciclone rajadas ressaca'),
  ('pt', 'topic:EARTHQUAKE', 'sismo terremoto tremor epicentro'),
  ('pt', 'topic:TSUNAMI', 'tsunami maremoto ondas inundação'),
  ('pt', 'topic:FLOOD', 'enchente cheia chuvas drenagem'),
  ('pt', 'topic:PANDEMIC', 'pandemia quarentena contágio vacinação'),
  ('pt', 'topic:SECURITY_INCIDENT', 'intrusão clandestino sabotagem contrabando'),
  ('pt', 'topic:CYBER_INCIDENT', 'ciberataque malware senha backup'),
  ('pt', 'topic:OTHER', 'greve apagão seca acidente'),
  ('fr', 'topic:HURRICANE', 'ouragan cyclone rafales submersion'),
  ('fr', 'topic:EARTHQUAKE', 'séisme tremblement réplique épicentre'),
  ('fr', 'topic:TSUNAMI', 'tsunami vagues inondation montée'),
  ('fr', 'topic:FLOOD', 'crue inondations précipitations drainage'),
  ('fr', 'topic:PANDEMIC', 'pandémie quarantaine contagion vaccination'),
  ('fr', 'topic:SECURITY_INCIDENT', 'intrusion clandestin sabotage contrebande'),
  ('fr', 'topic:CYBER_INCIDENT', 'cyberattaque rançongiciel piratage chiffrement'),
  ('fr', 'topic:OTHER', 'grève panne sécheresse accident'),
  ('en', 'marker', 'readiness breakwater sargassum'),
  ('es', 'marker', 'resiliencia rompeolas sargazo'),
  ('pt', 'marker', 'planejamento molhe manguezal'),
  ('fr', 'marker', 'sauvegarde digue varech')
) as l(lang, kind, words)
cross join lateral unnest(string_to_array(l.words, ' ')) with ordinality as w(word, i);

-- 8,000 proper names (places, vessels, people) from three syllables, the same in every language.
insert into lib_vocab
select l.lang, 'name', (a.i - 1) * 400 + (b.i - 1) * 20 + c.i, a.s || b.s || c.s
from (values ('en'), ('es'), ('pt'), ('fr')) as l(lang),
     unnest(array['Ba','Ca','Da','Ga','La','Ma','Na','Pa','Ra','Sa','Ta','Va','Za','Che','Qui','Lo','Mo','Tu','Xi','Yo']) with ordinality as a(s, i),
     unnest(array['ra','ri','lo','na','ne','ti','ma','co','qui','ba','do','gue','ya','le','so','mi','ca','ve','ju','pa']) with ordinality as b(s, i),
     unnest(array['n','s','l','r','z','no','na','ta','to','ro','ra','co','go','x','ma','do','lle','ca','te','re']) with ordinality as c(s, i);

-- 2,000 numbers: years, article numbers, section numbers, quantities.
insert into lib_vocab
select l.lang, 'num', i, case i % 4 when 0 then (1990 + i % 37)::text when 1 then i::text
                                    when 2 then (i % 12 + 1) || '.' || (i % 9 + 1) || case when i % 3 = 0 then '.' || (i % 7 + 1) else '' end
                                    else (i * 7 % 10000)::text end
from (values ('en'), ('es'), ('pt'), ('fr')) as l(lang), generate_series(1, 2000) as i;
analyze lib_vocab;

-- How the titles and descriptions are phrased, by language.
create temp table lib_phrase (lang text, key text, txt text, primary key (lang, key));
insert into lib_phrase values
  ('en', 'CONTINGENCY_PLAN', 'Contingency plan'), ('en', 'EMERGENCY_OPERATIONS_PLAN', 'Emergency operations plan'),
  ('en', 'DRILL_REPORT', 'Drill report'), ('en', 'STANDARD_GUIDANCE', 'Standards guidance'),
  ('en', 'PRESENTATION', 'Presentation'), ('en', 'SURVEY_REPORT', 'Survey report'),
  ('en', 'HURRICANE', 'hurricanes'), ('en', 'EARTHQUAKE', 'earthquakes'), ('en', 'TSUNAMI', 'tsunamis'),
  ('en', 'FLOOD', 'floods'), ('en', 'PANDEMIC', 'pandemics'), ('en', 'SECURITY_INCIDENT', 'security incidents'),
  ('en', 'CYBER_INCIDENT', 'cyber incidents'), ('en', 'OTHER', 'other emergencies'),
  ('en', 'for', 'for'), ('en', 'and', 'and'), ('en', 'port', 'Port of '), ('en', 'regional', 'regional scope'),
  ('en', 'about', 'Document of the %s on %s, with roles, alerts and procedures.'),
  ('en', 'q0', ''), ('en', 'q1', ' (revised)'), ('en', 'q2', ' — technical annex'), ('en', 'q3', ' — consolidated version'),
  ('en', 'q4', ' (final draft)'), ('en', 'q5', ' — phase II'), ('en', 'rare', ' — sargassum influx'),
  ('es', 'CONTINGENCY_PLAN', 'Plan de contingencia'), ('es', 'EMERGENCY_OPERATIONS_PLAN', 'Plan de operaciones de emergencia'),
  ('es', 'DRILL_REPORT', 'Informe de simulacro'), ('es', 'STANDARD_GUIDANCE', 'Guía de aplicación de normas'),
  ('es', 'PRESENTATION', 'Presentación'), ('es', 'SURVEY_REPORT', 'Informe de encuesta'),
  ('es', 'HURRICANE', 'huracanes'), ('es', 'EARTHQUAKE', 'sismos'), ('es', 'TSUNAMI', 'tsunamis'),
  ('es', 'FLOOD', 'inundaciones'), ('es', 'PANDEMIC', 'pandemias'), ('es', 'SECURITY_INCIDENT', 'incidentes de protección'),
  ('es', 'CYBER_INCIDENT', 'ciberincidentes'), ('es', 'OTHER', 'otras emergencias'),
  ('es', 'for', 'ante'), ('es', 'and', 'y'), ('es', 'port', 'puerto de '), ('es', 'regional', 'ámbito regional'),
  ('es', 'about', 'Documento del %s sobre %s, con funciones, alertas y procedimientos.'),
  ('es', 'q0', ''), ('es', 'q1', ' (revisión)'), ('es', 'q2', ' — anexo técnico'), ('es', 'q3', ' — versión consolidada'),
  ('es', 'q4', ' (borrador final)'), ('es', 'q5', ' — fase II'), ('es', 'rare', ' — llegada masiva de sargazo'),
  ('pt', 'CONTINGENCY_PLAN', 'Plano de contingência'), ('pt', 'EMERGENCY_OPERATIONS_PLAN', 'Plano de operações de emergência'),
  ('pt', 'DRILL_REPORT', 'Relatório de simulado'), ('pt', 'STANDARD_GUIDANCE', 'Guia de aplicação de normas'),
  ('pt', 'PRESENTATION', 'Apresentação'), ('pt', 'SURVEY_REPORT', 'Relatório de pesquisa'),
  ('pt', 'HURRICANE', 'furacões'), ('pt', 'EARTHQUAKE', 'sismos'), ('pt', 'TSUNAMI', 'tsunamis'),
  ('pt', 'FLOOD', 'enchentes'), ('pt', 'PANDEMIC', 'pandemias'), ('pt', 'SECURITY_INCIDENT', 'incidentes de proteção'),
  ('pt', 'CYBER_INCIDENT', 'incidentes cibernéticos'), ('pt', 'OTHER', 'outras emergências'),
  ('pt', 'for', 'para'), ('pt', 'and', 'e'), ('pt', 'port', 'porto de '), ('pt', 'regional', 'âmbito regional'),
  ('pt', 'about', 'Documento do %s sobre %s, com funções, alertas e procedimentos.'),
  ('pt', 'q0', ''), ('pt', 'q1', ' (revisão)'), ('pt', 'q2', ' — anexo técnico'), ('pt', 'q3', ' — versão consolidada'),
  ('pt', 'q4', ' (versão final)'), ('pt', 'q5', ' — fase II'), ('pt', 'rare', ' — recuperação do manguezal'),
  ('fr', 'CONTINGENCY_PLAN', 'Plan de contingence'), ('fr', 'EMERGENCY_OPERATIONS_PLAN', 'Plan des opérations d''urgence'),
  ('fr', 'DRILL_REPORT', 'Rapport d''exercice'), ('fr', 'STANDARD_GUIDANCE', 'Guide d''application des normes'),
  ('fr', 'PRESENTATION', 'Présentation'), ('fr', 'SURVEY_REPORT', 'Rapport d''enquête'),
  ('fr', 'HURRICANE', 'ouragans'), ('fr', 'EARTHQUAKE', 'séismes'), ('fr', 'TSUNAMI', 'tsunamis'),
  ('fr', 'FLOOD', 'inondations'), ('fr', 'PANDEMIC', 'pandémies'), ('fr', 'SECURITY_INCIDENT', 'incidents de sûreté'),
  ('fr', 'CYBER_INCIDENT', 'cyberincidents'), ('fr', 'OTHER', 'autres urgences'),
  ('fr', 'for', 'face aux'), ('fr', 'and', 'et'), ('fr', 'port', 'port de '), ('fr', 'regional', 'niveau régional'),
  ('fr', 'about', 'Document du %s sur les %s, avec rôles, alertes et procédures.'),
  ('fr', 'q0', ''), ('fr', 'q1', ' (révisé)'), ('fr', 'q2', ' — annexe technique'), ('fr', 'q3', ' — version consolidée'),
  ('fr', 'q4', ' (version finale)'), ('fr', 'q5', ' — phase II'), ('fr', 'rare', ' — échouage de varech');

-- Ports by member state.
create temp table lib_port (country text, i integer, name text, primary key (country, i));
insert into lib_port
select p.country, row_number() over (partition by p.country order by p.name collate "C"), p.name
from (values ('MX','Veracruz'),('MX','Manzanillo'),('MX','Lázaro Cárdenas'),('MX','Altamira'),('MX','Ensenada'),
  ('MX','Progreso'),('MX','Coatzacoalcos'),('CR','Limón'),('CR','Moín'),('CR','Caldera'),('CR','Puntarenas'),
  ('GT','Puerto Quetzal'),('GT','Santo Tomás de Castilla'),('GT','Puerto Barrios'),('SV','Acajutla'),('SV','La Unión'),
  ('PE','Callao'),('PE','Paita'),('PE','Matarani'),('PE','Salaverry'),('PE','Chancay'),('BR','Santos'),
  ('BR','Paranaguá'),('BR','Rio Grande'),('BR','Itajaí'),('BR','Suape'),('BR','Salvador'),('BR','Itaguaí'),
  ('BR','Vitória'),('CO','Cartagena'),('CO','Buenaventura'),('CO','Barranquilla'),('CO','Santa Marta'),
  ('PA','Balboa'),('PA','Colón'),('PA','Cristóbal'),('CL','Valparaíso'),('CL','San Antonio'),('CL','Antofagasta'),
  ('AR','Buenos Aires'),('AR','Bahía Blanca'),('AR','Rosario'),('US','Houston'),('US','Miami'),
  ('US','Port Everglades'),('US','New Orleans'),('US','Los Angeles'),('US','Long Beach'),('US','Savannah'),
  ('US','San Juan'),('CA','Halifax'),('CA','Vancouver'),('CA','Montréal'),('CA','Saint John'),('JM','Kingston'),
  ('JM','Montego Bay'),('HT','Port-au-Prince'),('HT','Cap-Haïtien'),('DO','Caucedo'),('DO','Haina'),
  ('DO','Puerto Plata'),('EC','Guayaquil'),('EC','Manta'),('EC','Esmeraldas'),('EC','Puerto Bolívar'),
  ('UY','Montevideo'),('UY','Nueva Palmira'),('VE','La Guaira'),('VE','Puerto Cabello'),('VE','Maracaibo'),
  ('NI','Corinto'),('NI','Puerto Sandino'),('HN','Puerto Cortés'),('HN','San Lorenzo'),('BB','Bridgetown'),
  ('TT','Port of Spain'),('TT','Point Lisas'),('BS','Nassau'),('BS','Freeport'),('BZ','Belize City'),
  ('GY','Georgetown'),('SR','Paramaribo'),('AG','St. John''s'),('DM','Roseau'),('GD','St. George''s'),
  ('KN','Basseterre'),('LC','Castries'),('VC','Kingstown'),('CU','Mariel'),('CU','Santiago de Cuba'),
  ('PY','Asunción'),('BO','Puerto Busch')) as p(country, name)
where p.country in (select code from member_state);

-- The documents' attributes, one row per generated document.
create temp table lib_gen as
with base as (
  select n,
         case when n % 20 < 10 then 'es' when n % 20 < 15 then 'en' when n % 20 < 18 then 'pt' else 'fr' end as lang,
         pg_temp.lib_mix(n, 1) as h1, pg_temp.lib_mix(n, 2) as h2, pg_temp.lib_mix(n, 3) as h3,
         pg_temp.lib_mix(n, 4) as h4, pg_temp.lib_mix(n, 5) as h5, pg_temp.lib_mix(n, 6) as h6,
         pg_temp.lib_mix(n, 7) as h7, pg_temp.lib_mix(n, 8) as h8
  from generate_series(1, 5000) as n
), countries as (
  -- Member states by the documents' language, those with more ports more often; a code missing
  -- from member_state is dropped.
  select l.lang, array(select c from unnest(l.codes) with ordinality as u(c, o)
                       where c in (select code from member_state) order by o) as codes
  from (values
    ('es', array['MX','MX','MX','MX','CO','CO','CO','PE','PE','PE','CL','CL','AR','AR','CR','CR','GT','GT','SV',
                 'HN','NI','PA','PA','DO','DO','EC','EC','VE','UY','PY','BO','CU']),
    ('en', array['US','US','US','US','US','CA','CA','JM','JM','BS','BB','TT','TT','GY','BZ','AG','DM','GD','KN',
                 'LC','VC']),
    ('pt', array['BR']),
    ('fr', array['HT','HT','HT','CA','CA'])) as l(lang, codes)
), states as (
  select array_agg(code order by code) as codes from member_state
), attrs as (
  select b.n, b.lang, b.h7, b.h8,
         (row_number() over (partition by b.lang order by b.n) - 1)::int as k,
         -- 85 % a state of the language, 10 % any member state, 5 % none (regional documents).
         case when b.h1 % 100 < 85 then c.codes[1 + (b.h1 / 100) % cardinality(c.codes)]
              when b.h1 % 100 < 95 then st.codes[1 + (b.h1 / 100) % cardinality(st.codes)]
         end as country,
         (array['CONTINGENCY_PLAN','CONTINGENCY_PLAN','CONTINGENCY_PLAN','CONTINGENCY_PLAN','CONTINGENCY_PLAN',
                'CONTINGENCY_PLAN','EMERGENCY_OPERATIONS_PLAN','EMERGENCY_OPERATIONS_PLAN','EMERGENCY_OPERATIONS_PLAN',
                'DRILL_REPORT','DRILL_REPORT','DRILL_REPORT','DRILL_REPORT','STANDARD_GUIDANCE','STANDARD_GUIDANCE',
                'STANDARD_GUIDANCE','PRESENTATION','PRESENTATION','SURVEY_REPORT','SURVEY_REPORT'])[1 + b.h2 % 20] as doc_type,
         -- 1 to 3 distinct hazards (50 %, 35 %, 15 % of the documents), hurricanes the most common.
         (array[hz.l[1 + hz.s], hz.l[1 + (hz.s + hz.a) % 8], hz.l[1 + (hz.s + hz.a + hz.b) % 8]])[1 : hz.c] as hazards,
         -- More documents in recent years.
         2026 - floor(22 * power((b.h4 % 10007) / 10007.0, 1.5))::int as year,
         case when b.h5 % 100 < 80 then 'PUBLIC' when b.h5 % 100 < 90 then 'MEMBERS'
              when b.h5 % 100 < 95 then 'DELEGATES' else 'PFSOS' end as access_level,
         -- 2,000 to 30,000 characters of extracted text, log-uniform.
         round(2000 * power(15, (b.h6 % 100003) / 100003.0))::int as text_chars
  from base b
  join countries c on c.lang = b.lang
  cross join states st
  cross join lateral (
    select array['HURRICANE','EARTHQUAKE','SECURITY_INCIDENT','FLOOD','TSUNAMI','PANDEMIC','CYBER_INCIDENT','OTHER'] as l,
           floor(8 * power((b.h3 % 10007) / 10007.0, 1.4))::int as s,
           1 + (b.h3 / 10007) % 3 as a, 1 + (b.h3 / 30021) % 3 as b,
           case when (b.h3 / 90063) % 100 < 50 then 1 when (b.h3 / 90063) % 100 < 85 then 2 else 3 end as c
  ) hz
)
select a.n, a.lang, a.k, a.country, a.doc_type, a.hazards, a.year, a.access_level, a.text_chars,
       (select p.name from lib_port p where p.country = a.country
          and p.i = 1 + (a.h7 / 100) % nullif((select count(*) from lib_port q where q.country = a.country), 0))
         as port_name,
       a.h7 % 100 < 85 as has_port,
       -- About 1 % waiting for review; never a document carrying the rare word.
       case when a.h8 % 100 = 0 and a.k % 1000 <> 1 then 'PENDING' else 'PUBLISHED' end as status,
       -- Published within its year, the newest before 1 November 2026.
       least(make_date(a.year, 1, 1) + ((a.h8 / 100) % 330)::int, date '2026-11-01')::timestamp
         + (a.n % 1440) * interval '1 minute' as published,
       case when a.doc_type in ('CONTINGENCY_PLAN', 'EMERGENCY_OPERATIONS_PLAN') and (a.h8 / 100000) % 100 < 75
            then date '2026-10-31' - ((a.h8 / 1000) % 700)::int end as last_reviewed,
       a.k % 2 = 1 as m_frequent, a.k % 20 = 10 as m_medium, a.k % 1000 = 1 as m_rare,
       -- The per-document start of the token hash below.
       pg_temp.lib_mix(a.n, 11) % 2147483647 as seed
from attrs a;
alter table lib_gen add primary key (n);
alter table lib_gen add column port text;
update lib_gen set port = case when has_port then port_name end;
analyze lib_gen;

-- Vocabulary sizes, the marker words and the number of tokens to draw, per document.
alter table lib_gen add column n_stop integer, add column n_word integer, add column mk_frequent text,
    add column mk_medium text, add column mk_rare text, add column tokens integer, add column dtokens integer;
update lib_gen g set
    n_stop = (select count(*) from lib_vocab v where v.lang = g.lang and v.kind = 'stop'),
    n_word = (select count(*) from lib_vocab v where v.lang = g.lang and v.kind = 'word'),
    mk_frequent = (select word from lib_vocab v where v.lang = g.lang and v.kind = 'marker' and v.i = 1),
    mk_medium = (select word from lib_vocab v where v.lang = g.lang and v.kind = 'marker' and v.i = 2),
    mk_rare = (select word from lib_vocab v where v.lang = g.lang and v.kind = 'marker' and v.i = 3),
    -- Characters per token (word and space) measured on the generated texts, by language.
    tokens = round(g.text_chars / case g.lang when 'es' then 6.9 when 'en' then 6.5 when 'pt' then 6.8 else 6.85 end),
    dtokens = 20 + g.seed % 30;

-- The texts: part 'd' is the description's free text, part 't' the file's extracted text. Each
-- token comes from a quadratic hash of (document seed + position): x = a² + 31a + 17 mod 2³¹-1.
-- Kind of word (per mille of x): 340 function words, 460 domain words, 70 words of the document's
-- hazards, 90 names, 40 numbers; within a kind, log-uniform ranks (Zipf-like: the first words
-- the most frequent) or uniform for hazard words and numbers. About 7 million tokens: one hash
-- join with the vocabulary, then one sort.
set local work_mem = '256MB';
create temp table lib_text as
select z.n, z.part, string_agg(z.tok, ' ' order by z.t) as body
from (
  select tk.n, tk.part, tk.t,
         case when tk.part = 't' and tk.m_rare and tk.t = 20 then tk.mk_rare
              when tk.part = 't' and tk.m_medium and tk.t % 211 = 50 then tk.mk_medium
              when tk.part = 't' and tk.m_frequent and tk.t % 97 = 13 then tk.mk_frequent
              else v.word end
         || case when tk.t % 110 = 0 then E'.\n\n' when (tk.x / 400000) % 100 < 8 then '.'
                 when (tk.x / 400000) % 100 < 13 then ',' else '' end as tok
  from (
    select s.n, s.part, s.t, s.x, s.lang, s.m_rare, s.m_medium, s.m_frequent, s.mk_rare, s.mk_medium, s.mk_frequent,
           case when s.r < 340 then 'stop' when s.r < 800 then 'word'
                when s.r < 870 then 'topic:' || s.hazards[1 + (s.x / 1000) % cardinality(s.hazards)]
                when s.r < 960 then 'name' else 'num' end as kind,
           case when s.r < 340 then least(s.n_stop, floor(2 * power((s.n_stop + 2)::float8 / 2, s.u)) - 1)::int
                when s.r < 800 then least(s.n_word, floor(3 * power((s.n_word + 3)::float8 / 3, s.u)) - 2)::int
                when s.r < 870 then 1 + ((s.x / 7000) % 4)::int
                when s.r < 960 then least(8000, floor(power(8001::float8, s.u)))::int
                else 1 + ((s.x / 1000) % 2000)::int end as i
    from (
      select h.*, h.x % 1000 as r, ((h.x * 48271) % 2147483647)::float8 / 2147483647 as u
      from (
        select a0.*, (a0.a * a0.a + 31 * a0.a + 17) % 2147483647 as x
        from (
          select g.*, p.part, t, (g.seed + t * 104729 + case p.part when 'd' then 7777777 else 0 end) % 2147483647 as a
          from (select n, lang, seed, tokens, dtokens, hazards, n_stop, n_word, m_rare, m_medium, m_frequent,
                       mk_rare, mk_medium, mk_frequent from lib_gen) g
          cross join (values ('d'), ('t')) as p(part)
          cross join lateral generate_series(1, case p.part when 't' then g.tokens else g.dtokens end) as t
          offset 0) a0
        offset 0) h
      offset 0) s
    offset 0) tk
  join lib_vocab v on v.lang = tk.lang and v.kind = tk.kind and v.i = tk.i
  offset 0) z
group by z.n, z.part;
analyze lib_text;

-- The ids: after whatever the library already holds (nothing, on a fresh bench database).
create temp table lib_base as
select (select coalesce(max(id), 0) from library_document) as doc,
       (select coalesce(max(id), 0) from library_file) as file,
       (select coalesce(max(id), 0) from library_version) as version,
       (select id from account where email = :'reference') as editor;

insert into library_document (id, doc_type, country_code, port, hazards, language, year, access_level, status,
                              last_reviewed, current_version_id, submitted_by, created_at, updated_at, published_at)
overriding system value
select b.doc + g.n, g.doc_type, g.country, g.port, g.hazards::varchar[], g.lang, g.year, g.access_level, g.status,
       g.last_reviewed, null, b.editor,
       (g.published - interval '3 days') at time zone 'UTC', g.published at time zone 'UTC',
       case when g.status = 'PUBLISHED' then g.published at time zone 'UTC' end
from lib_gen g cross join lib_base b
order by g.n;

-- Title and description in the document's language.
insert into library_description (document_id, language, title, description)
select b.doc + g.n, g.lang,
       ty.txt || ' ' || fo.txt || ' ' || hz.phrase
         || coalesce(' — ' || pn.port, '') || ', ' || g.year
         || case when g.m_rare then ra.txt else qu.txt end,
       format(ab.txt, coalesce(pn.port, re.txt), hz.phrase) || ' '
         || upper(left(d.body, 1)) || substr(d.body, 2)
         || case when right(d.body, 1) in ('.', ',') then '' else '.' end
from lib_gen g
cross join lib_base b
join lib_text d on d.n = g.n and d.part = 'd'
join lib_phrase ty on ty.lang = g.lang and ty.key = g.doc_type
join lib_phrase fo on fo.lang = g.lang and fo.key = 'for'
join lib_phrase an on an.lang = g.lang and an.key = 'and'
join lib_phrase po on po.lang = g.lang and po.key = 'port'
join lib_phrase re on re.lang = g.lang and re.key = 'regional'
join lib_phrase ab on ab.lang = g.lang and ab.key = 'about'
join lib_phrase ra on ra.lang = g.lang and ra.key = 'rare'
join lib_phrase qu on qu.lang = g.lang and qu.key = 'q' || (g.seed / 7 % 6)
-- "Port of Houston", but "Port of Spain" and "Puerto Quetzal" as they are.
cross join lateral (
  select case when g.port ~ '^(Port|Puerto|Porto)[ -]' then g.port else po.txt || g.port end as port
) pn
cross join lateral (
  select case cardinality(g.hazards)
           when 1 then h[1] when 2 then h[1] || ' ' || an.txt || ' ' || h[2]
           else h[1] || ', ' || h[2] || ' ' || an.txt || ' ' || h[3] end as phrase
  from (select array(select p.txt from unnest(g.hazards) with ordinality as u(hz, o)
                     join lib_phrase p on p.lang = g.lang and p.key = u.hz order by u.o) as h) x
) hz;

-- One small file per document, of one chunk: a PDF header and trailer around the document's number.
insert into library_file (id, sha256, size_bytes, chunks)
overriding system value
select b.file + f.n, encode(sha256(f.data), 'hex'), octet_length(f.data), 1
from lib_base b,
     lateral (select n, convert_to(E'%PDF-1.4\n% Safeports bench document ' || n
                || E'\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'UTF8') as data
              from lib_gen) f
order by f.n;

insert into library_file_chunk (file_id, seq, data)
select b.file + g.n, 0, convert_to(E'%PDF-1.4\n% Safeports bench document ' || g.n
         || E'\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'UTF8')
from lib_gen g cross join lib_base b
order by g.n;

-- One approved version per document: the file and the text a PDF reader would have extracted.
insert into library_version (id, document_id, number, file_id, file_name, format, media_type, size_bytes, pages,
                             extracted_text, approved, note, uploaded_by, uploaded_by_name, uploaded_at)
overriding system value
select b.version + g.n, b.doc + g.n, 1, b.file + g.n,
       replace(lower(g.doc_type), '_', '-') || '-' || coalesce(lower(g.country), 'regional') || '-' || g.year
         || '-' || g.n || '.pdf',
       'PDF', 'application/pdf', f.size_bytes, greatest(1, length(t.body) / 3000), t.body, true, null,
       b.editor, 'TAG Secretariat', (g.published - interval '3 days') at time zone 'UTC'
from lib_gen g
cross join lib_base b
join library_file f on f.id = b.file + g.n
join lib_text t on t.n = g.n and t.part = 't'
order by g.n;

update library_document d set current_version_id = b.version + g.n
from lib_gen g cross join lib_base b
where d.id = b.doc + g.n;

select setval(pg_get_serial_sequence('library_document', 'id'), (select max(id) from library_document));
select setval(pg_get_serial_sequence('library_file', 'id'), (select max(id) from library_file));
select setval(pg_get_serial_sequence('library_version', 'id'), (select max(id) from library_version));

-- The search vectors, by the portal's own function.
select count(library_refresh_search(b.doc + g.n)) as refreshed from lib_gen g cross join lib_base b;

commit;
vacuum analyze library_document, library_description, library_file, library_file_chunk, library_version;
