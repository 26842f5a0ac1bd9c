// Names written for these tests (none from bench/data/mail): the role without what surrounds it,
// and the company from a signature when the sender's domain runs its words together.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';
import { roleFromMail } from './role';

describe('the role without what surrounds it', () => {
  it('drops gender markers, reference numbers and a status after a dash', () => {
    expect(roleFromMail('Vielen Dank für Ihre Bewerbung als Lagerleiter (m/w/d).', 'Ihre Bewerbung', 'Hafenlog')).toBe('Lagerleiter');
    expect(roleFromMail('Thank you for applying for the Payroll Officer (Ref. 2026/077) position.', 'Application', 'Tarrow')).toBe('Payroll Officer');
    expect(roleFromMail('Merci pour votre candidature.', 'Comptable fournisseurs – annulation du recrutement', 'Tarrow')).toBe('Comptable fournisseurs');
    expect(roleFromMail('Thanks for your interest in the Site Engineer (#R-5521) role.', 'Update', 'Tarrow')).toBe('Site Engineer');
  });

  it('ends a title at the first word of the sentence after it', () => {
    expect(roleFromMail('Wir haben entschieden, Ihnen für die Position Senior Controller kein Angebot zu machen.', 'Ihre Bewerbung', 'Hafenlog')).toBe('Senior Controller');
    expect(roleFromMail('Helaas kunnen we je de functie van Teamleider Logistiek niet aanbieden.', 'Je sollicitatie', 'Veldhuis')).toBe('Teamleider Logistiek');
    expect(roleFromMail('Lamentamos comunicarte que el puesto de Jefe de Almacén ya está cubierto.', 'Tu candidatura', 'Norte')).toBe('Jefe de Almacén');
  });

  it('keeps a title written in lower case after "poste de" with its first letter raised, and an inline gender form', () => {
    expect(roleFromMail('Nous avons bien reçu votre candidature au poste de technicien de maintenance.', 'Candidature', 'Tarrow')).toBe('Technicien de maintenance');
    expect(roleFromMail('Gracias por tu interés en el puesto de Enfermero/a de Planta.', 'Tu candidatura', 'Norte')).toBe('Enfermero/a de Planta');
  });
});

describe('the company from a signature', () => {
  it('spells a run-together domain with the words of the signature', () => {
    expect(companyFromSender('Iris Vos', 'iris@kolenkitbouw.nl', 'Groet,\nIris Vos\nKolenkit Bouw')).toBe('Kolenkit Bouw');
    expect(companyFromSender('Tom Reyes', 'tom@finchandmoss.com', 'Best,\nTom\n\nTom Reyes\nFinch & Moss')).toBe('Finch & Moss');
    expect(companyFromSender('Ana Gil', 'ana@hsantelmo.es', 'Un saludo,\nAna Gil\nHospital San Telmo')).toBe('Hospital San Telmo');
  });

  it('takes the whole name from a signature line that starts with the domain', () => {
    expect(companyFromSender('Ruth Kamp', 'ruth@westmoor.co.uk', 'Thanks,\nRuth\n\nRuth Kamp\nWestmoor Surveying Ltd')).toBe('Westmoor Surveying');
  });

  it('reads a team name in the address as no person, and a tracker as no employer', () => {
    expect(companyFromSender('Pellham Hiring', 'hiring@pellham.dev', 'Cheers,\nPellham Engineering')).toBe('Pellham');
    expect(companyFromSender('Zuidkade Zorg', 'noreply@homerun.co', '')).toBe('Zuidkade Zorg');
  });
});
