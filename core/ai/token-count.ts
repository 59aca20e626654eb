// Counts tokens locally when a provider's answer carries no usage. js-tiktoken with its bundled
// o200k ranks: LangChain's own counter downloads its tables at run time, which hangs offline.
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

let encoder: Tiktoken | undefined;

export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}
