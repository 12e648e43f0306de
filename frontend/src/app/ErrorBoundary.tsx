import { Component, type ReactNode } from 'react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import i18n from 'i18next';

/**
 * Catches a page that throws while rendering, so the header and navigation stay usable; a
 * navigation to another page (`resetKey`) tries again.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { error: unknown; key?: string }
> {
  state: { error: unknown; key?: string } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { error: unknown; key?: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={i18n.t('boot.crashed.title')} role="alert" data-testid="page-crashed">
        <Stack gap="xs">
          <Text size="sm">{i18n.t('boot.crashed.text')}</Text>
          <Anchor href="/">{i18n.t('notFound.home')}</Anchor>
        </Stack>
      </Alert>
    );
  }
}
