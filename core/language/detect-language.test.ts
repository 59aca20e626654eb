import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './detect-language.ts';
import { languageOfLocale, replyLanguageFor } from './languages.ts';

test('detects the language of ordinary messages, and stays quiet on short or unclear ones', () => {
  assert.equal(detectLanguage('Hola, tengo una entrevista el viernes y quiero practicar'), 'es');
  assert.equal(detectLanguage('¿Cómo respondo a la pregunta sobre mis debilidades?'), 'es');
  assert.equal(detectLanguage('How should I answer the question about my weaknesses?'), 'en');
  assert.equal(detectLanguage("Bonjour, je suis développeur et j'ai un entretien"), 'fr');
  assert.equal(detectLanguage('Ich habe morgen ein Vorstellungsgespräch und bin nervös'), 'de');
  assert.equal(detectLanguage('明日は面接があります。どう準備すればいいですか'), 'ja');
  assert.equal(detectLanguage('hola'), undefined);
  assert.equal(detectLanguage('Senior Backend Engineer'), undefined);
  assert.equal(detectLanguage('ok thanks'), undefined);
});

test('platform locales name a language; only supported ones are written in', () => {
  assert.equal(languageOfLocale('es-MX'), 'es');
  assert.equal(languageOfLocale('pt_BR'), 'pt');
  assert.equal(languageOfLocale(undefined), undefined);
  assert.equal(replyLanguageFor('es'), 'es');
  assert.equal(replyLanguageFor('ja'), 'en');
  assert.equal(replyLanguageFor(null), 'en');
});
