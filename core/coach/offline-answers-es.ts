// The offline coach's written answers in Spanish, by the English topic's name, with the words
// Spanish speakers use to ask for them (the English patterns still match too).
import type { OfflineTopic } from './offline-answers.ts';

export const offlineTopicsEs: Record<string, OfflineTopic> = {
  'the STAR method': {
    name: 'el método STAR',
    matches: /\bstar\b|estructurar (?:mi|una) respuesta|preguntas? de comportamiento|respuestas? de comportamiento/i,
    answer: [
      '**STAR** mantiene una respuesta de comportamiento bien armada (apunta a unos 2 minutos):',
      '• **Situación** — una o dos frases de contexto.',
      '• **Tarea** — de qué eras responsable *tú*.',
      '• **Acción** — la mayor parte de la respuesta: qué hiciste *tú*, paso a paso. Di "yo", no "nosotros".',
      '• **Resultado** — qué cambió, con una cifra si la tienes, y qué aprendiste.',
      'Siguiente paso: escribe así una historia sobre una vez en que arreglaste algo bajo presión.',
    ].join('\n'),
  },
  '"tell me about yourself"': {
    name: '"háblame de ti"',
    matches: /h[aá]blame de ti|cu[eé]ntame (?:sobre|de) ti|pres[eé]ntate|presentarme|presentaci[oó]n personal|sobre m[ií]\b/i,
    answer: [
      'Responde a **"háblame de ti"** en tres tiempos, 60–90 segundos:',
      '• **Presente** — tu puesto actual y en qué eres mejor.',
      '• **Pasado** — uno o dos logros que lo demuestren, con cifras.',
      '• **Futuro** — por qué este puesto es el siguiente paso.',
      'Siguiente paso: escríbelo, léelo en voz alta con un cronómetro y quita todo lo que no tenga que ver con el trabajo.',
    ].join('\n'),
  },
  'salary negotiation': {
    name: 'negociar el salario',
    matches: /salari|sueldo|negoci|remuneraci[oó]n|aumento|contraoferta|\boferta\b/i,
    answer: [
      '**Negociar una oferta:**',
      '• Investiga primero el rango para el puesto y la ciudad; decide tu cifra mínima para aceptar.',
      '• Si puedes, deja que ellos digan una cifra primero; si te preguntan, da un rango investigado cuyo mínimo aceptarías.',
      '• Negocia el paquete completo: salario base, bonus, acciones, fecha de inicio, días en remoto, presupuesto de formación.',
      '• Pregunta y luego calla. "¿Hay margen en el salario base?" es suficiente.',
      'Siguiente paso: apunta tu rango y dos cosas que te importen aparte del salario.',
    ].join('\n'),
  },
  'questions to ask the interviewer': {
    name: 'preguntas para el entrevistador',
    matches: /preguntas? (?:para|que) (?:hacer|hacerle|le puedo hacer)|preguntar al entrevistador|qu[eé] (?:le )?pregunto/i,
    answer: [
      '**Buenas preguntas para el entrevistador:**',
      '• "¿Cómo sería el éxito en los primeros 90 días?"',
      '• "¿Cuál es el problema más difícil en el que está trabajando el equipo ahora?"',
      '• "¿Cómo dan feedback y cómo deciden los ascensos?"',
      '• "¿Qué hizo que la última persona en este puesto tuviera éxito?"',
      'Siguiente paso: elige dos y prepara una sobre algo que hayas leído de la empresa.',
    ].join('\n'),
  },
  weaknesses: {
    name: 'debilidades',
    matches: /debilidad|puntos? d[eé]bil(?:es)?|[aá]reas? de mejora/i,
    answer: [
      '**"¿Cuál es tu mayor debilidad?"** — elige una real y no crítica, y muestra tu progreso:',
      '• Nómbrala con claridad ("Antes asumía demasiado trabajo yo solo").',
      '• Da un ejemplo de cuándo te costó algo.',
      '• Muestra qué haces ahora al respecto, con pruebas de que funciona.',
      'Siguiente paso: escribe tus tres frases y comprueba que ninguna es una fortaleza disfrazada.',
    ].join('\n'),
  },
  nerves: {
    name: 'los nervios',
    matches: /nervios|ansiedad|ansios|estr[eé]s|estresad|p[aá]nico|bloque(?:o|arme)/i,
    answer: [
      '**La calma en una entrevista viene de ensayar:**',
      '• Practica en voz alta tus tres mejores historias hasta que te resulten familiares.',
      '• Antes de la llamada: respiración lenta durante dos minutos, agua a mano y notas con tres palabras clave por historia.',
      '• Está bien decir "Déjame pensarlo un momento" antes de responder.',
      'Siguiente paso: haz esta semana una entrevista de práctica en voz alta, mejor si la grabas.',
    ].join('\n'),
  },
  'following up after an interview': {
    name: 'el seguimiento después de una entrevista',
    matches: /seguimiento|nota de agradecimiento|correo de agradecimiento|despu[eé]s de la entrevista|no me han (?:respondido|contestado)/i,
    answer: [
      '**Después de la entrevista:**',
      '• Envía un agradecimiento breve en las primeras 24 horas: una línea de gracias, un detalle de la conversación que disfrutaste y una línea sobre por qué encajas.',
      '• Si no tienes noticias en la fecha que te dieron, está bien enviar un mensaje breve y educado preguntando.',
      'Siguiente paso: apunta los nombres de todas las personas que conociste hoy mientras aún los recuerdas.',
    ].join('\n'),
  },
  'resume tips': {
    name: 'consejos para el currículum',
    matches: /curr[ií]cul|\bcv\b|hoja de vida/i,
    answer: [
      '**Un currículum que consigue entrevistas:**',
      '• Una columna, títulos estándar, texto real (nada de texto en imágenes), 1–2 páginas.',
      '• Cada viñeta: verbo fuerte + lo que hiciste + el resultado, con una cifra ("reduje el tiempo de compilación un 40%").',
      '• Usa las mismas palabras que la oferta de trabajo cuando sean ciertas para ti.',
      'Siguiente paso: envíame tu currículum como archivo para que esté listo para trabajar.',
    ].join('\n'),
  },
};
