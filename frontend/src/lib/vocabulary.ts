import type { TFunction } from 'i18next';
import { SDG_TARGETS, TARGET_GROUPS, THEMES, type TargetGroup, type Theme } from '../api/types';

type SdgTarget = (typeof SDG_TARGETS)[number];

type SdgKey = `t${SdgTarget extends `${infer G}.${infer T}` ? `${G}_${T}` : never}`;

function isSdgTarget(code: string): code is SdgTarget {
  return (SDG_TARGETS as readonly string[]).includes(code);
}

/** An SDG target with its official short title, e.g. “10.2 Promote universal … inclusion”. */
export function sdgTargetLabel(t: TFunction, code: string): string {
  if (!isSdgTarget(code)) return code;
  const key = `t${code.replace('.', '_')}` as SdgKey;
  return t('sdgTargets.label', { code, title: t(`sdgTargets.${key}`) });
}

/** A theme of the network's vocabulary; a code this app does not know yet is shown as it is. */
export function themeLabel(t: TFunction, code: string): string {
  return (THEMES as readonly string[]).includes(code) ? t(`initiativeContent.theme.${code as Theme}`) : code;
}

/** A target group of the network's vocabulary; a code this app does not know yet is shown as it is. */
export function targetGroupLabel(t: TFunction, code: string): string {
  return (TARGET_GROUPS as readonly string[]).includes(code)
    ? t(`initiativeContent.group.${code as TargetGroup}`)
    : code;
}
