import { Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../api/types';
import { formatDate } from '../../lib/format';
import { formatBudget, groupLabel, themeLabel } from './contentLabels';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Everything a coordinator wrote about an initiative: languages, taxonomy, budget, partners, plan. */
export function ContentView({ initiative: i }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const none = (
    <Text size="sm" c="dimmed">
      {t('initiativeContent.sections.none')}
    </Text>
  );
  const translations = Object.entries(i.titleTranslations);
  return (
    <Stack gap="md" component="section" aria-labelledby="content-title" data-testid="initiative-content">
      <Title order={2} size="h3" id="content-title">
        {t('initiativeContent.sections.content')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Section id="content-language" title={t('initiativeContent.sections.language')}>
          <Text size="sm" data-testid="initiative-language">
            {i.language}
          </Text>
          {translations.length > 0 && (
            <List size="sm" aria-label={t('initiativeContent.sections.translations')}>
              {translations.map(([lang, title]) => (
                <List.Item key={lang} lang={lang}>
                  {lang}: {title}
                  {i.summaryTranslations[lang] ? ` — ${i.summaryTranslations[lang]}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section id="content-themes" title={t('initiativeContent.sections.themes')}>
          {i.themes.length === 0 ? (
            none
          ) : (
            <Group gap={6} data-testid="initiative-themes">
              {i.themes.map((theme) => (
                <Badge key={theme} variant="light" color="indigo">
                  {themeLabel(t, theme)}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
        <Section id="content-groups" title={t('initiativeContent.sections.targetGroups')}>
          {i.targetGroups.length === 0 ? (
            none
          ) : (
            <Group gap={6} data-testid="initiative-groups">
              {i.targetGroups.map((g) => (
                <Badge key={g} variant="light" color="teal">
                  {groupLabel(t, g)}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
        <Section id="content-sdgs" title={t('initiativeContent.sections.sdgTargets')}>
          {i.sdgTargets.length === 0 ? (
            none
          ) : (
            <Group gap={6} data-testid="initiative-sdgs">
              {i.sdgTargets.map((s) => (
                <Badge
                  key={s}
                  variant="outline"
                  color="indigo.9"
                  aria-label={t('initiativeContent.sdg', { target: s })}
                >
                  {s}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
        <Section id="content-budget" title={t('initiativeContent.sections.budget')}>
          {i.budget ? (
            <Text size="sm" data-testid="initiative-budget">
              {formatBudget(i.budget.amount, i.budget.currency, i18n.language)}
            </Text>
          ) : (
            none
          )}
        </Section>
        <Section id="content-partners" title={t('initiativeContent.sections.partners')}>
          {i.partners.length === 0 ? (
            none
          ) : (
            <List size="sm" data-testid="initiative-partners">
              {i.partners.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
        </Section>
      </SimpleGrid>
      <Section id="content-milestones" title={t('initiativeContent.sections.milestones')}>
        {i.milestones.length === 0 ? (
          none
        ) : (
          <List size="sm" data-testid="initiative-milestones">
            {i.milestones.map((m, n) => (
              <List.Item key={`${m.dueOn}-${n}`}>
                {m.title} · {t('initiativeContent.milestone.due', { date: formatDate(m.dueOn) })} ·{' '}
                {m.done ? t('initiativeContent.milestone.done') : t('initiativeContent.milestone.open')}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
