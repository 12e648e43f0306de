import { useState, type FormEvent, type Ref } from 'react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/problem';
import { SDG_TARGETS, TARGET_GROUPS, THEMES, type Practice, type TargetGroup, type Theme } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { allowedActions } from '../../lib/permissions';
import { sdgTargetLabel, targetGroupLabel, themeLabel } from '../../lib/vocabulary';
import { classifyPractice, CONTACT_ROLE_MAX, NETWORK_LANGUAGES, PROFILE_INVALID, type ProfileBody } from './api';
import { endonym } from '../../lib/languageNames';
import { useFocusReturn } from './useFocusReturn';
import { usePracticeChanged, usePracticeReload } from './usePracticeChanged';

const BADGE_STYLES = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' as const } };

/**
 * How the practice is classified for the network, as badges: themes, target groups, SDG targets
 * (with their official short titles) and whom to ask; a form to change it for whoever may edit it.
 */
export function PracticeClassification({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { targetRef, backRef } = useFocusReturn<HTMLSelectElement, HTMLButtonElement>(editing);
  const mayEdit = allowedActions(practice).has('EDIT_PRACTICE');
  const classified =
    practice.themes.length + practice.targetGroups.length + practice.sdgTargets.length > 0 || !!practice.contactRole;
  const badges = (testId: string, labels: string[], color: string) =>
    labels.length > 0 && (
      <Group gap={6} data-testid={testId}>
        {labels.map((label) => (
          <Badge key={label} variant="light" color={color} tt="none" styles={BADGE_STYLES}>
            {label}
          </Badge>
        ))}
      </Group>
    );

  return (
    <Card withBorder component="section" aria-labelledby="classification-title" data-testid="practice-classification">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="classification-title">
            {t('practiceLanguages.classification.title')}
          </Title>
          {mayEdit && !editing && (
            <Button
              ref={backRef}
              size="xs"
              variant="light"
              onClick={() => setEditing(true)}
              data-testid="edit-classification"
            >
              {t('practiceLanguages.classification.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <ClassificationForm
            key={practice.version}
            practice={practice}
            onDone={() => setEditing(false)}
            firstField={targetRef}
          />
        ) : classified ? (
          <Stack gap="xs">
            {practice.themes.length > 0 && (
              <Text size="sm" fw={500}>
                {t('initiativeContent.sections.themes')}
              </Text>
            )}
            {badges(
              'classification-themes',
              practice.themes.map((c) => themeLabel(t, c)),
              'blue.9',
            )}
            {practice.targetGroups.length > 0 && (
              <Text size="sm" fw={500}>
                {t('initiativeContent.sections.targetGroups')}
              </Text>
            )}
            {badges(
              'classification-target-groups',
              practice.targetGroups.map((c) => targetGroupLabel(t, c)),
              'grape.9',
            )}
            {practice.sdgTargets.length > 0 && (
              <Text size="sm" fw={500}>
                {t('initiativeContent.sections.sdgTargets')}
              </Text>
            )}
            {badges(
              'classification-sdg-targets',
              practice.sdgTargets.map((c) => sdgTargetLabel(t, c)),
              'teal.9',
            )}
            {practice.contactRole && (
              <Text size="sm" data-testid="classification-contact-role">
                <Text span fw={500}>
                  {t('practiceLanguages.classification.contactRole')}
                </Text>
                {': '}
                <Text span lang={practice.language}>
                  {practice.contactRole}
                </Text>
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" data-testid="classification-empty">
            {t('practiceLanguages.classification.none')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Changes the classification with the practice's version as If-Match (a stale one offers a reload).
 * The service refuses a contact role with an e-mail address or a phone number (422
 * practice-profile-invalid): that is shown on the field.
 */
export function ClassificationForm({
  practice,
  onDone,
  firstField,
}: {
  practice: Practice;
  onDone: () => void;
  firstField?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const reload = usePracticeReload(practice.id);
  const changed = usePracticeChanged();
  const [language, setLanguage] = useState(practice.language);
  const [themes, setThemes] = useState<string[]>(practice.themes);
  const [groups, setGroups] = useState<string[]>(practice.targetGroups);
  const [sdg, setSdg] = useState<string[]>(practice.sdgTargets);
  const [contactRole, setContactRole] = useState(practice.contactRole ?? '');
  const save = useMutation({
    mutationFn: (body: ProfileBody) => classifyPractice(client, practice, body),
    onSuccess: async (p) => {
      notifySuccess(t('practiceLanguages.classification.saved'));
      onDone();
      await changed(p);
    },
  });
  const refused = isApiError(save.error) && save.error.type === PROFILE_INVALID;
  const contactError =
    fieldError('contactRole', save.error) ??
    (refused ? t('practiceLanguages.classification.contactRoleRefused') : undefined);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    save.mutate({
      language,
      themes: themes as Theme[],
      targetGroups: groups as TargetGroup[],
      sdgTargets: sdg,
      contactRole: contactRole.trim() === '' ? null : contactRole,
    });
  }

  return (
    <form
      onSubmit={submit}
      aria-label={t('practiceLanguages.classification.formLabel')}
      data-testid="classification-form"
      noValidate
    >
      <Stack gap="md">
        {save.error != null && !refused && (
          <ProblemAlert
            error={save.error}
            showViolations={false}
            focusOnShow
            onReload={reload}
            testId="classification-error"
          />
        )}
        <NativeSelect
          ref={firstField}
          label={t('practiceLanguages.classification.language')}
          description={t('practiceLanguages.classification.languageHint')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value)}
          data={NETWORK_LANGUAGES.map((l) => ({ value: l, label: endonym(l) }))}
          maw={320}
          data-testid="classification-language"
        />
        <Checkbox.Group label={t('initiativeContent.sections.themes')} value={themes} onChange={setThemes}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {THEMES.map((c) => (
              <Checkbox key={c} value={c} label={themeLabel(t, c)} data-testid={`classify-theme-${c}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t('initiativeContent.sections.targetGroups')} value={groups} onChange={setGroups}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {TARGET_GROUPS.map((c) => (
              <Checkbox key={c} value={c} label={targetGroupLabel(t, c)} data-testid={`classify-group-${c}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t('initiativeContent.sections.sdgTargets')} value={sdg} onChange={setSdg}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {SDG_TARGETS.map((c) => (
              <Checkbox key={c} value={c} label={sdgTargetLabel(t, c)} data-testid={`classify-sdg-${c}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={t('practiceLanguages.classification.contactRole')}
          description={t('practiceLanguages.classification.contactRoleHint')}
          value={contactRole}
          onChange={(e) => setContactRole(e.currentTarget.value)}
          maxLength={CONTACT_ROLE_MAX}
          error={contactError}
          data-testid="classification-contact-role-input"
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="classification-save">
            {t('practiceLanguages.classification.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
