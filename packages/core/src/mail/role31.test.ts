// Sentences written for these tests, in the five languages: what a title is (a noun phrase of a
// job) and what stands around it in a message without being part of it.
import { describe, expect, it } from 'vitest';
import { roleFromMail } from './role';

const cases = (rows: Array<[string, string, string, string | null]>): void => {
  it.each(rows)('%s: %s', (_lang, body, subject, role) => {
    expect(roleFromMail(body, subject, 'Acme')).toBe(role);
  });
};

describe('a leading preposition or article is not part of the title', () => {
  cases([
    ['nl', 'We hebben lang gesproken over de vacature voor kaasmaker, en we kiezen voor iemand anders.', 'Je sollicitatie', 'Kaasmaker'],
    ['nl', 'Leuk dat je hebt gereageerd op onze vacature voor een tuinontwerper. Wil je langskomen?', 'Kennismaking', 'Tuinontwerper'],
    ['nl', 'De vacature voor de medewerker magazijn is inmiddels ingevuld.', 'Vacature', 'Medewerker magazijn'],
    ['es', 'Gracias por tu interés en la vacante para un soldador de estructuras, ya la hemos cubierto.', 'Vacante', 'Soldador de estructuras'],
    ['fr', "Merci pour votre intérêt pour le poste de l'animateur nature.", 'Candidature', 'Animateur nature'],
  ]);
});

describe('a word of the process before the title in a subject is not part of it', () => {
  cases([
    ['nl', 'Hoi, als volgende stap vragen we je een kleine opdracht te maken.', 'Thuisopdracht Data Engineer', 'Data Engineer'],
    ['nl', 'Hoi, wil je op vrijdag meelopen?', 'Proefdag Bakker', 'Bakker'],
    ['de', 'Liebe Alex, als nächsten Schritt bitten wir Dich um eine kleine Aufgabe.', 'Probeaufgabe Redakteur/in Reise', 'Redakteur/in Reise'],
    ['de', 'Hallo, anbei die Unterlagen.', 'Fallaufgabe Controller', 'Controller'],
    ['en', 'Hi Alex, please find the brief attached.', 'Take-home task: Product Designer', 'Product Designer'],
    ['en', 'Hi Alex, the exercise is attached.', 'Take-home assignment – Data Scientist', 'Data Scientist'],
    ['es', 'Hola Alex, te enviamos el enunciado.', 'Prueba técnica Analista de datos', 'Analista de datos'],
    ['fr', 'Bonjour, voici le sujet.', 'Cas pratique Chargé de mission', 'Chargé de mission'],
  ]);
});

describe('the clause after the title is not part of it', () => {
  cases([
    ['de', 'Wir haben uns für die Stelle als Schreiner/in für jemanden aus der Region entschieden.', 'Deine Bewerbung', 'Schreiner/in'],
    ['de', 'Wir nehmen für die Stelle als Küchenhilfe jemanden mit Führerschein.', 'Bewerbung', 'Küchenhilfe'],
    ['en', 'For the position of Bicycle Mechanic someone with more years at the bench was chosen.', 'Update', 'Bicycle Mechanic'],
    ['nl', 'Voor de functie van Timmerman iemand met meer ervaring gekozen.', 'Update', 'Timmerman'],
    ['es', 'Para el puesto de Carpintero alguien con más experiencia fue elegido.', 'Actualización', 'Carpintero'],
    ['fr', "Pour le poste de Menuisier quelqu'un d'autre a été choisi.", 'Candidature', 'Menuisier'],
  ]);
});

describe("a day after the title ends it", () => {
  cases([
    ['es', 'Le llamaremos por el puesto de Coordinador/a de compras el lunes 7 de diciembre a las 4:00 p. m.', 'Entrevista telefónica', 'Coordinador/a de compras'],
    ['es', 'Te invitamos a una entrevista para el cargo de Técnico/a de laboratorio el martes 15 a las 11:00.', 'Entrevista', 'Técnico/a de laboratorio'],
    ['es', 'Entrevista para la plaza de Auxiliar administrativo el próximo jueves.', 'Citación', 'Auxiliar administrativo'],
  ]);
});

