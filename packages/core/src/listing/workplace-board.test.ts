import { describe, expect, it } from 'vitest';
import { detectWorkplace } from './workplace';

// A listing of some length that says nothing of remote work, to which each case adds one line.
const EN = '\nWe repair boilers for homes and businesses.\nYou carry out servicing and repairs.\nYou keep records on a tablet.\nFull driving licence required.\nPension and 25 days holiday.\nApply with your CV today.\nWe have served the county for thirty years and our customers stay with us for decades.\nTraining in the newest systems is paid for by us, and so is the van.\n';

describe('detectWorkplace: a job board\'s search form and filter list', () => {
  it('reads no workplace from a filter offered for every search, in five languages', () => {
    expect(detectWorkplace(`Heating Engineer\nDate posted · Remote · Easy Apply · All filters${EN}`)).toBe('onsite');
    expect(detectWorkplace('Heizungsbauer\nFilter: Homeoffice · Teilzeit · Gehaltsangabe\nWir warten Heizungen in Ulm.\nSie reparieren Anlagen beim Kunden.\nFührerschein Klasse B.\n30 Tage Urlaub.\nBewerben Sie sich jetzt.\nWir freuen uns auf Sie und Ihre Unterlagen, gern auch per E-Mail an unser Büro in der Innenstadt.\nUnser Betrieb besteht seit 1962 und bildet jedes Jahr zwei Lehrlinge aus.')).toBe('onsite');
    expect(detectWorkplace("Chauffagiste\nFiltres : Télétravail · CDI · Temps plein\nNous entretenons des chaudières.\nVous intervenez dans les bâtiments.\nPermis B exigé.\nMutuelle et tickets restaurant.\nPostulez dès maintenant.\nRéponse sous une semaine, par téléphone ou par courriel, après lecture de votre candidature.\nNotre entreprise familiale compte douze salariés et existe depuis 1985.")).toBe('onsite');
    expect(detectWorkplace('Calefactor\nFiltros: Teletrabajo · Jornada · Salario\nPresencial\nReparamos calderas en Sevilla.\nTrabajarás en nuestro taller.\nCarné B.\nContrato indefinido.\nInscríbete ya.')).toBe('onsite');
  });
  it('reads no workplace from the words typed into a search box', () => {
    expect(detectWorkplace('Monteur\nWat zoek je? monteur   Waar? Thuiswerken   Zoeken\nWij onderhouden cv-ketels.\nJe werkt in onze werkplaats.\nRijbewijs B.\nGoede cao.\nSolliciteer direct.\nWe horen graag van je.')).toBe('onsite');
  });
  it("still reads the listing's own remote work beside a filter list", () => {
    expect(detectWorkplace('Engineer\nFully remote role, work from home anywhere in the UK.\nFilters: Date posted · Remote · Salary')).toBe('remote');
  });
});

describe('detectWorkplace: home as where a working day on the road starts or ends', () => {
  it('reads it as field work when the sentence names the vehicle, the drive or the customer, in five languages', () => {
    expect(detectWorkplace(`Pest Control Technician${EN}Field based: you start and finish at home with a company van.`)).toBe('onsite');
    expect(detectWorkplace(`Ongediertebestrijder${EN}Je begint je dag thuis en rijdt naar de eerste klant.`)).toBe('onsite');
    expect(detectWorkplace(`Servicetechniker${EN}Du beginnst den Tag zu Hause und fährst mit dem Servicewagen zum Kunden.`)).toBe('onsite');
    expect(detectWorkplace(`Technicien${EN}Vous commencez votre journée à domicile avec le véhicule de service.`)).toBe('onsite');
    expect(detectWorkplace(`Técnico${EN}Empiezas la jornada en casa y vas en furgoneta a la obra.`)).toBe('onsite');
  });
  it('still reads home days named beside it', () => {
    expect(detectWorkplace(`Developer${EN}You can start your day at home: two days a week from home, three in the office.`)).toBe('hybrid');
  });
});
