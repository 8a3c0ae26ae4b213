/**
 * wink-nlp (English lite model, bundled: nothing is downloaded) for part-of-speech tags of candidate sentences.
 * Loaded on first use and kept; only sentences that may hold an event or a name are read, which keeps
 * extraction fast on long texts.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  pos: string;
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tokens of an English sentence with universal POS tags and character offsets into the sentence. */
export function tagTokens(sentence: string): Token[] {
  nlp ??= winkNLP(model, ['pos']);
  const doc = nlp.readDoc(sentence);
  const texts = doc.tokens().out();
  const pos = nlp.its.pos; // eslint-disable-line @typescript-eslint/unbound-method -- wink's its.* are plain selectors
  const tags = doc.tokens().out(pos);
  const out: Token[] = [];
  let cursor = 0;
  texts.forEach((text, i) => {
    const at = sentence.indexOf(text, cursor);
    if (at < 0) return; // wink normalises a few characters; those tokens are skipped
    out.push({ text, pos: tags[i] ?? 'X', start: at, end: at + text.length });
    cursor = at + text.length;
  });
  return out;
}