describe('a gender ending does not end the title', () => {
  cases([
    ['fr', 'Merci pour votre candidature au poste de Conseiller(ère) clientèle, nous revenons vers vous.', 'Candidature', 'Conseiller(ère) clientèle'],
    ['fr', 'Merci pour votre candidature au poste de Chef(fe) de rayon.', 'Candidature', 'Chef(fe) de rayon'],
    ['fr', 'Votre candidature au poste de Vendeur(euse) en boulangerie est retenue.', 'Candidature', 'Vendeur(euse) en boulangerie'],
    ['es', 'Gracias por tu candidatura al puesto de Cocinero(a) de línea.', 'Candidatura', 'Cocinero(a) de línea'],
    ['de', 'Danke für Ihre Bewerbung als Tischler:in Innenausbau und Ihren Besuch.', 'Absage', 'Tischler:in Innenausbau'],
    ['de', 'Danke für Ihre Bewerbung als Erzieher:innen Krippe.', 'Bewerbung', 'Erzieher:innen Krippe'],
    ['en', 'Thank you for applying for the Sous Chef(fe) role.', 'Thanks', 'Sous Chef(fe)'],
  ]);
});

describe('a hyphen that joins a compound does not end the title', () => {
  cases([
    ['de', 'Ihre Bewerbung auf die Stelle Kaufmann/-frau für Büro- und Projektmanagement ist eingegangen.', 'Bewerbung', 'Kaufmann/-frau für Büro- und Projektmanagement'],
    ['de', 'Danke für Ihre Bewerbung als Fachkraft für Lager- und Logistik.', 'Bewerbung', 'Fachkraft für Lager- und Logistik'],
    ['nl', 'Bedankt voor je sollicitatie als Medewerker binnen- en buitendienst.', 'Sollicitatie', 'Medewerker binnen- en buitendienst'],
    ['fr', 'Merci pour votre candidature au poste de Technicien pré- et post-production.', 'Candidature', 'Technicien pré- et post-production'],
  ]);
});

describe('the subject and the body: the longer form the body writes with its specialty', () => {
  cases([
    ['fr', "Merci pour votre candidature au poste de Guide / Guide-conférencière de montagne. Le poste est pourvu.", 'Poste de guide', "Guide / Guide-conférencière de montagne"],
    ['es', 'Al final nos quedamos con otra candidata para el puesto de profesor/a de piano. ¡Suerte!', 'Puesto de profesor/a', 'Profesor/a de piano'],
    ['en', 'Thank you for your application for Senior Specialist, Maps and Atlases.', 'Acme: Senior Specialist, Maps and Atlases', 'Senior Specialist, Maps and Atlases'],
    ['de', 'Danke für Ihre Bewerbung als Koch für vegetarische Küche.', 'Bewerbung als Koch', 'Koch für vegetarische Küche'],
  ]);
});

describe('the body names the title in lower case or after an offer', () => {
  cases([
    ['nl', 'Hartelijk dank voor je sollicitatie als boswachter. We hebben je cv ontvangen.', 'Ontvangstbevestiging sollicitatie', 'Boswachter'],
    ['nl', 'Bedankt voor je sollicitatie als een ervaren timmerman. We nemen contact op.', 'Ontvangstbevestiging', 'Ervaren timmerman'],
    ['en', 'Everything else in the offer for Warehouse Planning Lead stays the same.', 'Re: Offer questions', 'Warehouse Planning Lead'],
    ['de', 'Anbei unser Angebot als Bauleiter, wie besprochen.', 'Re: Fragen', 'Bauleiter'],
    ['es', 'Te enviamos la oferta para el puesto de Jefe de sala revisada.', 'Re: Preguntas', 'Jefe de sala'],
  ]);
});
