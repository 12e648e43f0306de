import type { en } from './en';

/** The CLDR plural categories i18next appends to a key (`items_one`, `items_few`, …). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type PluralBase<K> = K extends `${infer Base}_${PluralCategory}` ? Base : never;

/**
 * The shape of one language's texts: en's keys with every leaf a string. A plural key of en
 * (`items_one`, `items_other`) stands for all plural forms of its base, because languages
 * differ in which forms they have (Lithuanian `few`/`many`, Slovenian `two`/`few`, …); which
 * forms a language must have is checked by locales.test.ts against `Intl.PluralRules`.
 */
export type DeepStrings<T> = {
  [K in keyof T as K extends `${string}_${PluralCategory}` ? never : K]: T[K] extends string
    ? string
    : DeepStrings<T[K]>;
} & {
  [K in keyof T as PluralBase<K> extends never ? never : `${PluralBase<K> & string}_${PluralCategory}`]?: string;
};

export type Translation = DeepStrings<typeof en>;
