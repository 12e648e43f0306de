import type { ReactNode } from 'react';
import { Paper, Stack, Text } from '@mantine/core';

/** What a list shows when it has nothing to show. */
export function EmptyState({
  title,
  children,
  testId = 'empty-state',
}: {
  title: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Stack gap={4} align="center">
        <Text fw={500}>{title}</Text>
        {children && (
          <Text size="sm" c="dimmed" ta="center" component="div">
            {children}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
