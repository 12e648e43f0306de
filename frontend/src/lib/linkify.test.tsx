import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { LinkedText, splitLinks } from './linkify';

describe('splitLinks', () => {
  it('finds http and https URLs and leaves the sentence around them as text', () => {
    expect(splitLinks('See https://example.org/a?b=1, and http://x.test.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: ', and ' },
      { kind: 'link', text: 'http://x.test', href: 'http://x.test/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('takes no other scheme and no markup', () => {
    expect(splitLinks('javascript:alert(1) <b>x</b> mailto:a@b.c')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) <b>x</b> mailto:a@b.c' },
    ]);
    expect(splitLinks('')).toEqual([]);
  });
});

describe('LinkedText', () => {
  it('renders markup as text and links with nofollow noopener in a new tab', () => {
    const { container } = render(
      <MantineProvider>
        <LinkedText text={'<img src=x onerror=alert(1)> read https://example.org/guide'} />
      </MantineProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> read https://example.org/guide');
    const link = screen.getByRole('link', { name: 'https://example.org/guide' });
    expect(link).toHaveAttribute('href', 'https://example.org/guide');
    expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
