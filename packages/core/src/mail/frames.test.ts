// A message inside a machine's frame (a voicemail transcript, a board's or an app's "new message"
// notice), in the five languages: the block is read as the message, and look-alikes with a quotation
// of their own are no frame. Sentences of our own, not copied from the labelled mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';
import { framedMessage } from './frames';

const { kind } = kindsCase({ name: 'Voicemail', address: 'voicemail@phone.example.net' });

const FRAMED_REJECTIONS = [
  `You have a new voicemail.\n\nCaller: 020 7946 0321\nLength: 0:40\n\nTranscript:\n"Hi Alex, this is Priya from Kestrel Joinery about the bench joiner job. I'm sorry, we have decided to go with another candidate who has more site experience. Thanks again and good luck."\n\nPlay the message: https://vm.example.net/p/1`,
  `Hallo Alex,\n\ndie Bäckerei Korn hat dir eine Nachricht zu deiner Bewerbung als Konditor geschickt:\n\n„Hallo Alex, vielen Dank für dein Interesse. Leider haben wir uns für eine andere Bewerberin entschieden, die schon länger in einer Konditorei arbeitet. Alles Gute!“\n\nAntworten: https://jobs.example.de/nachrichten/55`,
  `Vous avez un nouveau message vocal.\n\nDe : 01 23 45 67 89\nDate : 3 décembre 2026, 10:12\nDurée : 0:52\n\n« Bonjour Alex, c'est Claire de l'Atelier Brun pour le poste de tapissier. Nous avons retenu une autre candidate qui connaît déjà nos fournisseurs. Merci encore et bonne continuation. »`,
  `Tienes un mensaje nuevo en la app\n\nPanadería Sol · Ayudante de obrador\n"Hola Alex, gracias por venir a la prueba. Al final hemos elegido a otra persona con más experiencia en obrador. ¡Mucha suerte!"\n\nResponder en la app: https://app.example.es/m/7`,
  `Je hebt een nieuw spraakbericht.\n\nBeller: 010 123 4567\nDatum: 3 december 2026, 14:05\nDuur: 0:37\n\nTranscriptie:\n"Hoi Alex, met Joke van Bakkerij Ploeg over de vacature voor bakker. We hebben helaas gekozen voor een andere kandidaat met meer ervaring. Veel succes verder, doei."`,
];

describe('a message inside a machine frame', () => {
  it('reads the block as the message in the five languages', () => {
    expect(FRAMED_REJECTIONS.map((t) => [t.slice(0, 30), kind(t, 'New message')]).filter(([, k]) => k !== 'rejection')).toEqual([]);
  });

  it('gives the block without its quotation marks', () => {
    const inner = framedMessage(FRAMED_REJECTIONS[2]!)?.inner;
    expect(inner?.startsWith('Bonjour Alex')).toBe(true);
    expect(inner?.endsWith('bonne continuation.')).toBe(true);
  });

  it('does not take the frame\'s own fields for a meeting', () => {
    const t = `Sie haben eine neue Sprachnachricht.\n\nAnrufer: 030 1234567\nDatum: 02.12.2026, 16:40 Uhr\nDauer: 0:50\n\nTranskription:\n„Guten Tag, hier ist Frau Ohm vom Hotel Linde wegen des Vorstellungsgesprächs. Wir haben uns leider für einen anderen Bewerber entschieden. Alles Gute für Sie.“\n\nNachricht anhören: https://box.example.de/vm/2`;
    expect(kind(t, 'Neue Sprachnachricht')).toBe('rejection');
  });

  it('finds no frame around a quotation that is no relayed message', () => {
    const lookalikes = [
      // A recruiter quoting a client, with no machine header or button around it.
      `Hi Alex,\n\nThe client's feedback:\n"They liked you a lot but went with someone who has more ERP experience, sorry about that."\n\nBest, Tom`,
      // A short quotation on its own line, under a link.
      `Zitat der Woche:\n„Absagen sind auch Antworten.“\n\nMehr lesen: https://news.example.de/1`,
      // A title in guillemets on its own line.
      `Bonjour Alex,\n\nNous avons bien reçu votre candidature pour le poste\n« Responsable logistique »\n\nLien : https://emplois.example.fr/c/9`,
      // A long article around the quotation: no short frame.
      `Consejos de la semana\n\n${'Hablamos con diez reclutadoras sobre cómo responder a un rechazo y qué aprender de él. '.repeat(12)}\n\n"Hemos decidido seguir con otra persona, pero nos gustó mucho tu entrevista y tu actitud."\n\nLeer más: https://blog.example.es/4`,
      // A quotation that does not close where its paragraph ends: words reported in a sentence.
      `"We gaan met een andere kandidaat verder," zei de recruiter, en toen was het gesprek na tien minuten voorbij.\n\nLees verder: https://blog.example.nl/5`,
    ];
    expect(lookalikes.filter((t) => framedMessage(t) !== null)).toEqual([]);
  });

  it('leaves a newsletter that quotes a decision a mailing', () => {
    const t = `This week: why "we have decided to go with another candidate" is not the end of the road.\n\nRead more: https://news.example/1\n\nUnsubscribe: https://news.example/u`;
    expect(kind(t, 'Career tips')).toBe('other');
  });
});
