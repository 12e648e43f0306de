import { useEffect, useRef, type ReactNode } from 'react';
import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

export interface Crumb {
  label: string;
  to: string;
}

/** Sets the document title to the page's own title and the app's name. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);
}

/**
 * A page's breadcrumbs, heading and lead. It sets the document title and, after an in-app
 * navigation (not on the first page load), moves focus to the heading so that screen readers
 * announce the new page and the keyboard starts from there.
 */
export function PageHeader({
  title,
  documentTitle,
  crumbs = [],
  lead,
  aside,
  titleLang,
}: {
  title: string;
  /** the heading's language when it is not the page's (a user's text in its original language) */
  titleLang?: string;
  /** when the tab should say something shorter than the heading */
  documentTitle?: string;
  crumbs?: Crumb[];
  lead?: ReactNode;
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(documentTitle ?? title);
  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);
  return (
    <Stack gap="xs">
      {crumbs.length > 0 && (
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
            {crumbs.map((c) => (
              <Anchor key={c.to} component={Link} to={c.to} size="sm">
                {c.label}
              </Anchor>
            ))}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title
          order={1}
          ref={heading}
          tabIndex={-1}
          lang={titleLang}
          data-testid="page-heading"
          style={{ outlineOffset: 4 }}
        >
          {title}
        </Title>
        {aside}
      </Group>
      {lead && (
        <Text c="dimmed" component="div">
          {lead}
        </Text>
      )}
    </Stack>
  );
}
