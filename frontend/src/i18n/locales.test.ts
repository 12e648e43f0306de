import { describe, expect, it } from 'vitest';
import { en } from './en';

/**
 * Completeness of the ten translations against en.ts, the source of truth: same keys (plural
 * keys in the forms each language has), no empty text, the same {{placeholders}}, and no text
 * left in English except the few that are the same word in that language (ALLOWED_AS_IN_ENGLISH).
 */

const LOCALES = ['sq', 'da', 'de', 'et', 'fr', 'it', 'lv', 'lt', 'nl', 'sl'] as const;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Texts that are rightly identical to English: the brand, and words a language shares with
 * English. Keep it short: every entry is a text a reader of that language sees untranslated.
 * (A text with no letters outside its placeholders, e.g. `{{from}} → {{to}}`, needs no entry.)
 */
const ALLOWED_AS_IN_ENGLISH: Record<string, readonly string[]> = {
  '*': ['app.name'],
  sq: ['myTown.summary.panels_one'],
  da: [
    'initiativeContent.sections.budget',
    'initiativeContent.group.EXPAT',
    'initiativeContent.filters.status',
    'initiativeContent.filters.panel',
    'myTown.summary.panels_one',
    'initiatives.fields.panel',
    'initiatives.fields.status',
    'panelPage.members.organisation',
    'balance.title',
    'balance.rules.history.tolerance',
    'portal.figures.status',
  ],
  de: [
    'discussion.moderation.nav',
    'initiativeContent.sections.budget',
    'initiativeContent.group.EXPAT',
    'initiativeContent.filters.status',
    'panels.fields.name',
    'initiatives.fields.status',
    'panelPage.members.name',
    'panelPage.members.organisation',
    'panelPage.groups.EXPAT',
    'portal.figures.status',
  ],
  fr: [
    'portal.figures.initiativesTotal',
    'portal.figures.initiatives',
    'discussion.questions.title',
    'practiceValidation.nav',
    'reviews.pillars.EXPERTISE',
    'initiativeContent.sections.budget',
    'initiativeContent.filters.panel',
    'paging.label',
    'myTown.summary.panels_one',
    'myTown.summary.panels_other',
    'myTown.summary.initiatives_one',
    'myTown.summary.initiatives_other',
    'panels.short',
    'panels.fields.description',
    'initiatives.title',
    'initiatives.fields.panel',
    'initiatives.fields.conclusion',
    'panelPage.composition.title',
    'panelPage.pillars.EXPERTISE',
    'panelPage.members.organisation',
    'panelPage.members.actions',
    'townProfile.edit.latitude',
    'townProfile.edit.longitude',
    'balance.pillars.EXPERTISE',
  ],
  it: [
    'initiativeContent.sections.budget',
    'initiativeContent.filters.panel',
    'balance.rules.history.no',
    'reviews.practice.no',
  ],
  nl: [
    'openData.nav',
    'portal.figures.status',
    'openData.title',
    'reviews.status.OPEN',
    'reviews.pillars.EXPERTISE',
    'reviews.practice.indicator',
    'initiativeContent.sections.budget',
    'initiativeContent.group.EXPAT',
    'initiativeContent.milestone.open',
    'initiativeContent.filters.title',
    'initiativeContent.filters.status',
    'initiativeContent.filters.panel',
    'myTown.summary.panels_one',
    'myTown.summary.panels_other',
    'panels.short',
    'initiatives.fields.panel',
    'initiatives.fields.status',
    'panelPage.pillars.EXPERTISE',
    'panelPage.groups.EXPAT',
    'balance.pillars.EXPERTISE',
  ],
  lv: ['reviews.practice.progress'],
};

/** Whether a text has anything to translate: letters outside its {{placeholders}}. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
}

const modules = import.meta.glob<{ default: unknown }>('./locales/*.ts', { eager: true });

function localeTexts(lng: string): unknown {
  return modules[`./locales/${lng}.ts`]?.default;
}

/** Flattens nested texts to dotted keys; a non-string leaf is kept so it shows up as wrong. */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const english = flatten(en);

/** Bases of en's plural keys (`paging.items` for `paging.items_one` + `paging.items_other`). */
const pluralBases = new Set(
  [...english.keys()].filter((k) => k.endsWith('_other')).map((k) => k.replace(PLURAL_SUFFIX, '')),
);

function pluralBaseOf(key: string): string | undefined {
  const base = key.replace(PLURAL_SUFFIX, '');
  return base !== key && pluralBases.has(base) ? base : undefined;
}

/** The keys a language must have: en's, with each plural key in that language's plural forms. */
function expectedKeys(lng: string): Set<string> {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralBaseOf(key);
    if (base === undefined) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return keys;
}

/** The English text a key is compared with: a plural form is compared with en's `_other`. */
function englishFor(key: string): string {
  const base = pluralBaseOf(key);
  const text = english.get(key) ?? (base === undefined ? undefined : english.get(`${base}_other`));
  return String(text);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();
}

describe('en.ts, the source of truth', () => {
  it('has a non-empty text for every key and the plural forms English has', () => {
    for (const [key, value] of english) {
      expect(typeof value === 'string' && value.trim() !== '', `en: ${key} is empty`).toBe(true);
    }
    expect(expectedKeys('en')).toEqual(new Set(english.keys()));
  });
});

describe.each(LOCALES)('locale %s', (lng) => {
  const texts = flatten(localeTexts(lng));

  it('exists as locales/<lng>.ts with a default export', () => {
    expect(localeTexts(lng), `src/i18n/locales/${lng}.ts`).toBeTypeOf('object');
  });

  it('has exactly en’s keys, plural keys in the plural forms of Intl.PluralRules', () => {
    const expected = expectedKeys(lng);
    const missing = [...expected].filter((k) => !texts.has(k));
    const extra = [...texts.keys()].filter((k) => !expected.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty text and no text that is not a string', () => {
    const bad = [...texts].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} as en', () => {
    const differing = [...texts]
      .filter(([k]) => english.has(k) || pluralBaseOf(k) !== undefined)
      .filter(([k, v]) => placeholders(String(v)).join() !== placeholders(englishFor(k)).join())
      .map(([k, v]) => `${k}: "${String(v)}" vs en "${englishFor(k)}"`);
    expect(differing).toEqual([]);
  });

  it('leaves no text in English outside the allow-list', () => {
    const allowed = new Set([...ALLOWED_AS_IN_ENGLISH['*'], ...(ALLOWED_AS_IN_ENGLISH[lng] ?? [])]);
    const untranslated = [...texts]
      .filter(([k, v]) => !allowed.has(k) && typeof v === 'string' && hasWords(v) && v === englishFor(k))
      .map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('names only keys that exist and are still identical to English', () => {
    for (const [lng, keys] of Object.entries(ALLOWED_AS_IN_ENGLISH)) {
      for (const key of keys) {
        expect(english.has(key), `${lng}: ${key} is not a key of en`).toBe(true);
        if (lng !== '*') {
          expect(flatten(localeTexts(lng)).get(key), `${lng}: ${key} is translated now`).toBe(englishFor(key));
        }
      }
    }
  });
});
