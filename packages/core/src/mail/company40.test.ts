// The employer a department's signature names, a department's words around a sender's name, and a
// town after the name on a signature's line, in the five languages; and the look-alikes left alone.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';
import { withoutDepartment } from './company-signature';

describe('a department written around the name is taken off', () => {
  it.each([
    ['Stadtwerke Bergfeld - Personalabteilung', 'Stadtwerke Bergfeld'],
    ['Kreisverwaltung Talheim, Personalverwaltung', 'Kreisverwaltung Talheim'],
    ['Personeelszaken Zuivelfabriek De Linde', 'Zuivelfabriek De Linde'],
    ['Gemeente Oostwold | Team P&O', 'Gemeente Oostwold'],
    ['Hôpital du Lac – Ressources humaines', 'Hôpital du Lac'],
    ['Recursos Humanos Grupo Almendral', 'Grupo Almendral'],
    ['Harbour Bank - Human Resources', 'Harbour Bank'],
  ])('%s', (name, want) => expect(withoutDepartment(name)).toBe(want));
  it.each(['People Power Energy', 'Personal Touch Catering', 'Rivière - Lemoine', 'Talent Garden'])('leaves %s alone', (name) => expect(withoutDepartment(name)).toBe(name));
});

describe('the organisation under a department signature outranks a platform', () => {
  it.each([
    ['Ville de Montrichard', 'ne-pas-repondre@emplois-publics.example', 'Madame, Monsieur,\n\nNous accusons réception de votre candidature.\n\nDirection des Ressources Humaines\nVille de Montrichard\n\nCe message est généré automatiquement.', 'Ville de Montrichard'],
    ['Portal de Trabajo UCN', 'no-responder@trabajo.ucn.example', 'Estimado postulante:\n\nAgradecemos su interés en la Universidad Costera del Norte.\n\nDepartamento de Recursos Humanos\nUniversidad Costera del Norte – Antofagasta\n\nNo responda este correo.', 'Universidad Costera del Norte'],
    ['Karriereportal', 'noreply@stellen-portal.example', 'Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihr Interesse an der Klinik am Hang.\n\nAbteilung Personal\nKlinik am Hang | Freiburg\n', 'Klinik am Hang'],
    ['Vacatures', 'noreply@vacatures.example', 'Beste Alex,\n\nBedankt voor je sollicitatie bij Waterschap Dijkland.\n\nAfdeling P&O\nWaterschap Dijkland\n', 'Waterschap Dijkland'],
    ['Careers Portal', 'no-reply@portal.example', 'Dear Alex,\n\nThank you for applying to Harrow Valley Trust.\n\nHuman Resources\nHarrow Valley Trust\n', 'Harrow Valley Trust'],
  ])('%s <%s>', (name, address, text, want) => expect(companyFromSender(name, address, text)).toBe(want));

  it('a signer named under the department is no organisation', () => {
    expect(companyFromSender('Brennerei Moosach', 'info@brennerei-moosach.example', 'Hallo Alex,\n\nleider ist die Stelle vergeben.\n\nPersonalabteilung\nJana Roth\n')).toBe('Brennerei Moosach');
  });
  it('a name the text writes once, under no department, changes nothing', () => {
    expect(companyFromSender('Bakkerij Zonnig', 'info@bakkerij-zonnig.example', 'Beste Alex,\n\nhelaas.\n\nGroet,\nMarleen\nKoffiehuis Zonnig\n')).toBe('Bakkerij Zonnig');
  });
});

describe('a town after the name on the signature line is no part of it', () => {
  it.each([
    ['Lab Noorderhaven', 'info@tandlab-noorderhaven.example', 'Beste Alex,\n\nHelaas.\n\nGroet,\nAnnelies\nTandtechnisch Lab Noorderhaven – Groningen\n', 'Tandtechnisch Lab Noorderhaven'],
    ['Atelier Morin', 'contact@morin-vitrail.example', 'Bonjour,\n\nMerci.\n\nCordialement,\nPaul\nVitraux Atelier Morin, Toulouse\n', 'Vitraux Atelier Morin'],
  ])('%s', (name, address, text, want) => expect(companyFromSender(name, address, text)).toBe(want));
});

describe('a person under the department is the signer, the organisation one the sender bears', () => {
  it('a signer whose surname the firm bears is no organisation', () => {
    expect(companyFromSender('Schreinerei Vogt', 'info@schreinerei-vogt.example', 'Hallo Alex,\n\nleider nicht.\n\nPersonal\nAnja Vogt\n')).toBe('Schreinerei Vogt');
  });
  it('a firm whose first word the domain spells is the organisation', () => {
    expect(companyFromSender('Hansa Frost', 'recruiting@hansa-frost.example', 'Hallo Alex,\n\nanbei die Aufgabe.\n\nMerve\nRecruiting – Hansa Frost, Bremerhaven\n')).toBe('Hansa Frost');
  });
});
