/**
 * Names what differs between the article and a rendered or pasted copy: each altered
 * character with its position, section and context (curled quotes, a lost no-break space),
 * and longer cuts or additions by their length and ends. Both texts are already collapsed.
 */
import { diffChars } from 'diff';

const CHARACTER_NAMES = {
  ' ': 'SPACE',
  '\u00a0': 'NO-BREAK SPACE',
  '"': 'QUOTATION MARK',
  "'": 'APOSTROPHE',
  '\u201c': 'LEFT DOUBLE QUOTATION MARK',
  '\u201d': 'RIGHT DOUBLE QUOTATION MARK',
  '\u2018': 'LEFT SINGLE QUOTATION MARK',
  '\u2019': 'RIGHT SINGLE QUOTATION MARK',
  '\u2032': 'PRIME',
  '\u2033': 'DOUBLE PRIME',
  '-': 'HYPHEN-MINUS',
  '\u2013': 'EN DASH',
  '\u2014': 'EM DASH',
  '\u2026': 'HORIZONTAL ELLIPSIS',
  '\u00d7': 'MULTIPLICATION SIGN',
  '\u00a9': 'COPYRIGHT SIGN',
};

/** `“ (U+201C LEFT DOUBLE QUOTATION MARK)` */
export function nameCharacters(text) {
  return [...text]
    .map((c) => {
      const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const name = CHARACTER_NAMES[c];
      const label = name ? `${code} ${name}` : code;
      // An invisible character is shown by its name alone.
      return /\s/.test(c) ? label : `${label} (${c})`;
    })
    .join(', ');
}

/** Longest run named character by character; longer runs are summarised. */
const NAMED_RUN = 3;
/** At most this many differences are listed; the count says how many more. */
const LISTED = 12;

const shorten = (text, max = 60) =>
  text.length <= max ? text : `${text.slice(0, max / 2 - 1)}…${text.slice(-(max / 2 - 1))}`;

/**
 * The differences between `expected` ({ text, sections }) and `found`, each
 * `{ position, section, expected, found, context, message }`, `position` being the 0-based offset
 * in the article's collapsed text. Empty when they are equal.
 */
export function textDifferences(expected, found) {
  if (expected.text === found) return [];
  const differences = [];
  const changes = diffChars(expected.text, found);
  let at = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      at += change.value.length;
      continue;
    }
    // A removal followed by an addition is one replacement.
    let removed = '';
    let added = '';
    if (change.removed) {
      removed = change.value;
      if (changes[i + 1]?.added) added = changes[++i].value;
    } else added = change.value;
    differences.push(describe(expected, at, removed, added));
    at += removed.length;
  }
  if (differences.length > LISTED) {
    const more = differences.length - LISTED;
    differences.length = LISTED;
    differences.push({
      position: null,
      section: null,
      expected: '',
      found: '',
      context: '',
      message: `… and ${more} more differences`,
    });
  }
  return differences;
}

function describe({ text, sections }, at, removed, added) {
  const section = sections.filter((s) => s.start <= at).at(-1)?.name ?? 'start';
  const context = `…${text.slice(Math.max(0, at - 25), at)}[${shorten(removed, 24)}]${text.slice(at + removed.length, at + removed.length + 25)}…`;
  let message;
  if (removed && added && removed.length <= NAMED_RUN && added.length <= NAMED_RUN) {
    message = `${nameCharacters(removed)} became ${nameCharacters(added)}`;
  } else if (removed && !added && removed.length <= NAMED_RUN) {
    message = `lost ${nameCharacters(removed)}`;
  } else if (added && !removed && added.length <= NAMED_RUN) {
    message = `added ${nameCharacters(added)}`;
  } else if (removed && !added) {
    message =
      at + removed.length === text.length
        ? `missing the last ${removed.length} characters: "${shorten(removed)}" (truncated)`
        : `missing ${removed.length} characters: "${shorten(removed)}"`;
  } else if (!removed) {
    message = `${added.length} extra characters: "${shorten(added)}"`;
  } else {
    message = `"${shorten(removed)}" became "${shorten(added)}"`;
  }
  return {
    position: at,
    section,
    expected: removed,
    found: added,
    context,
    message: `${message} at ${at} (${section}) in "${context}"`,
  };
}
