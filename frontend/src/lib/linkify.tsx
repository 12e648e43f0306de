import { Fragment } from 'react';
import { Anchor } from '@mantine/core';

/** One run of a plain text: words as they are, or an http(s) URL to link. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
/** Punctuation that ends a sentence rather than the URL before it. */
const TRAILING = /[.,;:!?)\]}]+$/;

function parsed(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * Splits a user's plain text into text runs and the http(s) URLs in it; nothing else is taken as
 * markup (no HTML, no other scheme: `javascript:` stays text). A closing bracket or punctuation
 * right after a URL stays text.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = match[0].replace(TRAILING, '');
    const href = parsed(url);
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: url, href });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * A user's plain text as React text nodes, its http(s) URLs as links that pass no authority and
 * open in a new tab (`rel="nofollow noopener noreferrer"`). Never parsed as HTML.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.kind === 'link' ? (
          <Anchor key={i} href={part.href} target="_blank" rel="nofollow noopener noreferrer">
            {part.text}
          </Anchor>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
