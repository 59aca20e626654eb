// The pitch critique (offline and deterministic): speaking time at 130–150 words a minute, the
// hook, the present-past-future structure, specific facts, filler words, and the one edit
// that would help most. A Spanish pitch is read with Spanish cue words and told in Spanish.
import { say } from '../language/current.ts';

export interface PitchCritique {
  words: number;
  /** Seconds to say it, at 150 and at 130 words a minute. */
  seconds: [number, number];
  target?: number;
  checks: Array<{ name: string; ok: boolean; note: string }>;
  fillers: string[];
  /** The single most useful change. */
  edit: string;
}

const english = {
  fillers: /\b(um+|uh+|like|basically|actually|really|very|just|literally|kind of|sort of|you know|passionate|hard-?working|team player|detail-oriented|go-getter|synergy)\b/gi,
  genericOpening: /^(hi|hello|hey)?[,!. ]*(my name is|i am|i'm)\s+\p{Lu}[\p{L}'-]+[.,!]?\s*(and\s+)?$/iu,
  greeting: /^(hi|hello)\b/i,
  present: /\b(i'?m (a|an|the|currently)|i am (a|an|currently)|currently|today i|i work|i lead|i build|i run)\b|^(i'?m|i am) [^,.]+, (a|an) /i,
  past: /\b(before (that|this)|previously|i'?ve (spent|worked|built|led)|i spent|started (my career|out)|\d+ years|for the (last|past))\b/i,
  future: /\b(looking for|next|i want to|i'?d like to|excited (to|about)|hoping to|ready to|my goal)\b/i,
};

/** The same cues in Spanish: "soy…", "antes de eso…", "busco…". */
const spanish: typeof english = {
  fillers: /(?<!\p{L})(eh+|em+|o sea|básicamente|realmente|muy|solo|literalmente|en plan|apasionad[oa]|trabajador(?:a)?|proactiv[oa]|orientad[oa] a resultados|sinergia)(?!\p{L})/giu,
  genericOpening: /^(hola|buenas)?[,!. ]*(me llamo|mi nombre es|soy)\s+\p{Lu}[\p{L}'-]+[.,!]?\s*(y\s+)?$/iu,
  greeting: /^(hola|buenas)(?!\p{L})/iu,
  present: /^soy [^,.]+, |(?<!\p{L})(soy (un|una|el|la)|actualmente|hoy (trabajo|lidero|dirijo)|trabajo (como|en)|lidero|dirijo|construyo|desarrollo)(?!\p{L})/iu,
  past: /(?<!\p{L})(antes de (eso|esto)|antes (trabajé|fui|estuve)|anteriormente|he (trabajado|pasado|construido|liderado|dirigido)|pasé|empecé|\d+ años|durante los últimos|en los últimos)(?!\p{L})/iu,
  future: /(?<!\p{L})(busco|estoy buscando|lo siguiente|quiero|me gustaría|me encantaría|con ganas de|me ilusiona|estoy list[oa]|mi objetivo)(?!\p{L})/iu,
};

export function critiquePitch(text: string, target?: 30 | 60 | 90): PitchCritique {
  const cues = say({ en: english, es: spanish });
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const seconds: [number, number] = [Math.round((words / 150) * 60), Math.round((words / 130) * 60)];
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const first = sentences[0] ?? '';
  const hookOk = /\d/.test(first) || (!cues.genericOpening.test(first.split(/[,;]/)[0] ?? '') && !cues.greeting.test(first));
  const present = cues.present.test(text);
  const past = cues.past.test(text);
  const future = cues.future.test(text);
  const numbers = (text.match(/\d[\d,.]*\s*(%|percent|[kmb]\b|x\b|users|customers|people|years)?/gi) ?? []).length;
  const fillers = [...new Set((text.match(cues.fillers) ?? []).map((f) => f.toLowerCase()))];
  const checks = say({
    en: [
      { name: 'Hook', ok: hookOk, note: hookOk ? 'It opens with something specific.' : 'It opens with your name only; lead with what you do or a result instead.' },
      { name: 'Present', ok: present, note: present ? 'Says what you do now.' : 'Add one line on what you do now ("I\'m a backend engineer at…").' },
      { name: 'Past', ok: past, note: past ? 'Gives your background.' : 'Add one proof from your past: a result, with a number.' },
      { name: 'Future', ok: future, note: future ? 'Says what you want next.' : 'End with what you are looking for next and why.' },
      { name: 'Specific', ok: numbers > 0, note: numbers > 0 ? `${numbers} concrete figure${numbers === 1 ? '' : 's'}.` : 'No numbers: one figure (users, %, years, money) makes it memorable.' },
    ],
    es: [
      { name: 'Gancho', ok: hookOk, note: hookOk ? 'Empieza con algo concreto.' : 'Empieza solo con tu nombre; abre mejor con lo que haces o con un resultado.' },
      { name: 'Presente', ok: present, note: present ? 'Dice a qué te dedicas ahora.' : 'Añade una frase sobre lo que haces ahora ("Soy ingeniera backend en…").' },
      { name: 'Pasado', ok: past, note: past ? 'Cuenta tu trayectoria.' : 'Añade una prueba de tu pasado: un resultado, con una cifra.' },
      { name: 'Futuro', ok: future, note: future ? 'Dice qué buscas ahora.' : 'Termina con lo que buscas ahora y por qué.' },
      { name: 'Concreción', ok: numbers > 0, note: numbers > 0 ? `${numbers} ${numbers === 1 ? 'cifra concreta' : 'cifras concretas'}.` : 'Sin cifras: un dato (usuarios, %, años, dinero) hace que se recuerde.' },
    ],
  });
  const cut = Math.round((target ?? 0) * 140 / 60);
  const timing =
    target && seconds[0] > target
      ? say({
          en: `At ${words} words it takes about ${seconds[0]}–${seconds[1]} s; cut to about ${cut} words for ${target} s.`,
          es: `Con ${words} palabras dura unos ${seconds[0]}–${seconds[1]} s; recórtala a unas ${cut} palabras para ${target} s.`,
        })
      : undefined;
  const firstGap = checks.find((c) => !c.ok);
  const polish = fillers.length
    ? say({ en: `Cut the filler words (${fillers.join(', ')}); they take time and add nothing.`, es: `Quita las muletillas (${fillers.join(', ')}); ocupan tiempo y no aportan nada.` })
    : say({
        en: 'It is in good shape: say it aloud with a timer three times, and cut any word you stumble on.',
        es: 'Está en buena forma: dila en voz alta tres veces con un cronómetro y quita cualquier palabra en la que tropieces.',
      });
  const edit = timing ?? (firstGap ? firstGap.note : polish);
  return { words, seconds, target, checks, fillers, edit };
}
